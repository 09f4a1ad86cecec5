import { visibleText } from '../../../shared';
import { usePodStoreApi } from '../../store/pod-store';
import { kindWord, needsOf, usePodLinks } from '../../links/use-links';
import '../../links/links.css';

/**
 * On a volume node, the object its source names: linked to its document in the same file (a
 * click shows it in the editor), or missing from the file (a click selects the volume, whose
 * inspector offers to add it).
 */
export function LinkMark({ volume, nodeId }: { volume: string; nodeId: string }) {
  const store = usePodStoreApi();
  const need = needsOf(usePodLinks(), { volume })[0];
  if (!need) return null;
  const what = `${kindWord(need.kind)} ${visibleText(need.name)}`;
  const object = need.object;
  return (
    <button
      type="button"
      className={`pb-link-mark nodrag${object ? ' is-linked' : ' is-missing'}`}
      // The name holds the words shown, as a speech user would say them.
      aria-label={object ? `${what} in file: show it` : `${what} not in file`}
      title={
        object
          ? `${what} is document ${object.index + 1} of this file`
          : `${what} is not in this file`
      }
      onClick={(event) => {
        event.stopPropagation();
        if (object) store.getState().jumpTo(object.nameRange?.from ?? object.range.from);
        else store.getState().select([nodeId]);
      }}
    >
      {object ? (
        <>
          <span aria-hidden="true">⇄ </span>in file
        </>
      ) : (
        'not in file'
      )}
    </button>
  );
}
