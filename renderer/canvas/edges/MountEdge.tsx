import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import type { MountEdgeData } from '../../../shared';

export type MountFlowEdge = Edge<MountEdgeData, 'mount'>;

/** A volume mounted in a container; the label sits by the container, where the path applies. */
export function MountEdge(props: EdgeProps<MountFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props;
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  return (
    <>
      <BaseEdge id={id} path={path} className={`pb-mount-edge${selected ? ' is-selected' : ''}`} />
      {data && (
        <EdgeLabelRenderer>
          <div
            className={`pb-edge-label pb-edge-label--mount${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, 0) translate(${targetX}px, ${targetY + 8}px)` }}
          >
            {data.mountPath}
            {data.readOnly && <span className="pb-ro">ro</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
