import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { MountEdgeData } from '../../../shared';
import { EdgeTag } from './EdgeTag';

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
  const state = selected ? ' is-selected' : '';
  return (
    <>
      <BaseEdge id={id} path={path} className={`pb-mount-edge${state}`} />
      {data && (
        <EdgeTag
          x={targetX}
          y={targetY + 8}
          anchor="top"
          text={data.mountPath}
          badge={data.readOnly ? 'ro' : undefined}
          className={`pb-edge-tag--mount${state}`}
        />
      )}
    </>
  );
}
