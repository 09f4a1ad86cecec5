import { useCallback } from 'react';
import type { Commit } from './use-commit';
import { useCommit } from './use-commit';

export type SetField = (path: (string | number)[], value: unknown) => string | null;

/** `setField` on one container, by name. */
export function useContainerField(name: string): { set: SetField; commit: Commit } {
  const commit = useCommit();
  const set = useCallback<SetField>(
    (path, value) => commit({ type: 'setField', target: { container: name }, path, value }),
    [commit, name],
  );
  return { set, commit };
}
