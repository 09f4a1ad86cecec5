import { act, waitFor } from '@testing-library/react';
import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { describe, expect, it, vi } from 'vitest';
import { renderEditor } from './helpers';
import { TWO_PODS } from '../../support/two-pods';

vi.setConfig({ testTimeout: 20_000 });

const FILE = TWO_PODS;

/** The editor's error markers, by line. */
function errorLines(state: EditorState): number[] {
  const lines: number[] = [];
  forEachDiagnostic(state, (d, from) => {
    if (d.severity === 'error') lines.push(state.doc.lineAt(from).number);
  });
  return lines;
}

describe('the editor on a document that does not parse beside the one shown', () => {
  it('marks its syntax error where it was typed', async () => {
    const { store, view } = renderEditor(FILE);
    act(() => store.getState().chooseDocument(1));
    act(() => {
      const { text } = store.getState();
      const at = text.indexOf('    - name: a1\n') + '    - name: a1'.length;
      store.getState().setText(`${text.slice(0, at)}: x${text.slice(at)}`, 'yaml');
    });
    await waitFor(() => expect(errorLines(view.state)).toEqual([7]));
  });
});
