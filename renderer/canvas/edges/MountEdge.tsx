import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { mountRoute, visibleText, type MountEdgeData } from '../../../shared';
import { EdgeTag, edgeTagWidth } from './EdgeTag';
import { measuresText } from '../text-fit';
import { useTagsShown } from './tags-shown';

export type MountFlowEdge = Edge<MountEdgeData, 'mount'>;

const columnWidths = new WeakMap<MountEdgeData['column'], number>();

/**
 * The width of a container's column of mount tags: its widest tag's. Every edge of the column
 * holds the same array (shared/graph/derive-graph.ts), so the column is measured once for all
 * of them, not once by each: a container with many mounts redraws them all when it moves.
 */
export function columnWidth(column: MountEdgeData['column']): number {
  let width = columnWidths.get(column);
  if (width === undefined) {
    width = Math.max(
      0,
      ...column.map((tag) =>
        edgeTagWidth(visibleText(tag.mountPath), tag.readOnly ? 'ro' : undefined),
      ),
    );
    // An estimate, made before the styles load, is not kept.
    if (measuresText()) columnWidths.set(column, width);
  }
  return width;
}

/**
 * A volume mounted in a container. Its tag, the mount's path, hangs in a column below the
 * container, in the YAML's order, in the room the layout leaves there (shared/graph/layout.ts);
 * the edge runs from the volume into its tag's side (shared/graph/mount-route.ts).
 */
export function MountEdge(props: EdgeProps<MountFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, data, selected } = props;
  const state = selected ? ' is-selected' : '';
  const tagShown = useTagsShown();
  if (!data) return null;
  const width = columnWidth(data.column);
  const indexes = data.column.map((tag) => tag.index);
  const route = mountRoute({
    sourceX,
    sourceY,
    targetX,
    targetY,
    index: data.index,
    first: Math.min(...indexes),
    last: Math.max(...indexes),
    columnWidth: width,
    busY: data.busY,
    bare: !tagShown,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={route.path}
        className={`pb-mount-edge${tagShown ? '' : ' pb-mount-edge--bare'}${state}`}
      />
      {tagShown && (
        <EdgeTag
          x={route.tagX}
          y={route.tagY}
          anchor="top"
          width={width}
          text={visibleText(data.mountPath)}
          badge={data.readOnly ? 'ro' : undefined}
          className={`pb-edge-tag--mount${state}`}
        />
      )}
    </>
  );
}
