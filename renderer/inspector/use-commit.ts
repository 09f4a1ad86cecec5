import { useCallback } from 'react';
import { applyEdit } from '../../shared';
import type { PodEdit } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';

/** Applies an edit from the inspector; returns the reason when it could not be applied. */
export type Commit = (edit: PodEdit) => string | null;

export function useCommit(): Commit {
  const store = usePodStoreApi();
  return useCallback(
    (edit) => {
      const state = store.getState();
      if (state.edit(edit, 'inspector')) return null;
      return store.getState().notice?.message ?? 'The change could not be applied.';
    },
    [store],
  );
}

/**
 * Applies several edits as one change (one undo step), such as renaming a label key: all of
 * them or none.
 */
export function useCommitAll(): (edits: PodEdit[]) => string | null {
  const store = usePodStoreApi();
  return useCallback(
    (edits) => {
      const state = store.getState();
      let text = state.text;
      for (const edit of edits) {
        const result = applyEdit(text, edit);
        if (!result.ok) {
          state.notify({ kind: 'error', message: result.error });
          return result.error;
        }
        text = result.text;
      }
      state.setText(text, 'inspector');
      state.notify(null);
      return null;
    },
    [store],
  );
}

/** Selects a canvas node, after a rename changed its id. */
export function useSelect(): (ids: string[]) => void {
  const store = usePodStoreApi();
  return useCallback((ids) => store.getState().select(ids), [store]);
}
