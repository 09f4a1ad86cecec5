import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { LAYOUT, type Box, type Graph } from '../../shared';
import { goodModelOf, usePod } from '../store/pod-store';
import { absoluteBoxes } from './diagram/diagram-svg';
import { LECTURE_STEPS, revealKindOf } from './lecture-steps';

/**
 * The zoom at which the smallest text on the canvas, the 10 px order badge of an init container,
 * is drawn at least 18 CSS px high (18.5, clear of rounding in the zoom's animation): legible from
 * the back of a room on a 1280 × 720 projector.
 */
export const PROJECTOR_ZOOM = 1.85;

/**
 * The zoom at which that badge is drawn 12 CSS px high (12.2), and so every word on the canvas:
 * what a lecture without projector mode keeps each step's words at, where the step's part fits in
 * view so.
 */
export const LECTURE_ZOOM = 1.22;

/** The Pod's name line and the top of its frame: what the first step is about. */
const POD_HEAD = { height: 150, width: 520, rise: 30 };

/** The Pod's frame with its name line above it, in flow coordinates. */
function podFrame(graph: Graph, boxes: Map<string, Box>): Box | null {
  const pod = graph.nodes.find((n) => n.type === 'pod');
  const box = pod && boxes.get(pod.id);
  if (!box) return null;
  return {
    x: box.x,
    y: box.y - POD_HEAD.rise,
    width: box.width,
    height: box.height + POD_HEAD.rise,
  };
}

/** The part of the diagram a lecture step introduces, in flow coordinates; null when absent. */
export function stepFocus(graph: Graph, step: number): Box | null {
  const kind = LECTURE_STEPS[step]?.kind;
  const boxes = absoluteBoxes(graph.nodes);
  if (kind === 'pod') {
    const frame = podFrame(graph, boxes);
    if (!frame) return null;
    return { ...frame, width: Math.min(frame.width, POD_HEAD.width), height: POD_HEAD.height };
  }
  // The step's own nodes, not the lanes around them.
  const parts = graph.nodes
    .filter((n) => n.type !== 'lane' && revealKindOf(n) === kind)
    .map((n) => boxes.get(n.id)!);
  return unionBox(parts);
}

/** The smallest box around `parts`; null for none. */
export function unionBox(parts: readonly Box[]): Box | null {
  if (parts.length === 0) return null;
  const x = Math.min(...parts.map((b) => b.x));
  const y = Math.min(...parts.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...parts.map((b) => b.x + b.width)) - x,
    height: Math.max(...parts.map((b) => b.y + b.height)) - y,
  };
}

/**
 * The column of mount tags hanging below each container that mounts a volume, in flow
 * coordinates: what the volume step shows besides the volumes (shared/graph/mount-route.ts).
 */
function mountTags(graph: Graph, boxes: Map<string, Box>): Box[] {
  const tags = new Map<string, Box>();
  for (const edge of graph.edges) {
    if (edge.type !== 'mount' || tags.has(edge.target)) continue;
    const container = boxes.get(edge.target);
    if (!container) continue;
    tags.set(edge.target, {
      x: container.x,
      y: container.y + container.height,
      width: container.width,
      height: LAYOUT.mountTagTop + edge.data.column.length * LAYOUT.mountTagStep,
    });
  }
  return [...tags.values()];
}

/**
 * What a lecture step shows, for the camera of a lecture without projector mode: `box`, to be
 * drawn whole (the part the step introduces, stepFocus, with the volumes' mount tags); and
 * `room`, what else of it may be shown as far as the view has room, from the box's top-left: the
 * first step's Pod frame below its name.
 */
export function lectureFocus(graph: Graph, step: number): { box: Box; room: Box } | null {
  const focus = stepFocus(graph, step);
  if (!focus) return null;
  const kind = LECTURE_STEPS[step]?.kind;
  const boxes = absoluteBoxes(graph.nodes);
  const box = kind === 'volume' ? unionBox([focus, ...mountTags(graph, boxes)])! : focus;
  const frame = kind === 'pod' ? podFrame(graph, boxes) : null;
  return { box, room: frame ?? box };
}

/**
 * When the canvas changes size (the lecture starts, projector mode is turned on) it fits the whole
 * Pod in view, in two frames and 300 ms: the step's move waits until that is over.
 */
const AFTER_FIT_MS = 700;

/** The margin kept around the focus, in screen pixels. */
const PAD = 24;

/** The part of the canvas, in screen pixels, where the camera puts what it brings into view. */
interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas `width` × `height` less the margin, and `top` pixels at its top. */
const areaOf = (width: number, height: number, top: number): Area => ({
  left: PAD,
  top,
  right: width - PAD,
  bottom: height - PAD,
});

/** Whether `box` lies inside the part of the flow shown in `area`. */
function inView(box: Box, view: { x: number; y: number; zoom: number }, area: Area): boolean {
  const left = (area.left - view.x) / view.zoom;
  const top = (area.top - view.y) / view.zoom;
  const right = (area.right - view.x) / view.zoom;
  const bottom = (area.bottom - view.y) / view.zoom;
  return (
    box.x >= left && box.y >= top && box.x + box.width <= right && box.y + box.height <= bottom
  );
}

/** The largest zoom at which `box` fits in `area`. */
function fitZoom(box: Box, area: Area): number {
  return Math.min(
    (area.right - area.left) / Math.max(box.width, 1),
    (area.bottom - area.top) / Math.max(box.height, 1),
  );
}

