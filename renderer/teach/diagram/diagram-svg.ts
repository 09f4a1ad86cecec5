import { getSmoothStepPath, Position } from '@xyflow/react';
import {
  handOffLabel,
  LAYOUT,
  mountRoute,
  type Box,
  type Graph,
  type GraphEdge,
  type GraphNode,
} from '../../../shared';
import { PALETTES, type DiagramTheme } from './palette';
import {
  box,
  centred,
  element,
  measureText,
  pill,
  pillWidth,
  text,
  type Font,
  type Measure,
} from './svg-text';
import { containerSvg, kubeletSvg, laneSvg, networkSvg, podSvg, volumeSvg } from './nodes';
import type { Pen } from './chips';
import { captionRoom, namesInGraph } from '../../canvas/nodes/in-view';

export interface DiagramSvgOptions {
  theme: DiagramTheme;
  /** Space around the drawing. Default 24. */
  padding?: number;
  /** How wide a text is drawn; by default measured in the browser's fonts. */
  measure?: Measure;
}

export interface DiagramSvg {
  svg: string;
  width: number;
  height: number;
}

/** How far a handle's connection point stands outside its node (app.css: 10 px, centred). */
const HANDLE_REACH = 5;
/** The Pod's title line stands 30 px above its frame (app.css `.pb-pod__title`). */
const TITLE_RISE = 30;

/** Every node's absolute box: the graph places children relative to their parent. */
export function absoluteBoxes(nodes: readonly GraphNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box>();
  const place = (node: GraphNode): Box => {
    const known = boxes.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const origin = parent ? place(parent) : { x: 0, y: 0 };
    const placed = {
      x: origin.x + node.position.x,
      y: origin.y + node.position.y,
      width: node.width,
      height: node.height,
    };
    boxes.set(node.id, placed);
    return placed;
  };
  nodes.forEach(place);
  return boxes;
}

/**
 * Where an edge meets a node's handle, as React Flow computes it for the canvas. A lane's left
 * handle is level with its first row (LaneNode), not with its middle: the init containers'
 * hand-off arrives beside the main container however tall the lane is.
 */
function handlePoint(
  b: Box,
  handle: string | undefined,
  lane = false,
): { x: number; y: number; side: Position } {
  switch (handle) {
    case 'top':
      return { x: b.x + b.width / 2, y: b.y - HANDLE_REACH, side: Position.Top };
    case 'right':
      return { x: b.x + b.width + HANDLE_REACH, y: b.y + b.height / 2, side: Position.Right };
    case 'left':
      return {
        x: b.x - HANDLE_REACH,
        y: lane ? b.y + LAYOUT.laneHeader + LAYOUT.containerHeight / 2 : b.y + b.height / 2,
        side: Position.Left,
      };
    default:
      return { x: b.x + b.width / 2, y: b.y + b.height + HANDLE_REACH, side: Position.Bottom };
  }
}

const TAG_FONT: Font = { size: 11, mono: true };
const TAG_HEIGHT = 18;
const BADGE_FONT: Font = { size: 9.5, bold: true };

/** An edge's tag (EdgeTag on the canvas): a mount path, "exits 0 →", centred on `centreX`. */
function tag(
  pen: Pen,
  centreX: number,
  top: number,
  label: { text: string; bold: boolean; badge?: string },
  colours: { fill: string; stroke?: string; text: string },
  minWidth?: number,
): { svg: string; box: Box } {
  const font = { ...TAG_FONT, bold: label.bold };
  const runs = [{ text: label.text, color: colours.text }];
  const badgeW = label.badge ? pen.measure(label.badge, BADGE_FONT) + 8 : 0;
  const style = {
    ...colours,
    height: TAG_HEIGHT,
    radius: 6,
    padX: 7,
    trailing: label.badge ? 6 + badgeW : 0,
    minWidth,
  };
  const left = centreX - pillWidth(runs, font, style, pen.measure) / 2;
  const drawn = pill(left, top, runs, font, style, pen.measure);
  let svg = drawn.svg;
  if (label.badge) {
    const bx = left + drawn.width - 7 - badgeW;
    const middle = top + TAG_HEIGHT / 2;
    svg +=
      box(bx, middle - 6.5, badgeW, 13, { fill: colours.text, radius: 3 }) +
      text(
        bx + badgeW / 2,
        centred(middle, 9.5),
        BADGE_FONT,
        { text: label.badge, color: pen.palette.surface },
        'middle',
      );
  }
  return { svg, box: { x: left, y: top, width: drawn.width, height: TAG_HEIGHT } };
}

/** React Flow's closed arrowhead at `(x, y)`, pointing into the side it ends on. */
function arrowhead(x: number, y: number, side: Position, colour: string): string {
  const [dx, dy] =
    side === Position.Left
      ? [1, 0]
      : side === Position.Right
        ? [-1, 0]
        : side === Position.Top
          ? [0, 1]
          : [0, -1];
  const [bx, by] = [x - dx * 7, y - dy * 7];
  const points = [
    [x, y],
    [bx - dy * 5.5, by + dx * 5.5],
    [bx + dy * 5.5, by - dx * 5.5],
  ];
  return element('polygon', { points: points.map((p) => p.join(',')).join(' '), fill: colour });
}

