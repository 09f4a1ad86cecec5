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
import '../../links/links.css';

export type NeighbourFlowNode = Node<NeighbourNodeData, 'neighbour'>;

const KIND_CLASS: Record<string, string> = {
  ConfigMap: 'is-configmap',
  Secret: 'is-secret',
  PersistentVolumeClaim: 'is-claim',
  Service: 'is-service',
};

/**
 * An object the Pod needs, outside the Pod's box: a ConfigMap, a Secret, a claim or a Service.
 * One in the file is shown in the editor on a click; a missing one can be added from here.
 */
export function NeighbourNode({ data }: NodeProps<NeighbourFlowNode>) {
  const store = usePodStoreApi();
  const missing = data.document === null;
  const name = visibleText(data.name);
  const keys = data.keys.map(visibleText).join(', ');
  return (
    <div className={`pb-neighbour ${KIND_CLASS[data.kind] ?? ''}${missing ? ' is-missing' : ''}`}>
      <Handle
        type="source"
        position={Position.Left}
        id={NEIGHBOUR.handle}
        className="pb-handle pb-handle--hidden"
        isConnectable={false}
      />
      <div className="pb-neighbour__kind">{data.kind}</div>
      <div className="pb-neighbour__name" title={name}>
        {name}
      </div>
      <div className="pb-neighbour__state">
        {missing ? 'not in this file' : `document ${data.document! + 1}`}
        {keys && <span title={keys}> · {keys}</span>}
        <button
          type="button"
          className="pb-neighbour__action nodrag"
          aria-label={
            missing
              ? `Add ${data.kind} ${name} to the file`
              : `Show ${data.kind} ${name} in the editor`
          }
          onClick={() => {
            if (!missing) {
              // Found in the text as it is now: keys typed above it moved it.
              store.getState().settle();
              const state = store.getState();
              const now = podDocument(state.text, state.document);
              const links = now.view ? now.links() : goodDocumentOf(state)?.links();
              store.getState().jumpTo((links && neighbourOffset(links, data.kind, data.name)) ?? 0);
            } else
              store
                .getState()
                .edit({ type: 'addNeededObject', kind: data.kind as NeededKind, name: data.name });
          }}
        >
          {missing ? 'Add' : 'Show'}
        </button>
      </div>
    </div>
  );
}
