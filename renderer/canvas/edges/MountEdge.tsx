import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { LAYOUT, visibleText, type MountEdgeData } from '../../../shared';
import { EdgeTag } from './EdgeTag';

export type MountFlowEdge = Edge<MountEdgeData, 'mount'>;

/**
 * A volume mounted in a container; its tag sits by the container, where the path applies. A
 * container's mounts all end at one handle: their tags stack below it, in the YAML's order, in
 * the room the layout leaves there (shared/graph/layout.ts).
 */
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
          y={targetY + LAYOUT.mountTagTop + data.index * LAYOUT.mountTagStep}
          anchor="top"
          text={visibleText(data.mountPath)}
          badge={data.readOnly ? 'ro' : undefined}
          className={`pb-edge-tag--mount${state}`}
        />
      )}
    </>
  );
}
