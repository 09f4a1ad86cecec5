import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import { goodModelOf, usePod } from '../store/pod-store';
import { podViewport } from './fit-view';

interface Placed {
  type?: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
  measured?: { width?: number; height?: number };
  parentId?: string;
}

/**
 * The box around what the canvas draws: the nodes that stand alone (the Pod, the kubelet, the
 * objects the Pod needs beside it).
 */
export function graphBounds(nodes: readonly Placed[]) {
  const tops = nodes.filter((n) => n.parentId === undefined);
  if (tops.length === 0) return null;
  const x = Math.min(...tops.map((n) => n.position.x));
  const y = Math.min(...tops.map((n) => n.position.y));
  const right = Math.max(...tops.map((n) => n.position.x + (n.width ?? n.measured?.width ?? 0)));
  const bottom = Math.max(...tops.map((n) => n.position.y + (n.height ?? n.measured?.height ?? 0)));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The view that fits the Pod, `nodes` (the Pod's own nodes, hidden ones too), with the objects
 * it needs, `beside`, in a canvas `width` × `height` pixels (see podViewport): the one view the
 * canvas keeps by itself and View › Fit goes to.
 */
export function podView(
  nodes: readonly Placed[],
  beside: readonly Placed[],
  width: number,
  height: number,
  corner?: Corner,
): Viewport | null {
  const pod = graphBounds(nodes);
  const all = graphBounds([...nodes, ...beside]);
  if (!pod || !all || width === 0 || height === 0) return null;
  return podViewport(pod, all, width, height, corner);
}

/** What floats over the canvas's bottom-right corner (the minimap), if anything. */
type Corner = { width: number; height: number } | undefined;

const sameView = (a: Viewport, b: Viewport) =>
  Math.abs(a.zoom - b.zoom) < 1e-3 && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;

/**
 * Keeps the whole Pod in view: fitted again when a file or template is opened, and, while the
 * view is the fitted one, when the Pod grows or shrinks and when the canvas changes size. A
 * view the user chose (zoomed, panned) is theirs: it stays until they fit again or open
 * another document. The fit is instant, so that a change arriving mid-animation is never taken
 * for the user's own zoom.
 */
export function useAutoFit(beside: readonly Placed[], corner?: Corner): void {
  const graph = usePod((s) => goodModelOf(s)?.graph);
  const opened = usePod((s) => s.opened);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // As text: a new graph that moves nothing fits nothing again.
  const fitted = useMemo(
    () => JSON.stringify(podView(graph?.nodes ?? [], beside, width, height, corner)),
    [graph, beside, width, height, corner],
  );
  const flow = useReactFlow();
  const canvas = useStoreApi();
  // The fitted view of the canvas as it was at the last change, and the document it was for.
  const last = useRef<{ fit: Viewport; opened: number } | null>(null);

  useEffect(() => {
    const fit = JSON.parse(fitted) as Viewport | null;
    if (!fit) return;
    const [vx, vy, zoom] = canvas.getState().transform;
    const previous = last.current;
    const wasFitted =
      previous === null ||
      previous.opened !== opened ||
      sameView({ x: vx, y: vy, zoom }, previous.fit);
    last.current = { fit, opened };
    if (wasFitted && !sameView({ x: vx, y: vy, zoom }, fit)) void flow.setViewport(fit);
  }, [fitted, opened, flow, canvas]);
}

/**
 * Fits the whole Pod in view now, as View › Fit and the canvas's fit button do: the same view
 * the canvas keeps by itself (see podView), `duration` ms to get there.
 */
export function useFitPod(corner?: Corner): (duration?: number) => void {
  const flow = useReactFlow();
  const canvas = useStoreApi();
  return useCallback(
    (duration?: number) => {
      const { width, height } = canvas.getState();
      const shown = flow.getNodes();
      const fit = podView(
        shown.filter((n) => n.type !== 'neighbour'),
        shown.filter((n) => n.type === 'neighbour'),
        width,
        height,
        corner,
      );
      if (fit) void flow.setViewport(fit, { duration });
    },
    [flow, canvas, corner],
  );
}
