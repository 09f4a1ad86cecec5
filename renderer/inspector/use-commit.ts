import { useCallback } from 'react';
import { lostServicesNotice, podDocument, type PodEdit } from '../../shared';
import { usePodStoreApi, type PodState } from '../store/pod-store';

/** Applies an edit from the inspector; returns the reason when it could not be applied. */
export type Commit = (edit: PodEdit) => string | null;

export function useCommit(): Commit {
  const commitAll = useCommitAll();
  return useCallback((edit) => commitAll([edit]), [commitAll]);
}

/**
 * Applies several edits as one change (one undo step), such as renaming a label key: all of
 * them or none, in the document the user chose, as every other edit.
 */
export function useCommitAll(): (edits: PodEdit[]) => string | null {
  const store = usePodStoreApi();
  return useCallback(
    (edits) => {
      // The text as it stands, typed keys included (the one shown may lag behind a long one's).
      store.getState().settle();
      const linksOf = ({ text, document }: PodState) => podDocument(text, document).links();
      const before = linksOf(store.getState());
      if (!store.getState().editAll(edits, 'inspector')) {
        return store.getState().notice?.message ?? 'The change could not be applied.';
      }
      // A label changed may leave a Service of the file without this Pod: nothing else says so.
      const lost = lostServicesNotice(before, linksOf(store.getState()));
      if (lost) store.getState().notify({ kind: 'info', message: lost });
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
