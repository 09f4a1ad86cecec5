import type { EditorState } from '@codemirror/state';

/**
 * How this text indents a list under its key: `containers:\n  - name` (the key's indentation
 * plus a unit, as the Kubernetes docs write it) or `containers:\n- name` (as kubectl prints it).
 * The first list in the text decides; a text without one gets the docs' style.
 */
export function sequenceIndent(state: EditorState, unit: string): number {
  const doc = state.doc;
  const last = Math.min(doc.lines, 400);
  for (let n = 1; n < last; n++) {
    const key = /^(\s*)(?:-\s+)*[^\s#][^:#]*:\s*$/.exec(doc.line(n).text);
    if (!key) continue;
    const next = /^(\s*)-(?:\s|$)/.exec(doc.line(n + 1).text);
    if (!next) continue;
    const keyColumn = doc.line(n).text.search(/[^\s-]/);
    return Math.max(0, next[1]!.length - keyColumn);
  }
  return unit.length;
}
