import type { NewContainerRole, PodEdit } from '../edits/types';
import type { PodView } from '../manifest/types';
import { visibleText } from '../text/hidden-characters';
import type { Graph, GraphNode } from './types';
import { nodeId } from './types';

interface Point {
  x: number;
  y: number;
}

const center = (node: GraphNode): Point => ({
  x: node.position.x + node.width / 2,
  y: node.position.y + node.height / 2,
});

const contains = (node: GraphNode | undefined, p: Point): boolean =>
  node !== undefined &&
  p.x >= node.position.x &&
  p.x <= node.position.x + node.width &&
  p.y >= node.position.y &&
  p.y <= node.position.y + node.height;

/** The lane of the Pod at `at` (in the Pod's coordinates), or `null` outside every lane. */
export function laneAt(graph: Graph, at: Point): 'init-lane' | 'app-lane' | 'volume-lane' | null {
  const lane = graph.nodes.find((n) => n.type === 'lane' && contains(n, at));
  return (lane?.id as 'init-lane' | 'app-lane' | 'volume-lane' | undefined) ?? null;
}

/**
 * How many of the app lane's `apps` (in the order they are drawn: rows of columns) come before
 * the point `at`: the place a node dropped there takes.
 */
function placeAmong(apps: readonly GraphNode[], at: Point): number {
  const rowTolerance = (apps[0]?.height ?? 0) / 2;
  return apps.filter((n) => {
    const c = center(n);
    return c.y < at.y - rowTolerance || (Math.abs(c.y - at.y) <= rowTolerance && c.x < at.x);
  }).length;
}

/**
 * The place among the app lane's containers that a palette item dropped at `at` takes. The
 * palette's Sidecar stays a sidecar: dropped in first place (on the main container's left half,
 * say), it goes first among the sidecars, after the main container, not before it.
 */
function paletteAppPlace(apps: readonly GraphNode[], at: Point, role: NewContainerRole): number {
  const before = placeAmong(apps, at);
  return role === 'sidecar' && apps.length > 0 ? Math.max(before, 1) : before;
}

/** Whether the palette's `role` adds to `initContainers`: an init container or a native sidecar. */
const addsInit = (role: NewContainerRole): boolean => role === 'init' || role === 'native-sidecar';

/**
 * True when a container the palette adds with `role`, dropped at `at`, does not go in the lane it
 * was dropped in: an init container or a native sidecar dropped in the app lane. What the user
 * picked from the palette says what the container is; where it is dropped, only its place. Made
 * an app container there, it would lose what it was picked for (a native sidecar its
 * `restartPolicy: Always`) and, in first place, take the main container's role and the
 * default-container annotation. Refused, the user would have to find the init lane and drop it
 * again. So it goes at the end of the init lane, the place nearest the app containers it was
 * dropped by: it runs (a native sidecar, starts) last, just before they start.
 */
function goesToInitLane(graph: Graph, role: NewContainerRole, at: Point): boolean {
  return addsInit(role) && laneAt(graph, at) === 'app-lane';
}

/**
 * The Kubernetes version a Pod targets when it is older than native sidecars on by default
 * (1.29: alpha behind a feature gate in 1.28, refused before); `null` from 1.29 on.
 */
export type SidecarTarget = string | null;

/**
 * What a container the palette adds with `role` is, dropped at `at`: a Sidecar dropped in the
 * init lane is a native sidecar there (`restartPolicy: Always`). Made a plain init container, a
 * log shipper or a proxy would have to run to completion before the app containers start: it
 * never does, and the Pod would stay initialising. For a target older than native sidecars
 * (`older`), it stays a sidecar, and goes among the app containers (`goesToAppLane`).
 */
export function paletteRoleAt(
  graph: Graph,
  role: NewContainerRole,
  at: Point,
  older: SidecarTarget = null,
): NewContainerRole {
  return role === 'sidecar' && older === null && laneAt(graph, at) === 'init-lane'
    ? 'native-sidecar'
    : role;
}

/**
 * True when a Sidecar dropped at `at` goes last among the app containers rather than in the init
 * lane it was dropped in: its target (`older`) has no native sidecars.
 */
