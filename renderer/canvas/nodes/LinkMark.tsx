import { visibleText, type PodLinks } from '../../../shared';
import { goodDocumentOf, usePod, usePodStoreApi } from '../../store/pod-store';
import { kindWord, needsOf } from '../../links/use-links';
import '../../links/links.css';

const needOf = (links: PodLinks | null | undefined, volume: string) =>
  links ? needsOf(links, { volume })[0] : undefined;

/**
 * On a volume node, the object its source names: linked to its document in the same file (a
 * click shows it in the editor), or missing from the file (a click selects the volume, whose
 * inspector offers to add it).
 */
export function LinkMark({ volume, nodeId }: { volume: string; nodeId: string }) {
  const store = usePodStoreApi();
  // What the mark shows, not the need itself: the links are new with every text, and a key typed
  // anywhere would draw every volume's mark again. Where its object is, is read on a click.
  const need = usePod((s) => {
    const found = needOf(goodDocumentOf(s)?.links(), volume);
    return found && { kind: found.kind, name: found.name, index: found.object?.index };
  });
  if (!need) return null;
  const what = `${kindWord(need.kind)} ${visibleText(need.name)}`;
  const object = need.index === undefined ? null : { index: need.index };
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
        const shown = needOf(goodDocumentOf(store.getState())?.links(), volume)?.object;
        if (shown) store.getState().jumpTo(shown.nameRange?.from ?? shown.range.from);
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
