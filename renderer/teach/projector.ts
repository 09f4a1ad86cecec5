import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { Box } from '../../shared';
import { goodModelOf, usePod } from '../store/pod-store';
import { stepSubject, unionBox } from './step-subject';

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

/**
 * When the canvas changes size (the lecture starts, projector mode is turned on) it fits the whole
 * Pod in view, in two frames and 300 ms: the step's move waits until that is over.
 */
const AFTER_FIT_MS = 700;

/** The margin kept around the focus, in screen pixels. */
const PAD = 24;

/** The part of the canvas, in screen pixels, where the camera puts what it brings into view. */
export interface Area {
  /** The whole canvas. */
  width: number;
  height: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The canvas `width` × `height` less the margin, and `top` pixels at its top. */
export const areaOf = (width: number, height: number, top = PAD): Area => ({
  width,
  height,
  left: PAD,
  top,
  right: width - PAD,
  bottom: height - PAD,
});

/**
 * Whether `box` lies inside the part of the flow shown in `area`, give or take half a pixel: a box
 * the camera put at the area's edge is in view there, whichever way the arithmetic rounds.
 */
function inView(box: Box, view: { x: number; y: number; zoom: number }, area: Area): boolean {
  const [x, y, zoom] = [view.x, view.y, view.zoom];
  return (
    x + box.x * zoom >= area.left - 0.5 &&
    y + box.y * zoom >= area.top - 0.5 &&
    x + (box.x + box.width) * zoom <= area.right + 0.5 &&
    y + (box.y + box.height) * zoom <= area.bottom + 0.5
  );
}

/** The largest zoom at which `box` fits in `area`. */
function fitZoom(box: Box, area: Area): number {
  return Math.min(
    (area.right - area.left) / Math.max(box.width, 1),
    (area.bottom - area.top) / Math.max(box.height, 1),
  );
}

/**
 * What the view shows of `room` at `zoom`: `box` whole, and around it as much of `room` as `area`
 * holds, as near the room's top-left as keeps the box whole.
 */
function roomShown(box: Box, room: Box, zoom: number, area: Area): Box {
  const width = Math.min(room.width, Math.max(box.width, (area.right - area.left) / zoom));
  const height = Math.min(room.height, Math.max(box.height, (area.bottom - area.top) / zoom));
  return {
    x: Math.max(room.x, box.x + box.width - width),
    y: Math.max(room.y, box.y + box.height - height),
    width,
    height,
  };
}

/**
 * The offset along one axis, from `offset`, at which no card (`cards`, from and to, in flow
 * units) is cut by the canvas's edges (0 and `size`), moved as little as can be, and within
 * `least` and `most` (where the box stays whole); `offset` where there is none.
 */
function uncut(
  offset: number,
  zoom: number,
  size: number,
  cards: readonly (readonly [number, number])[],
  least: number,
  most: number,
): number {
  const cut = (at: number) =>
    cards.some(([from, to]) => {
      const [a, b] = [at + from * zoom, at + to * zoom];
      return (a < -0.5 && b > 0.5) || (a < size - 0.5 && b > size + 0.5);
    });
  if (!cut(offset)) return offset;
  // A card at an edge goes wholly in or wholly out: each of those is a candidate.
  const tries = cards
    .flatMap(([from, to]) => [-from * zoom, -to * zoom, size - from * zoom, size - to * zoom])
    .filter((at) => at >= least - 0.5 && at <= most + 0.5)
    .sort((a, b) => Math.abs(a - offset) - Math.abs(b - offset));
  return tries.find((at) => !cut(at)) ?? offset;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface CameraAim {
  /** The zoom the words need. */
  legible: number;
  /** Whether the box is to stay whole in view, at a smaller zoom where it must. */
  whole: boolean;
  /** Whether to move even when the box is in view at a zoom that suits it. */
  always: boolean;
}

/**
 * Where the camera goes to bring `box` into `area` from the view `view`; null where it stays.
 * The zoom of the view holds; it is raised only where the words would be drawn under
 * `aim.legible`, and with `aim.whole` lowered only where the box would not fit. Each of `extra`
 * (the rest of the part beyond its words, words that belong to it but stand apart), in turn,
 * joins the box where the two fit at LECTURE_ZOOM or more (the canvas's smallest words at 12 px,
 * the bands' at 16), and is otherwise shown as far as there is room; `room` is shown as far as
 * there is room.
 */
export function cameraView(
  view: Viewport,
  area: Area,
  focus: { box: Box; room?: Box | null; extra?: readonly Box[]; cards?: readonly Box[] },
  aim: CameraAim,
): Viewport | null {
  let box = focus.box;
  let room = unionBox([box, ...(focus.room ? [focus.room] : [])])!;
  for (const extra of focus.extra ?? []) {
    const joined = unionBox([box, extra])!;
    // Whole where the words stay legible (12 px); else the box whole, the rest as it fits.
    if (fitZoom(joined, area) >= Math.min(aim.legible, LECTURE_ZOOM)) box = joined;
    room = unionBox([room, joined])!;
  }
  // The zoom the words need; for a box to be whole, no more than fits it, nor less.
  const fits = aim.whole ? fitZoom(box, area) : Infinity;
  const least = Math.min(aim.legible, fits);
  const most = Math.max(least, fits);
  const fine = view.zoom >= least && view.zoom <= most && inView(box, view, area);
  if (!aim.always && fine) return null;
  const zoom = Math.min(Math.max(view.zoom, least), most);
  const shown = roomShown(box, room, zoom, area);
  // The middle of what is shown at the middle of the area…
  const x = (area.left + area.right) / 2 - (shown.x + shown.width / 2) * zoom;
  const y = (area.top + area.bottom) / 2 - (shown.y + shown.height / 2) * zoom;
  // …moved where a card (a container, a volume) would be cut in two at the canvas's edge, which
  // reads as covered (by the caption under the canvas), so long as the box stays whole.
  const cards = focus.cards ?? [];
  const across = cards.map((c) => [c.x, c.x + c.width] as const);
  const down = cards.map((c) => [c.y, c.y + c.height] as const);
  return {
    x: uncut(
      x,
      zoom,
      area.width,
      across,
      area.left - box.x * zoom,
      area.right - (box.x + box.width) * zoom,
    ),
    y: uncut(
      y,
      zoom,
      area.height,
      down,
      area.top - box.y * zoom,
      area.bottom - (box.y + box.height) * zoom,
    ),
    zoom,
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
  /** The rest of the focus, words that belong to it but stand apart (see cameraView). */
  extra?: readonly Box[];
  /** The cards on the canvas (containers, volumes), kept from being cut at its edges. */
  cards?: readonly Box[];
  /** Screen pixels kept clear at the top of the canvas, for what floats there: PAD unless said. */
  top?: number;
}

const keyOf = (box: Box | null | undefined) =>
  box ? [box.x, box.y, box.width, box.height].join(',') : '';

function boxOf(key: string): Box | null {
  if (!key) return null;
  const [x = 0, y = 0, width = 0, height = 0] = key.split(',').map(Number);
  return { x, y, width, height };
}

const boxesOf = (keys: string): Box[] => (keys ? keys.split(';').map((k) => boxOf(k)!) : []);

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
  const roomKey = keyOf(options.room);
  const extraKey = (options.extra ?? []).map(keyOf).join(';');
  const cardsKey = (options.cards ?? []).map(keyOf).join(';');
  useEffect(() => {
    if (!on) first.current = true;
    const box = boxOf(key);
    if (!on || !box) return;
    const area = areaOf(width, height, top);
    const resized = lastSize.current !== size;
    lastSize.current = size;
    const move = () => {
      const view = flow.getViewport();
      // Mid-flight, d3's transition has zoomed out on its way: the zoom is the flight's target.
      const flying = flight.current !== null && performance.now() < flight.current.until;
      const zoom = flying ? flight.current!.zoom : view.zoom;
      const target = cameraView(
        { ...view, zoom },
        area,
        {
          box,
          room: boxOf(roomKey),
          extra: boxesOf(extraKey),
          cards: boxesOf(cardsKey),
        },
        { legible, whole, always: always || flying },
      );
      if (!target) return;
      flight.current = { zoom: target.zoom, until: performance.now() + FLIGHT_MS };
      void flow.setViewport(target, { duration: FLIGHT_MS });
    };
    // On a step of its own the move starts at once; the first one waits for the canvas's fit.
    const timer = window.setTimeout(move, resized || first.current ? AFTER_FIT_MS : 0);
    first.current = false;
    return () => window.clearTimeout(timer);
  }, [
    on,
    key,
    roomKey,
    extraKey,
    cardsKey,
    step,
    flow,
    size,
    width,
    height,
    always,
    legible,
    whole,
    top,
  ]);
}

/** The camera's aim at a lecture step's subject (step-subject.ts), in either mode. */
function useStepCamera(on: boolean, step: number, always: boolean, options: CameraOptions): void {
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const subject = graph ? stepSubject(graph, step) : null;
  useProjectorCamera(on, subject?.box ?? null, always, step, {
    ...options,
    whole: true,
    room: subject?.room,
    extra: subject?.extra,
    cards: subject?.cards,
  });
}

/**
 * Projector mode in the lecture: each step's part of the diagram comes to the middle, its words
 * whole: at 18 px where they fit so, else smaller, as a label cut at the screen's edge is no use.
 */
export function useProjectorFocus(on: boolean, step: number): void {
  useStepCamera(on, step, true, {});
}

/**
 * The lecture without projector mode: the canvas, fitted whole when the lecture starts, would
 * draw the Pod's words at 9 px above the caption. Each step's part is brought into view, whole,
 * at a zoom that draws its words at 12 px or more where it fits so; the camera moves only when
 * the part is out of view or drawn smaller, and the instructor's zoom holds while the part fits.
 */
export function useLectureFocus(on: boolean, step: number): void {
  // The canvas's zoom buttons are in the caption (LectureMode), not over the canvas's corner.
  useStepCamera(on, step, false, { zoom: LECTURE_ZOOM });
}
