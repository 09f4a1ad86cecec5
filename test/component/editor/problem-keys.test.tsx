import { act, waitFor } from '@testing-library/react';
import { forEachDiagnostic } from '@codemirror/lint';
import { describe, expect, it, vi } from 'vitest';
import { press, renderEditor } from './helpers';
import { WEB_POD } from '../support/web-pod';

vi.setConfig({ testTimeout: 20_000 });

// Two problems: a warning (no tag) on line 10, an error (the policy) on line 11; the root
// filesystem made read-only, no suggestion.
const POD = WEB_POD.replace(
  'allowPrivilegeEscalation: false\n',
  'allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: true\n',
);

describe('F8 and Shift+F8 in the editor', () => {
  it('go to the next and the previous problem, show it and say it', async () => {
    const { store, view } = renderEditor(POD);
    let marked = 0;
    await waitFor(() => {
      marked = 0;
      forEachDiagnostic(view.state, () => marked++);
      expect(marked).toBe(2);
    });
    act(() => view.focus());
    const line = () => view.state.doc.lineAt(view.state.selection.main.head).number;
    const selected = () => {
      const { from, to } = view.state.selection.main;
      return view.state.sliceDoc(from, to);
    };
    const heard = () => view.dom.querySelector('.cm-announced')?.textContent;
    const shown = () =>
      [...document.querySelectorAll('.cm-k8s-problem__message')].map((p) => p.textContent);

    expect(press(view, 'F8')).toBe(true);
    expect(line()).toBe(10);
    expect(selected()).toBe('nginx');
    expect(heard()).toMatch(/^Warning: Container "app" uses nginx with no tag.* Line 10\.$/);
    // The hover the mouse would open there: the problem, why it matters, its fix.
    await waitFor(() => expect(shown()).toEqual([expect.stringMatching(/uses nginx with no tag/)]));
    // The canvas follows the cursor, as for a click there.
    expect(store.getState().selection).toEqual(['container:app']);

    expect(press(view, 'F8')).toBe(true);
    expect(line()).toBe(11);
    expect(selected()).toBe('Sometimes');
    expect(heard()).toMatch(/^Error: spec\.containers\[0\]\.imagePullPolicy must be one of/);
    await waitFor(() => expect(shown()).toEqual([expect.stringMatching(/must be one of/)]));

    // Shift+F8 goes back; past the first problem, round to the last.
    expect(press(view, 'F8', { shiftKey: true })).toBe(true);
    expect(line()).toBe(10);
    expect(press(view, 'F8', { shiftKey: true })).toBe(true);
    expect(line()).toBe(11);
  });
});
