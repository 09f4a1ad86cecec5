import { BaseEdge, getSmoothStepPath, Position, type Edge, type EdgeProps } from '@xyflow/react';
import { handOffLabel, parseNodeId, type SequenceEdgeData } from '../../../shared';
import { useContainerStatus } from '../../teach/teach-store';
import { handOffClass } from '../../teach/ContainerStatusBadge';
import { EdgeTag } from './EdgeTag';
import { useTagsShown } from './tags-shown';

export type SequenceFlowEdge = Edge<SequenceEdgeData, 'sequence'>;

/** "exits 0 →": the order in which the kubelet runs init containers, then the app containers. */
export function SequenceEdge(props: EdgeProps<SequenceFlowEdge>) {
  const { id, targetX, targetY, sourcePosition, targetPosition, data, markerEnd } = props;
  const from = parseNodeId(props.source);
  const passed = handOffClass(useContainerStatus(from?.kind === 'container' ? from.name : ''));
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const tagShown = useTagsShown();
  const down = sourcePosition === Position.Bottom && targetPosition === Position.Top;
  const label = handOffLabel(down, { x: labelX, y: labelY }, { x: targetX, y: targetY });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`pb-sequence-edge ${passed}`}
        markerEnd={markerEnd}
        // Not selectable and nothing to click: no wide invisible copy of the path to catch the
        // pointer, which a node moving under it would redraw too.
        interactionWidth={0}
      />
      {data && tagShown && (
        <EdgeTag
          x={label.x}
          y={label.y}
          anchor="center"
          text={data.label}
          strong
          className={`pb-edge-tag--sequence ${passed}`}
        />
      )}
    </>
  );
}