function edgeSvg(
  pen: Pen,
  edge: GraphEdge,
  boxes: Map<string, Box>,
  lanes: ReadonlySet<string>,
): { path: string; tag?: { svg: string; box: Box } } {
  const from = boxes.get(edge.source);
  const to = boxes.get(edge.target);
  if (!from || !to) return { path: '' };
  const s = handlePoint(from, edge.sourceHandle);
  const t = handlePoint(to, edge.targetHandle, lanes.has(edge.target));
  const ends = {
    sourceX: s.x,
    sourceY: s.y,
    sourcePosition: s.side,
    targetX: t.x,
    targetY: t.y,
    targetPosition: t.side,
  };
  const p = pen.palette;
  if (edge.type === 'mount') {
    const colours = { fill: p['volume-soft'], stroke: p.volume, text: p.volume };
    const label = (m: { mountPath: string; readOnly: boolean }) => ({
      text: m.mountPath,
      bold: false,
      badge: m.readOnly ? 'RO' : undefined,
    });
    const columnWidth = Math.max(
      ...edge.data.column.map((m) => tag(pen, 0, 0, label(m), colours).box.width),
    );
    const indexes = edge.data.column.map((m) => m.index);
    const route = mountRoute({
      sourceX: s.x,
      sourceY: s.y,
      targetX: t.x,
      targetY: t.y,
      index: edge.data.index,
      first: Math.min(...indexes),
      last: Math.max(...indexes),
      columnWidth,
      busY: edge.data.busY,
    });
    return {
      path: element('path', { d: route.path, fill: 'none', stroke: p.volume, 'stroke-width': 2 }),
      tag: tag(pen, route.tagX, route.tagY, label(edge.data), colours, columnWidth),
    };
  }
  const [d, labelX, labelY] = getSmoothStepPath(ends);
  const down = s.side === Position.Bottom && t.side === Position.Top;
  const label = handOffLabel(down, { x: labelX, y: labelY }, t);
  return {
    path:
      element('path', {
        d,
        fill: 'none',
        stroke: p['role-init'],
        // 2, not the canvas's 1.8: on whole pixels, librsvg and Chromium fill a thin line alike.
        'stroke-width': 2,
        'stroke-dasharray': '5 4',
      }) + arrowhead(t.x, t.y, t.side, p['role-init']),
    tag: tag(
      pen,
      label.x,
      label.y - TAG_HEIGHT / 2,
      { text: edge.data.label, bold: true },
      { fill: p['role-init-soft'], text: p['role-init'] },
    ),
  };
}

function enclose(boxes: Iterable<Box>): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The Pod diagram as a vector drawing, from the graph the canvas shows (its nodes' places and
 * sizes), in the chosen theme: the Pod alone, without selection, focus, handles, problem badges
 * or a simulation's state. Shapes, paths and text only, with named fonts, so that it opens the
 * same in a browser, librsvg, Inkscape or a slide tool.
 */
export function diagramSvg(graph: Graph, options: DiagramSvgOptions): DiagramSvg {
  if (graph.nodes.length === 0)
    throw new Error('The diagram is empty: there is nothing to export.');
  const pen: Pen = { palette: PALETTES[options.theme], measure: options.measure ?? measureText };
  const padding = options.padding ?? 24;
  const boxes = absoluteBoxes(graph.nodes);
  const layer = (types: GraphNode['type'][]) =>
    graph.nodes
      .filter((n) => types.includes(n.type))
      .map((node) => {
        const { x, y } = boxes.get(node.id)!;
        switch (node.type) {
          case 'pod':
            return podSvg(pen, { node, x, y });
          case 'network':
            return networkSvg(pen, { node, x, y });
          case 'lane':
            return laneSvg(pen, { node, x, y }, captionRoom(graph.nodes, node.id));
          case 'container':
            return containerSvg(pen, { node, x, y }, namesInGraph(graph, 'container'));
          case 'volume':
            return volumeSvg(pen, { node, x, y }, namesInGraph(graph, 'volume'));
          case 'kubelet':
            return kubeletSvg(pen, { node, x, y });
        }
      })
      .join('');
  const lanes = new Set(graph.nodes.flatMap((n) => (n.type === 'lane' ? [n.id] : [])));
  const edges = graph.edges.map((edge) => edgeSvg(pen, edge, boxes, lanes));
  const pod = graph.nodes.find((n) => n.type === 'pod');
  const drawn = enclose([
    ...boxes.values(),
    ...edges.flatMap((e) => (e.tag ? [e.tag.box] : [])),
    ...(pod ? [{ ...boxes.get(pod.id)!, y: boxes.get(pod.id)!.y - TITLE_RISE }] : []),
  ]);
  const width = Math.ceil(drawn.width + 2 * padding);
  const height = Math.ceil(drawn.height + 2 * padding);
  const shift = `translate(${padding - drawn.x} ${padding - drawn.y})`;
  // The canvas's stacking: frames, then edges and their tags, then containers and volumes.
  const body =
    layer(['pod', 'network', 'lane']) +
    edges.map((e) => e.path + (e.tag?.svg ?? '')).join('') +
    layer(['container', 'volume', 'kubelet']);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        version: '1.1',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
      },
      box(0, 0, width, height, { fill: pen.palette.bg }) + element('g', { transform: shift }, body),
    ) +
    '\n';
  return { svg, width, height };
}
