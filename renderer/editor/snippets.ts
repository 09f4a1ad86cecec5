import { snippet, type Completion } from '@codemirror/autocomplete';
import { indentUnit } from '@codemirror/language';
import type { EditorView } from '@codemirror/view';
import type { PodEdit, PodView } from '../../shared';
import { uniqueName } from '../../shared/manifest/names';
import { isBefore, parseKubeVersion } from '../../shared/validation/version';
import { PALETTE_ITEMS } from '../palette/palette-items';
import { containerAt } from './pod-names';
import { sequenceIndent } from './yaml-style';
import type { CursorContext } from './yaml-path';

/** What snippets need beyond the text: the Pod, the target version, and the store's edits. */
export interface SnippetSource {
  pod(): PodView | null;
  kubernetesVersion(): string;
  /** Applies structured edits (as the palette does): they keep the text's own style. */
  edit(edits: readonly PodEdit[]): boolean;
}

/**
 * A template in the text's style: `>` at a line's start is one indentation unit, `~` the
 * indentation of a list under its key. `${…}` are the fields Tab moves through.
 */
interface Template {
  label: string;
  detail: string;
  /** The key the snippet writes, so it is not offered where the mapping has it. */
  key?: string;
  body: string;
}

function probe(kind: string, path: string, port: string, extra: string): Template {
  return {
    label: `${kind}: httpGet`,
    detail: 'snippet',
    key: kind,
    body: `${kind}:\n>httpGet:\n>>path: \${${path}}\n>>port: \${${port}}\n${extra}`,
  };
}

function containerTemplates(pod: PodView | null, ctx: CursorContext): Template[] {
  if (ctx.type !== 'key') return [];
  const port = (pod && containerAt(pod, ctx.path)?.ports.find((p) => p.name)?.name) ?? '8080';
  return [
    probe('startupProbe', '/healthz', port, '>periodSeconds: 10\n>failureThreshold: 30'),
    probe('livenessProbe', '/healthz', port, '>periodSeconds: 10\n>failureThreshold: 3'),
    probe('readinessProbe', '/ready', port, '>periodSeconds: 5'),
    {
      label: 'resources: requests and limits',
      detail: 'snippet',
      key: 'resources',
      body: 'resources:\n>requests:\n>>cpu: ${100m}\n>>memory: ${128Mi}\n>limits:\n>>memory: ${256Mi}',
    },
  ];
}

/** Lays a template out from the cursor's column, in the document's indentation unit. */
function expand(view: EditorView, from: number, body: string): string {
  const state = view.state;
  const line = state.doc.lineAt(from);
  const base = /^\s*/.exec(line.text)![0].length;
  // CodeMirror's snippet adds the line's indentation; the text after a `- ` needs more.
  const extra = ' '.repeat(from - line.from - base);
  const unit = state.facet(indentUnit);
  const list = ' '.repeat(sequenceIndent(state, unit));
  return body
    .split('\n')
    .map((text, i) => {
      if (i === 0) return text;
      const depth = /^>*/.exec(text)![0].length;
      return extra + unit.repeat(depth) + text.slice(depth).replace(/^~/, list);
    })
    .join('\n');
}

function localSnippet(template: Template): Completion {
  return {
    label: template.label,
    detail: template.detail,
    type: 'text',
    boost: -1,
    apply: (view, completion, from, to) =>
      snippet(expand(view, from, template.body))(view, completion, from, to),
  };
}

/** A snippet made of the palette's edits: removes the typed word, then edits the Pod. */
function paletteSnippet(
  label: string,
  detail: string,
  edits: () => PodEdit[],
  source: SnippetSource,
): Completion {
  return {
    label,
    detail,
    type: 'text',
    boost: -1,
    apply: (view, _completion, from, to) => {
      const line = view.state.doc.lineAt(from);
      const blank =
        line.text.slice(0, from - line.from).trim() === '' &&
        line.text.slice(to - line.from).trim() === '';
      const remove = blank ? { from: Math.max(0, line.from - 1), to: line.to } : { from, to };
      view.dispatch({ changes: remove, userEvent: 'input.complete' });
      source.edit(edits());
    },
  };
}

/**
 * Snippets for what people add most: in a new item of `containers` a container, in
 * `initContainers` a native sidecar; in a container its three probes, its resources and a
 * volume with its mount; in a Pod spec the lesson's sidecar patterns (as the palette adds them).
 */
export function snippetOptions(
  ctx: CursorContext,
  owner: string | null,
  source: SnippetSource,
): Completion[] {
  if (ctx.type !== 'key') return [];
  const pod = source.pod();
  const present = new Set(ctx.present);
  const list = ctx.path[ctx.path.length - 2];
  const options: Completion[] = [];
  if (owner === 'v1/Container' && present.size === 0 && list === 'containers') {
    options.push(
      localSnippet({
        label: 'container',
        detail: 'snippet',
        body: 'name: ${app}\nimage: ${nginx:1.27}\nresources:\n>requests:\n>>cpu: 100m\n>>memory: 128Mi',
      }),
    );
  }
  const sidecars = !isBefore(parseKubeVersion(source.kubernetesVersion()), 1, 28);
  if (owner === 'v1/Container' && present.size === 0 && list === 'initContainers' && sidecars) {
    options.push(
      localSnippet({
        label: 'native sidecar',
        detail: 'snippet: restartPolicy Always',
        body: 'name: ${sidecar}\nimage: ${busybox:1.36}\nrestartPolicy: Always',
      }),
    );
  }
  const container = pod ? containerAt(pod, ctx.path) : null;
  if (owner === 'v1/Container' && present.size > 0) {
    for (const template of containerTemplates(pod, ctx))
      if (!template.key || !present.has(template.key)) options.push(localSnippet(template));
    if (container && pod) {
      const names = pod.volumes.map((v) => v.name);
      const name = names.includes('data') ? uniqueName('data', names) : 'data';
      options.push(
        paletteSnippet(
          'volume with its mount',
          `snippet: emptyDir ${name}`,
          () => [
            { type: 'addVolume', name },
            { type: 'setVolumeSource', name, source: { kind: 'emptyDir' } },
            {
              type: 'addMount',
              container: container.name,
              volume: name,
              mountPath: `/${name}`,
              readOnly: false,
            },
          ],
          source,
        ),
      );
    }
  }
  if (owner === 'v1/PodSpec' && pod) {
    for (const item of PALETTE_ITEMS.filter((i) => i.group === 'Sidecar patterns'))
      options.push(
        paletteSnippet(
          `${item.label.toLowerCase()} sidecar`,
          `pattern: ${item.hint}`,
          () => item.edits(source.pod()),
          source,
        ),
      );
  }
  return options;
}
