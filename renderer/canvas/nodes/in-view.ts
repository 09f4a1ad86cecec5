/**
 * What a node's text is fitted against besides its own box, read from the graph the canvas
 * draws (and the exported diagram draws the same way): the names of the other nodes of its kind,
 * and the room a lane leaves for its caption.
 */

import type { Graph, GraphNode } from '../../../shared';
import { LAYOUT, visibleText } from '../../../shared';
import { goodModelOf, usePod } from '../../store/pod-store';
import { fitApart, measuresText, type TextFont } from '../text-fit';

const namesOf = new WeakMap<Graph, Map<string, readonly string[]>>();
/** The names of each type in the last graph read: the same names of the next are this array. */
const lastNames = new Map<string, readonly string[]>();
const NO_NAMES: readonly string[] = [];

const sameNames = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * The names of the graph's nodes of `type`, as they are drawn (hidden characters as markers):
 * the same array from one graph to the next while they are the same names (a key typed in an
 * image), so that what is fitted against them is not fitted again (`useNameApart`).
 */
export function namesInGraph(
  graph: Graph | null | undefined,
  type: 'container' | 'volume',
): readonly string[] {
  if (!graph) return NO_NAMES;
  let byType = namesOf.get(graph);
  if (!byType) namesOf.set(graph, (byType = new Map()));
  let names = byType.get(type);
  if (!names) {
    names = graph.nodes.flatMap((n) =>
      (n.type === 'container' || n.type === 'volume') && n.type === type
        ? [visibleText(n.data.name)]
        : [],
    );
    const last = lastNames.get(type);
    if (last && sameNames(last, names)) names = last;
    else lastNames.set(type, names);
    byType.set(type, names);
  }
  return names;
}

/** What `fitApart` made of each name, room and font, against one array of names. */
const apartOf = new WeakMap<readonly string[], Map<string, string>>();

/**
 * `fitApart`, once per name, room and font against the same names: every node's selector runs
 * on each change of the store, and fitting a name against the others measures and compares
 * them all (some 7 ms a key on the large Pod, in the task that paints its reading).
 */
function nameApart(name: string, names: readonly string[], room: number, font: TextFont): string {
  let fitted = apartOf.get(names);
  if (!fitted) apartOf.set(names, (fitted = new Map()));
  const key = `${room} ${font.weight} ${font.size} ${font.family} ${name}`;
  let shown = fitted.get(key);
  if (shown !== undefined) return shown;
  shown = fitApart(name, names, room, font);
  // Not kept while texts are estimated (no styles yet): measured, they may cut elsewhere.
  if (measuresText()) fitted.set(key, shown);
  return shown;
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
): string => usePod((s) => nameApart(name, namesInGraph(goodModelOf(s)?.graph, type), room, font));

/** The room lane `laneId` leaves for its caption on the canvas now. */
export const useCaptionRoom = (laneId: string): number =>
  usePod((s) => roomInGraph(goodModelOf(s)?.graph, laneId));

const initCounts = new WeakMap<Graph, number>();

/** How many containers the graph's init lane holds: those numbered in the run order. */
function initLaneCount(graph: Graph | null | undefined): number {
  if (!graph) return 0;
  let count = initCounts.get(graph);
  if (count === undefined) {
    count = graph.nodes.filter((n) => n.type === 'container' && n.data.order !== null).length;
    initCounts.set(graph, count);
  }
  return count;
}

/**
 * How many containers the init lane holds now, for a node `inLane`; 0 for another, which an
 * init container added or removed then leaves as it is.
 */
export const useInitLaneCount = (inLane: boolean): number =>
  usePod((s) => (inLane ? initLaneCount(goodModelOf(s)?.graph) : 0));
