/**
 * What a node's text is fitted against besides its own box, read from the graph the canvas
 * draws (and the exported diagram draws the same way): the names of the other nodes of its kind,
 * and the room a lane leaves for its caption.
 */

import type { Graph, GraphNode } from '../../../shared';
import { LAYOUT, visibleText } from '../../../shared';
import { goodModelOf, usePod } from '../../store/pod-store';
import { fitApart, type TextFont } from '../text-fit';

const namesOf = new WeakMap<Graph, Map<string, readonly string[]>>();

/** The names of the graph's nodes of `type`, as they are drawn (hidden characters as markers). */
export function namesInGraph(
  graph: Graph | null | undefined,
  type: 'container' | 'volume',
): readonly string[] {
  if (!graph) return [];
  let byType = namesOf.get(graph);
  if (!byType) namesOf.set(graph, (byType = new Map()));
  let names = byType.get(type);
  if (!names) {
    names = graph.nodes.flatMap((n) =>
      (n.type === 'container' || n.type === 'volume') && n.type === type
        ? [visibleText(n.data.name)]
        : [],
    );
    byType.set(type, names);
  }
  return names;
}

/** The volumes' caption is under them; the other lanes' captions are at their tops. */
const captionBelow = (laneId: string) => laneId === 'volume-lane';

/**
 * How tall a lane's caption may be: from the lane's edge it stands at to the nearest container
 * or volume in the lane, or to the lane's padding when there is none. A lane with a node in it
 * has its header (LAYOUT.laneHeader); an empty one has its whole height.
 */
export function captionRoom(nodes: readonly GraphNode[], laneId: string): number {
  const lane = nodes.find((n) => n.id === laneId);
  if (!lane) return LAYOUT.laneHeader;
  const { x, y } = lane.position;
  let room = lane.height - LAYOUT.lanePadding;
  for (const n of nodes) {
    if ((n.type !== 'container' && n.type !== 'volume') || n.parentId !== lane.parentId) continue;
    const middle = n.position.x + n.width / 2;
    const inLane =
      middle > x && middle < x + lane.width && n.position.y >= y && n.position.y < y + lane.height;
    if (!inLane) continue;
    const gap = captionBelow(laneId)
      ? y + lane.height - (n.position.y + n.height)
      : n.position.y - y;
    room = Math.min(room, gap);
  }
  return room;
}

const roomsOf = new WeakMap<Graph, Map<string, number>>();

function roomInGraph(graph: Graph | null | undefined, laneId: string): number {
  if (!graph) return LAYOUT.laneHeader;
  let rooms = roomsOf.get(graph);
  if (!rooms) roomsOf.set(graph, (rooms = new Map()));
  let room = rooms.get(laneId);
  if (room === undefined) rooms.set(laneId, (room = captionRoom(graph.nodes, laneId)));
  return room;
}

/**
 * `name` (as drawn) cut to `room` so that it does not read as another node's name of `type`
 * (`fitApart`). Selected as the text itself: a container added or renamed draws again only the
 * nodes whose text it changes, not every node of its kind.
 */
export const useNameApart = (
  type: 'container' | 'volume',
  name: string,
  room: number,
  font: TextFont,
): string => usePod((s) => fitApart(name, namesInGraph(goodModelOf(s)?.graph, type), room, font));

/** The room lane `laneId` leaves for its caption on the canvas now. */
export const useCaptionRoom = (laneId: string): number =>
  usePod((s) => roomInGraph(goodModelOf(s)?.graph, laneId));