/** `room` from its top-left, as much of it as `area` shows at `zoom`, and never less than `box`. */
function roomShown(box: Box, room: Box, zoom: number, area: Area): Box {
  const width = Math.max(box.width, (area.right - area.left) / zoom);
  const height = Math.max(box.height, (area.bottom - area.top) / zoom);
  return {
    x: room.x,
    y: room.y,
    width: Math.min(room.width, width),
    height: Math.min(room.height, height),
  };
}

/** How long the camera takes to move to the next part. */
const FLIGHT_MS = 300;

export interface CameraOptions {
  /** The zoom the words need: PROJECTOR_ZOOM (18 px) unless said. */
  zoom?: number;
  /**
   * Whether the focus is to stay whole in view: the zoom is then raised only as far as the focus
   * still fits, so a part too large for the screen is shown whole with smaller words.
   */
  whole?: boolean;
  /** Around the focus, from its top-left, what may be shown too as far as the view has room. */
  room?: Box | null;
  /** Screen pixels kept clear at the top of the canvas, for what floats there: PAD unless said. */
  top?: number;
}

const keyOf = (box: Box | null | undefined) =>
  box ? [box.x, box.y, box.width, box.height].join(',') : '';

function boxOf(key: string): Box {
  const [x = 0, y = 0, width = 0, height = 0] = key.split(',').map(Number);
  return { x, y, width, height };
}

/**
 * In projector mode the camera brings `focus` (a part of the diagram, in flow coordinates) to the
 * middle of the screen. The zoom the instructor chose holds; it is raised only where the text
 * would be drawn under 18 px (or at `options.zoom`), and with `options.whole` lowered only where
 * the focus would not fit. With `always` false the camera moves only when it must: the focus is
 * out of view, or drawn too small (or too large to fit). It looks again at each `step`.
 */
export function useProjectorCamera(
  on: boolean,
  focus: Box | null,
  always: boolean,
  step: number,
  options: CameraOptions = {},
): void {
  const { zoom: legible = PROJECTOR_ZOOM, whole = false, top = PAD } = options;
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const size = `${width}x${height}`;
  const lastSize = useRef(size);
  // The first move after projector mode is turned on waits for the canvas's fit, too.
  const first = useRef(true);
  // The camera's move in progress: where its zoom is going, and until when.
  const flight = useRef<{ zoom: number; until: number } | null>(null);
  // The boxes as keys: a new object with the same place is not a new step.
  const key = keyOf(focus);
  const roomKey = keyOf(options.room) || key;
  useEffect(() => {
    if (!on) first.current = true;
    if (!on || !key) return;
    const box = boxOf(key);
    const room = boxOf(roomKey);
    const area = areaOf(width, height, top);
    const resized = lastSize.current !== size;
    lastSize.current = size;
    const move = () => {
      const view = flow.getViewport();
      // Mid-flight, d3's transition has zoomed out on its way: the zoom is the flight's target.
      const flying = flight.current !== null && performance.now() < flight.current.until;
      const zoom = flying ? flight.current!.zoom : view.zoom;
      // The zoom the words need; for a focus to be whole, no more than fits it, nor less.
      const fits = whole ? fitZoom(box, area) : Infinity;
      const least = Math.min(legible, fits);
      const most = Math.max(least, fits);
      const fine = zoom >= least && zoom <= most && inView(box, { ...view, zoom }, area);
      if (!always && fine && !flying) return;
      const target = Math.min(Math.max(zoom, least), most);
      const shown = roomShown(box, room, target, area);
      flight.current = { zoom: target, until: performance.now() + FLIGHT_MS };
      // The middle of what is shown at the middle of the area.
      const x = (area.left + area.right) / 2 - (shown.x + shown.width / 2) * target;
      const y = (area.top + area.bottom) / 2 - (shown.y + shown.height / 2) * target;
      void flow.setViewport({ x, y, zoom: target }, { duration: FLIGHT_MS });
    };
    // On a step of its own the move starts at once; the first one waits for the canvas's fit.
    const timer = window.setTimeout(move, resized || first.current ? AFTER_FIT_MS : 0);
    first.current = false;
    return () => window.clearTimeout(timer);
  }, [on, key, roomKey, step, flow, size, width, height, always, legible, whole, top]);
}

/** Projector mode in the lecture: each step's part of the diagram comes to the middle. */
export function useProjectorFocus(on: boolean, step: number): void {
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const focus = graph ? stepFocus(graph, step) : null;
  useProjectorCamera(on, focus, true, step);
}

/**
 * Without projector mode the canvas's zoom buttons float over its top-left corner, their bottom
 * edge 48 px down (canvas/fit-view.ts): what the camera brings into view stays below them.
 */
const CANVAS_BUTTONS_CLEAR = 56;

/**
 * The lecture without projector mode: the canvas, fitted whole when the lecture starts, would
 * draw the Pod's words at 9 px above the caption. Each step's part is brought into view, whole,
 * at a zoom that draws its words at 12 px or more where it fits so; the camera moves only when
 * the part is out of view or drawn smaller, and the instructor's zoom holds while the part fits.
 */
export function useLectureFocus(on: boolean, step: number): void {
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const focus = graph ? lectureFocus(graph, step) : null;
  useProjectorCamera(on, focus?.box ?? null, false, step, {
    zoom: LECTURE_ZOOM,
    whole: true,
    room: focus?.room,
    top: CANVAS_BUTTONS_CLEAR,
  });
}
