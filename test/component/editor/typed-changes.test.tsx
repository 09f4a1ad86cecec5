import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../renderer/store/text-patch';
import { template } from '../../support/templates';
import { renderEditor } from './helpers';

const lesson = template('pod-anatomy.yaml');

describe('a key typed in the editor', () => {
  it('reaches the store with its own changes, which the undo history keeps', async () => {
    const { store, view } = renderEditor(lesson);
    const at = lesson.indexOf('my-api:v2');
    // One transaction that changes two places, as an indent of a selection does.
    await act(async () => {
      view.dispatch({
        changes: [
          { from: 0, insert: '#' },
          { from: at, to: at + 2, insert: 'our' },
        ],
        userEvent: 'input',
      });
      await Promise.resolve();
    });
    const typed = view.state.doc.toString();
    expect(store.getState().text).toBe(typed);
    const { lastEdit } = store.getState();
    expect(lastEdit?.before).toBe(lesson);
    expect(lastEdit?.after).toBe(typed);
    expect(applyPatches(lesson, lastEdit!.splices)).toBe(typed);
    expect(lastEdit!.splices.map((s) => s.insert)).toEqual(['our', '#']);
    act(() => store.getState().undo());
    expect(view.state.doc.toString()).toBe(lesson);
  });
});
