import {
  startCompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { indentUnit } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { PodView } from '../../shared';
import { isBefore, parseKubeVersion } from '../../shared/validation/version';
import {
  fieldAt,
  loadFieldDocs,
  typeAt,
  typeLabel,
  valueMeaning,
  type FieldDoc,
  type FieldDocs,
} from './field-docs';
import { KNOWN_ANNOTATIONS, namesFor } from './pod-names';
import { snippetOptions, type SnippetSource } from './snippets';
import { sequenceIndent } from './yaml-style';
import { cursorContext, type CursorContext, type Step } from './yaml-path';

/**
 * What completion knows beyond the text: the Pod of the last text that parsed (names of
 * volumes, ports, containers), the Kubernetes version chosen in Settings, the store's edits.
 */
export type AssistSource = SnippetSource;

const WORD = /^[\w./-]*$/;
const VALUE_WORD = /^["']?[\w./:-]*$/;

/** Fields the cluster fills in (`uid`, `creationTimestamp`…): nobody writes them. */
function systemField(doc: FieldDoc): boolean {
  return /Read-only\.|Populated by the system/.test(doc.d);
}

/**
 * Whether the target version takes the field there. Only native sidecars depend on it today:
 * `restartPolicy` on an init container arrived in 1.28, and an app container never takes it.
 */
function allowedHere(owner: string, name: string, path: readonly Step[], version: string): boolean {
  if (owner !== 'v1/Container' || name !== 'restartPolicy') return true;
  return path[path.length - 2] === 'initContainers' && !isBefore(parseKubeVersion(version), 1, 28);
}

/** `key: ` for a scalar; the key and its indented block for a mapping or a list. */
function insertKey(name: string, t: string, docs: FieldDocs) {
  return (view: EditorView, _c: Completion, from: number, to: number) => {
    const state = view.state;
    const line = state.doc.lineAt(from);
    const column = from - line.from;
    const unit = state.facet(indentUnit);
    const list = t.startsWith('[]');
    const object = docs[list ? t.slice(2) : t] !== undefined;
    let insert = `${name}: `;
    if (list) insert = `${name}:\n${' '.repeat(column + sequenceIndent(state, unit))}- `;
    else if (object || t === 'map') insert = `${name}:\n${' '.repeat(column)}${unit}`;
    view.dispatch({
      changes: { from, to, insert },
      selection: { anchor: from + insert.length },
      userEvent: 'input.complete',
    });
    // After `key: ` the values it takes (an enum, a name of the Pod) are the next question.
    if (insert.endsWith(': ')) startCompletion(view);
  };
}

function fieldInfo(doc: FieldDoc): string {
  return `${typeLabel(doc.t)}${doc.r ? ' · required' : ''}\n\n${doc.d}`;
}

function keyOptions(
  ctx: Extract<CursorContext, { type: 'key' }>,
  owner: string | null,
  docs: FieldDocs,
  version: string,
): Completion[] {
  const present = new Set(ctx.present);
  if (owner === null) {
    if (ctx.path[ctx.path.length - 1] !== 'annotations') return [];
    return KNOWN_ANNOTATIONS.filter((a) => !present.has(a.key)).map((a) => ({
      label: a.key,
      type: 'property',
      detail: 'annotation',
      info: a.info,
      apply: `${a.key}: `,
    }));
  }
  return Object.entries(docs[owner] ?? {})
    .filter(([name, doc]) => !present.has(name) && !systemField(doc))
    .filter(([name]) => allowedHere(owner, name, ctx.path, version))
    .map(([name, doc]) => ({
      label: name,
      type: 'property',
      detail: `${typeLabel(doc.t)}${doc.r ? ' · required' : ''}`,
      info: fieldInfo(doc),
      boost: doc.r ? 2 : 0,
      apply: insertKey(name, doc.t, docs),
    }));
}

function valueOptions(
  ctx: Extract<CursorContext, { type: 'value' }>,
  docs: FieldDocs,
  pod: PodView | null,
): Completion[] {
  const named = pod ? namesFor(pod, ctx.path, ctx.key) : null;
  const options: Completion[] = (named?.names ?? []).map((name) => ({
    label: name,
    type: 'variable',
    detail: named!.detail,
    boost: 1,
  }));
  const field = fieldAt(docs, ctx.kind, ctx.path, ctx.key);
  if (!field) return options;
  const { doc } = field;
  for (const [value, meaning] of doc.e ?? []) {
    if (value === '') continue;
    options.push({
      label: value,
      type: 'enum',
      ...(meaning && { info: valueMeaning(value, meaning) }),
    });
  }
  if (field.owner === 'v1/Container' && field.name === 'restartPolicy')
    options.push({ label: 'Always', type: 'enum', info: 'A native sidecar: it keeps running.' });
  if (doc.t === 'boolean')
    options.push({ label: 'true', type: 'keyword' }, { label: 'false', type: 'keyword' });
  return options;
}

/** The completions at `pos`, or null where there is nothing to offer. */
export function completionsAt(
  state: EditorState,
  pos: number,
  docs: FieldDocs,
  source: AssistSource,
): CompletionResult | null {
  const ctx = cursorContext(state, pos);
  if (!ctx) return null;
  let options: Completion[];
  if (ctx.type === 'key') {
    const owner = typeAt(docs, ctx.kind, ctx.path);
    options = [
      ...keyOptions(ctx, owner, docs, source.kubernetesVersion()),
      ...snippetOptions(ctx, owner, source),
    ];
  } else options = valueOptions(ctx, docs, source.pod());
  if (options.length === 0) return null;
  return { from: ctx.from, to: ctx.to, options, validFor: ctx.type === 'key' ? WORD : VALUE_WORD };
}

/**
 * Keys valid at the cursor's path and not yet in its mapping, enum values, booleans, and the
 * names the Pod already has, from the API reference of the target version.
 */
export function kubernetesCompletion(source: AssistSource): CompletionSource {
  return async (context: CompletionContext) => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    // Typing opens the list after a word character or after `key: `; Ctrl+Space anywhere.
    if (!context.explicit && !/(?:[\w./-]|:\s)$/.test(before)) return null;
    const docs = await loadFieldDocs(source.kubernetesVersion());
    if (context.aborted) return null;
    return completionsAt(context.state, context.pos, docs, source);
  };
}
