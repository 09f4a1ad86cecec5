import { BaseEdge, getSmoothStepPath, Position, type Edge, type EdgeProps } from '@xyflow/react';
import { LAYOUT, parseNodeId, type SequenceEdgeData } from '../../../shared';
import { useContainerStatus } from '../../teach/teach-store';
import { handOffClass } from '../../teach/ContainerStatusBadge';
import { EdgeTag } from './EdgeTag';

export type SequenceFlowEdge = Edge<SequenceEdgeData, 'sequence'>;

/** "exits 0 →": the order in which the kubelet runs init containers, then the app containers. */
export function SequenceEdge(props: EdgeProps<SequenceFlowEdge>) {
  const {
    id,
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    data,
    markerEnd,
  } = props;
  const from = parseNodeId(props.source);
  const passed = handOffClass(useContainerStatus(from?.kind === 'container' ? from.name : ''));
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  // From one init container down to the next, the label sits just above the next one: the
  // mount tags of the first hang below it, where the middle of the edge would put the label.
  const down = sourcePosition === Position.Bottom && targetPosition === Position.Top;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`pb-sequence-edge ${passed}`}
        markerEnd={markerEnd}
      />
      {data && (
        <EdgeTag
          x={labelX}
          y={down ? targetY - LAYOUT.sequenceLabelLift : labelY}
          anchor="center"
          text={data.label}
          strong
          className={`pb-edge-tag--sequence ${passed}`}
        />
      )}
    </>
  );
}