const goesToAppLane = (
  graph: Graph,
  role: NewContainerRole,
  at: Point,
  older: SidecarTarget,
): boolean => role === 'sidecar' && older !== null && laneAt(graph, at) === 'init-lane';

/**
 * What the user is told when a container `name` the palette adds with `role` does not go in the
 * lane it was dropped in at `at` (see `goesToInitLane`, `goesToAppLane`), or is not what was
 * picked (see `paletteRoleAt`); `null` when it goes there as it was. `older`: the target, when it
 * has no native sidecars.
 */
export function paletteDropNotice(
  graph: Graph,
  role: NewContainerRole,
  at: Point,
  name: string,
  older: SidecarTarget = null,
): string | null {
  if (goesToAppLane(graph, role, at, older)) {
    return `Native sidecars are on by default from Kubernetes 1.29, and Settings targets ${older}: ${visibleText(name)} goes last among the app containers, as a sidecar.`;
  }
  if (paletteRoleAt(graph, role, at, older) !== role) {
    return `A sidecar among the init containers is a native sidecar: ${visibleText(name)} gets restartPolicy: Always, starts in this place and keeps running beside the app containers.`;
  }
  if (!goesToInitLane(graph, role, at)) return null;
  return role === 'native-sidecar'
    ? `A native sidecar is an init container that keeps running: ${visibleText(name)} goes last in initContainers, started just before the app containers.`
    : `An init container runs to completion before the app containers start: ${visibleText(name)} goes last in initContainers.`;
}

/**
 * Where a container just added from the palette with `role` goes when it was dropped at `at`:
 * the lane and the place it was dropped in. In the init lane, its place in the run order (or,
 * for an app container, becoming an init container there); in the app lane, first place makes a
 * Container the main container, any other place (and any place, for a Sidecar) a sidecar before
 * the one drawn after it. An init container or a native sidecar dropped in the app lane, a
 * sidecar in the init lane of a target without native sidecars, and anything dropped elsewhere,
 * stays where the palette put it (no edits).
 */
export function paletteDropEdits(
  graph: Graph,
  view: PodView,
  name: string,
  at: Point,
  role: NewContainerRole,
  older: SidecarTarget = null,
): PodEdit[] {
  const lane = laneAt(graph, at);
  const container = view.containers.find((c) => c.name === name);
  if (!container || (lane !== 'init-lane' && lane !== 'app-lane')) return [];
  if (goesToInitLane(graph, role, at) || goesToAppLane(graph, role, at, older)) return [];
  const apps = graph.nodes.filter(
    (n) => n.type === 'container' && n.data.order === null && n.id !== nodeId.container(name),
  );
  const before = paletteAppPlace(apps, at, role);
  if (lane === 'init-lane' || before === 0) {
    const edit = laneDropEdit(graph, view, name, at);
    return edit ? [edit] : [];
  }
  // A sidecar: before the app container drawn after the drop, or last.
  const next = apps[before];
  const index =
    next?.type === 'container'
      ? view.containers.find((c) => c.name === next.data.name && c.list === 'containers')?.index
      : undefined;
  if (container.list !== 'containers')
    return [{ type: 'moveContainer', name, role: 'sidecar', index }];
  return index === undefined || index > container.index
    ? []
    : [{ type: 'moveContainer', name, role: 'sidecar', index }];
}

/**
 * The place in its list of a container the palette adds with `role`, dropped at `at`, when
 * adding it there is all the drop means: an init container in the init lane (or at its end,
 * dropped in the app lane), an app container or a sidecar among the sidecars. `'last'`: where
 * adding puts it anyway. `null`: the drop moves it to another lane or makes it the main
 * container, which `paletteDropEdits` works out once it is added. Read on the Pod as it was
 * dropped on, so that one edit (one parse) does it all.
 */
