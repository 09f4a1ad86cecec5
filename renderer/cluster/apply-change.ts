import type { TrackedResult } from '../../shared';
import type { PodStore } from '../store/pod-store';

/**
 * Puts a change made by the core (a clean-up, a new document, a rename across documents) into
 * the store as one undo step, with its splices for the editor, as `store.editAll` does for the
 * Pod's own edits. A change that failed leaves the text and says why.
 */
export function applyChange(store: PodStore, result: TrackedResult): boolean {
  const state = store.getState();
  if (!result.ok) {
    state.notify({ kind: 'error', message: result.error });
    return false;
  }
  store.setState({ lastEdit: { before: state.text, after: result.text, splices: result.splices } });
  state.setText(result.text, 'canvas');
  state.notify(null);
  return true;
}
