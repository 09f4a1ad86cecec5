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

/**
 * In projector mode each step brings its part of the diagram to the middle of the screen. The
 * zoom the instructor chose holds from step to step; it is raised only where the text would be
 * drawn under 18 px.
 */
export function useProjectorFocus(on: boolean, step: number): void {
  const flow = useReactFlow();
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const size = useStore((s) => `${s.width}x${s.height}`);
  const lastSize = useRef(size);
  // The first move after projector mode is turned on waits for the canvas's fit, too.
  const first = useRef(true);
  useEffect(() => {
    if (!on) first.current = true;
    if (!on || !graph) return;
    const focus = stepFocus(graph, step);
    if (!focus) return;
    const resized = lastSize.current !== size;
    lastSize.current = size;
    const move = () => {
      const zoom = Math.max(flow.getZoom(), PROJECTOR_ZOOM);
      void flow.setCenter(focus.x + focus.width / 2, focus.y + focus.height / 2, {
        zoom,
        duration: 300,
      });
    };
    // On a step of its own the move starts at once; the first one waits for the canvas's fit.
    const timer = window.setTimeout(move, resized || first.current ? AFTER_FIT_MS : 0);
    first.current = false;
    return () => window.clearTimeout(timer);
  }, [on, step, graph, flow, size]);
}