export function paletteDropIndex(
  graph: Graph,
  view: PodView,
  role: NewContainerRole,
  at: Point,
  older: SidecarTarget = null,
): number | 'last' | null {
  const lane = laneAt(graph, at);
  if (lane !== 'init-lane' && lane !== 'app-lane') return 'last';
  if (goesToInitLane(graph, role, at) || goesToAppLane(graph, role, at, older)) return 'last';
  const init = addsInit(role);
  if (init !== (lane === 'init-lane')) return null;
  const containers = graph.nodes.filter((n) => n.type === 'container');
  if (init) {
    const inits = containers.filter((n) => n.type === 'container' && n.data.order !== null);
    return inits.filter((n) => center(n).y < at.y).length;
  }
  const apps = containers.filter((n) => n.type === 'container' && n.data.order === null);
  const before = paletteAppPlace(apps, at, role);
  if (before === 0) return apps.length === 0 ? 'last' : null;
  const next = apps[before];
  const index =
    next?.type === 'container'
      ? view.containers.find((c) => c.name === next.data.name && c.list === 'containers')?.index
      : undefined;
  return index ?? 'last';
}

/**
 * What dropping a dragged container at `at` (its centre, in the Pod's coordinates) means:
 * - in the init lane, a place in the execution order (`reorderInitContainer`), or, for an app
 *   container, becoming an init container there (`moveContainer`);
 * - in the app lane, first place makes it the main container, any other place a sidecar;
 * - anywhere else, or back where it was, nothing (`null`): the node returns to its place.
 */
export function laneDropEdit(graph: Graph, view: PodView, name: string, at: Point): PodEdit | null {
  const container = view.containers.find((c) => c.name === name);
  if (!container) return null;
  const lanes = new Map(graph.nodes.filter((n) => n.type === 'lane').map((n) => [n.id, n]));
  const others = graph.nodes.filter(
    (n) => n.type === 'container' && n.id !== nodeId.container(name),
  );

  if (contains(lanes.get('init-lane'), at)) {
    const inits = others.filter((n) => n.type === 'container' && n.data.order !== null);
    const index = inits.filter((n) => center(n).y < at.y).length;
    if (container.list === 'initContainers') {
      return index === container.index ? null : { type: 'reorderInitContainer', name, index };
    }
    return { type: 'moveContainer', name, role: 'init', index };
  }

  if (contains(lanes.get('app-lane'), at)) {
    const apps = others.filter((n) => n.type === 'container' && n.data.order === null);
    const before = placeAmong(apps, at);
    const role = before === 0 ? 'app' : 'sidecar';
    if (container.list === 'containers') {
      // App containers start together, in no order: only being the main one changes anything.
      if (role === 'app' && container.role !== 'main') return { type: 'setMainContainer', name };
      if (role === 'sidecar' && container.role === 'main' && apps.length > 0) {
        return { type: 'moveContainer', name, role: 'sidecar' };
      }
      return null;
    }
    return { type: 'moveContainer', name, role };
  }
  return null;
}

/**
 * What the user is told when `edit` (a drag's, from laneDropEdit, or the menu's Make init
 * container) makes a container that runs beside the app (the main one, a sidecar) an init
 * container: it now has to exit before the app containers start, which a log shipper or a proxy
 * never does. The way to keep it running: a native sidecar, or back among the app containers for
 * a target older than native sidecars (`older`). Null for any other edit.
 */
export function laneDropNotice(
  view: PodView,
  edit: PodEdit,
  older: SidecarTarget = null,
): string | null {
  if (edit.type !== 'moveContainer' || edit.role !== 'init') return null;
  const role = view.containers.find((c) => c.name === edit.name)?.role;
  if (role !== 'main' && role !== 'sidecar') return null;
  const name = visibleText(edit.name);
  const keep =
    older === null
      ? 'To keep it running beside them, make it a native sidecar (its menu, Shift+F10).'
      : `Kubernetes ${older} has no native sidecars: to keep it running, move it back among the app containers.`;
  return `${name} is an init container now: the app containers start only once it has exited. ${keep}`;
}

/**
 * Why a container dragged and let go at `at` goes back to its place, in words, when that was
 * outside the lanes a container can be in (on the volumes lane, the network namespace, the
 * kubelet, or off the Pod); `null` in those lanes, where a drop changes its role or place, or is
 * back where it was.
 */
export function whyNoLaneDrop(graph: Graph, name: string, at: Point): string | null {
  const lane = laneAt(graph, at);
  if (lane === 'init-lane' || lane === 'app-lane') return null;
  return `To move ${visibleText(name)}, release it in the initContainers or containers lane.`;
}
