import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { Box, Graph } from '../../shared';
import { goodModelOf, usePod } from '../store/pod-store';
import { absoluteBoxes } from './diagram/diagram-svg';
import { LECTURE_STEPS, revealKindOf } from './lecture-steps';

/**
 * The zoom at which the smallest text on the canvas, the 10 px order badge of an init container,
 * is drawn at least 18 CSS px high (18.5, clear of rounding in the zoom's animation): legible from
 * the back of a room on a 1280 × 720 projector.
 */
export const PROJECTOR_ZOOM = 1.85;

/** The Pod's name line and the top of its frame: what the first step is about. */
const POD_HEAD = { height: 150, width: 520, rise: 30 };

/** The part of the diagram a lecture step introduces, in flow coordinates; null when absent. */
export function stepFocus(graph: Graph, step: number): Box | null {
  const kind = LECTURE_STEPS[step]?.kind;
  const boxes = absoluteBoxes(graph.nodes);
  if (kind === 'pod') {
    const pod = graph.nodes.find((n) => n.type === 'pod');
    const box = pod && boxes.get(pod.id);
    if (!box) return null;
    const { height, width, rise } = POD_HEAD;
    return { x: box.x, y: box.y - rise, width: Math.min(box.width, width), height };
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
 * When the canvas changes size (the lecture starts, projector mode is turned on) it fits the whole
 * Pod in view, in two frames and 300 ms: the step's move waits until that is over.
 */
const AFTER_FIT_MS = 700;

/** Whether `box` lies inside the part of the flow shown, with a margin of `pad` screen pixels. */
function inView(
  box: Box,
  view: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
  pad = 24,
): boolean {
  const left = (pad - view.x) / view.zoom;
  const top = (pad - view.y) / view.zoom;
  const right = (size.width - pad - view.x) / view.zoom;
  const bottom = (size.height - pad - view.y) / view.zoom;
  return (
    box.x >= left && box.y >= top && box.x + box.width <= right && box.y + box.height <= bottom
  );
}

/** How long the camera takes to move to the next part. */
const FLIGHT_MS = 300;

/**
 * In projector mode the camera brings `focus` (a part of the diagram, in flow coordinates) to the
 * middle of the screen. The zoom the instructor chose holds; it is raised only where the text
 * would be drawn under 18 px. With `always` false the camera moves only when it must: the focus
 * is out of view, or drawn too small. It looks again at each `step`.
 */
export function useProjectorCamera(
  on: boolean,
  focus: Box | null,
  always: boolean,
  step: number,
): void {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const size = `${width}x${height}`;
  const lastSize = useRef(size);
  // The first move after projector mode is turned on waits for the canvas's fit, too.
  const first = useRef(true);
  // The camera's move in progress: where its zoom is going, and until when.
  const flight = useRef<{ zoom: number; until: number } | null>(null);
  // The box as a key: a new object with the same place is not a new step.
  const key = focus ? [focus.x, focus.y, focus.width, focus.height].join(',') : '';
  useEffect(() => {
    if (!on) first.current = true;
    if (!on || !key) return;
    const [x = 0, y = 0, w = 0, h = 0] = key.split(',').map(Number);
    const box = { x, y, width: w, height: h };
    const resized = lastSize.current !== size;
    lastSize.current = size;
    const move = () => {
      const view = flow.getViewport();
      // Mid-flight, d3's transition has zoomed out on its way: the zoom is the flight's target.
      const flying = flight.current !== null && performance.now() < flight.current.until;
      const zoom = flying ? flight.current!.zoom : view.zoom;
      const fine = zoom >= PROJECTOR_ZOOM && inView(box, { ...view, zoom }, { width, height });
      if (!always && fine && !flying) return;
      const target = Math.max(zoom, PROJECTOR_ZOOM);
      flight.current = { zoom: target, until: performance.now() + FLIGHT_MS };
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: target,
        duration: FLIGHT_MS,
      });
    };
    // On a step of its own the move starts at once; the first one waits for the canvas's fit.
    const timer = window.setTimeout(move, resized || first.current ? AFTER_FIT_MS : 0);
    first.current = false;
    return () => window.clearTimeout(timer);
  }, [on, key, step, flow, size, width, height, always]);
}

/** Projector mode in the lecture: each step's part of the diagram comes to the middle. */
export function useProjectorFocus(on: boolean, step: number): void {
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const focus = graph ? stepFocus(graph, step) : null;
  useProjectorCamera(on, focus, true, step);
}
