import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import {
  NEIGHBOUR,
  neighbourOffset,
  podDocument,
  visibleText,
  type NeighbourNodeData,
  type NeededKind,
} from '../../../shared';

import { goodDocumentOf, usePodStoreApi } from '../../store/pod-store';
import { fitMiddle, fitText, fontStyle, textWidth, type TextFont } from '../text-fit';
import '../../links/links.css';

export type NeighbourFlowNode = Node<NeighbourNodeData, 'neighbour'>;

const KIND_CLASS: Record<string, string> = {
  ConfigMap: 'is-configmap',
  Secret: 'is-secret',
  PersistentVolumeClaim: 'is-claim',
  Service: 'is-service',
};

const NAME_FONT: TextFont = { size: 14, family: '--font', weight: 650 };
const STATE_FONT: TextFont = { size: 11, family: '--font', weight: 400 };
const ACTION_FONT: TextFont = { size: 11, family: '--font', weight: 600 };
/** The width inside the card: less its padding (12 px a side) and borders (5 and 1.5 px). */
const ROOM = NEIGHBOUR.width - 2 * 12 - 5 - 1.5;
/** The action button's padding and border, and the gap before it. */
const ACTION_EXTRA = 2 * 8 + 2 * 1 + 4;

/**
 * An object the Pod needs, outside the Pod's box: a ConfigMap, a Secret, a claim or a Service.
 * One in the file is shown in the editor on a click; a missing one can be added from here.
 */
export function NeighbourNode({ data }: NodeProps<NeighbourFlowNode>) {
  const store = usePodStoreApi();
  const missing = data.document === null;
  const name = visibleText(data.name);
  const keys = data.keys.map(visibleText).join(', ');
  const action = missing ? 'Add' : 'Show';
  const state = `${missing ? 'not in this file' : `document ${data.document! + 1}`}${keys ? ` · ${keys}` : ''}`;
  const stateRoom = ROOM - textWidth(action, ACTION_FONT) - ACTION_EXTRA;
  /** Shows the object in the editor; `focus`: the editor takes the keyboard too. */
  const show = (focus: boolean) => {
    // Found in the text as it is now: keys typed above it moved it.
    store.getState().settle();
    const pod = store.getState();
    const now = podDocument(pod.text, pod.document);
    const links = now.view ? now.links() : goodDocumentOf(pod)?.links();
    store.getState().jumpTo((links && neighbourOffset(links, data.kind, data.name)) ?? 0, focus);
  };
  // A click on the card takes the selection made before away, as Tab to it does (PodCanvas): the
  // inspector shows the Pod, not a node the keys no longer act on. (A click handler on the whole
  // canvas would make React Flow give every frame node the pointer.)
  const onClick = () => {
    if (store.getState().selection.length > 0) store.getState().select([]);
    if (!missing) show(false);
  };
  return (
    // A click anywhere on a card in the file shows it, as its button does (the keyboard's way),
    // but leaves the keyboard on the canvas: a Delete pressed next is the canvas's, and would
    // otherwise delete a character of the object's name in another document. The button,
    // "Show … in the editor", takes the keyboard there. A missing one is added only by its button.
    <div
      className={`pb-neighbour ${KIND_CLASS[data.kind] ?? ''}${missing ? ' is-missing' : ''}`}
      onClick={onClick}
    >
      <Handle
        type="source"
        position={Position.Left}
        id={NEIGHBOUR.handle}
        className="pb-handle pb-handle--hidden"
        isConnectable={false}
      />
      <div className="pb-neighbour__kind">{data.kind}</div>
      <div className="pb-neighbour__name" title={name} style={fontStyle(NAME_FONT)}>
        {fitMiddle(name, ROOM, NAME_FONT)}
      </div>
      <div className="pb-neighbour__state">
        <span title={state} style={fontStyle(STATE_FONT)}>
          {fitText(state, stateRoom, STATE_FONT)}
        </span>
        <button
          type="button"
          className="pb-neighbour__action nodrag"
          aria-label={
            missing
              ? `Add ${data.kind} ${name} to the file`
              : `Show ${data.kind} ${name} in the editor`
          }
          onClick={(event) => {
            event.stopPropagation();
            if (!missing) show(true);
            else
              store
                .getState()
                .edit({ type: 'addNeededObject', kind: data.kind as NeededKind, name: data.name });
          }}
        >
          {action}
        </button>
      </div>
    </div>
  );
}
