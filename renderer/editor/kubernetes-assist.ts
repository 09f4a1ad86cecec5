import { autocompletion } from '@codemirror/autocomplete';
import { linter } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { goodDocumentOf, type PodStore } from '../store/pod-store';
import { useSettings } from '../settings/settings-store';
import { kubernetesCompletion, type AssistSource } from './completion';
import { kubernetesHover, type HoverSource } from './hover';
import { problemKeys } from './problem-keys';

const assistTheme = EditorView.theme({
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--mono)', maxHeight: '16em' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--surface)',
  },
  '.cm-tooltip-autocomplete ul li[aria-selected] .cm-completionDetail': { color: 'inherit' },
  '.cm-completionDetail': { color: 'var(--text-muted)', fontStyle: 'normal', marginLeft: '1em' },
  '.cm-completionMatchedText': { textDecoration: 'none', fontWeight: '700' },
  '.cm-completionInfo': {
    maxWidth: '28em',
    whiteSpace: 'pre-line',
    overflowWrap: 'anywhere',
    lineHeight: '1.4',
  },
  '.cm-k8s-hover': {
    maxWidth: '32em',
    padding: '6px 10px',
    lineHeight: '1.45',
    overflowWrap: 'anywhere',
  },
  '.cm-k8s-hover p': { margin: '4px 0' },
  '.cm-k8s-doc__head': { display: 'flex', gap: '8px', alignItems: 'baseline', flexWrap: 'wrap' },
  '.cm-k8s-doc__name, .cm-k8s-code': { fontFamily: 'var(--mono)', fontStyle: 'normal' },
  '.cm-k8s-doc__type': { color: 'var(--text-muted)' },
  '.cm-k8s-doc__required': {
    color: 'var(--text)',
    border: '1px solid var(--border)',
    borderRadius: '4px',
    padding: '0 4px',
    fontSize: '0.85em',
  },
  '.cm-k8s-doc__lesson': {
    borderLeft: '3px solid var(--accent)',
    paddingLeft: '8px',
    fontStyle: 'italic',
  },
  '.cm-k8s-problem': { borderLeft: '3px solid var(--warning)', paddingLeft: '8px' },
  '.cm-k8s-problem--error': { borderLeftColor: 'var(--danger)' },
  '.cm-k8s-problem + .cm-k8s-doc': {
    borderTop: '1px solid var(--border)',
    marginTop: '6px',
    paddingTop: '4px',
  },
  '.cm-k8s-problem__message': { fontWeight: '600' },
  '.cm-k8s-problem__why': { color: 'var(--text-muted)' },
  '.cm-k8s-problem__fix': {
    font: 'inherit',
    color: 'var(--text)',
    background: 'var(--surface-2)',
    border: '1px solid var(--border)',
    borderRadius: '4px',
    padding: '2px 8px',
    margin: '2px 0 4px',
    cursor: 'pointer',
  },
  '.cm-k8s-problem__fix:focus-visible': { outline: '2px solid var(--accent)' },
});

/**
 * The editor's knowledge of Kubernetes: completion of keys, values, names and snippets, hover
 * docs for keys and problem markers, and F8 to go from problem to problem. It reads the Pod and
 * the problems the store derived from the text, and writes through the store's edits, like every
 * other view.
 */
export function kubernetesAssist(store: PodStore): Extension {
  const source: AssistSource & HoverSource = {
    pod: () => goodDocumentOf(store.getState())?.view ?? null,
    kubernetesVersion: () => useSettings.getState().kubernetesVersion,
    edit: (edits) => store.getState().editAll(edits, 'yaml'),
    problems: () => goodDocumentOf(store.getState())?.problems(useSettings.getState()) ?? [],
    applyFix: (problem) => {
      if (problem.fix && !problem.fix.confirm) {
        store.getState().editAll(problem.fix.edits, 'inspector');
      }
    },
  };
  const hover = kubernetesHover(source);
  return [
    autocompletion({
      override: [kubernetesCompletion(source)],
      icons: false,
      // The source answers from memory in a few milliseconds: the list opens with the key.
      activateOnTypingDelay: 0,
    }),
    hover,
    problemKeys(hover),
    // The hover above shows a marker's problem with its explanation and fix instead.
    linter(null, { tooltipFilter: () => [] }),
    assistTheme,
  ];
}
