import { getViewportForBounds, type Rect } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';

export type DiagramFormat = 'png' | 'svg';

export interface ExportOptions {
  /** The nodes' bounds in flow coordinates (React Flow's `getNodesBounds`); else measured. */
  bounds?: Rect;
  /** Space around the diagram, in flow pixels. Default 24. */
  padding?: number;
  /** Default: the page's background colour, so the export matches the theme. */
  backgroundColor?: string;
}

/** React Flow's chrome, which has no place on a slide. */
const LEFT_OUT = [
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'react-flow__handle',
  'react-flow__attribution',
  'react-flow__background',
];

function keep(node: HTMLElement): boolean {
  const classes = node.classList;
  return !classes || !LEFT_OUT.some((name) => classes.contains(name));
}

const TRANSLATE = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/;

/** The nodes' bounds read from the DOM: React Flow places each node at its absolute position. */
export function measureNodeBounds(viewport: Element): Rect | null {
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const match = TRANSLATE.exec(node.style.transform);
    if (!match) continue;
    const x = Number(match[1]);
    const y = Number(match[2]);
    const x1 = x + node.offsetWidth;
    const y1 = y + node.offsetHeight;
    box = box
      ? {
          x0: Math.min(box.x0, x),
          y0: Math.min(box.y0, y),
          x1: Math.max(box.x1, x1),
          y1: Math.max(box.y1, y1),
        }
      : { x0: x, y0: y, x1, y1 };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

/**
 * What is drawn beyond the nodes' boxes (the Pod's name above its frame, a mount's tag beside
 * its container), in flow coordinates, as laid out on screen; null when nothing is laid out.
 */
export function drawnBounds(viewport: HTMLElement): Rect | null {
  const origin = viewport.getBoundingClientRect();
  const transform = getComputedStyle(viewport).transform;
  const zoom =
    typeof DOMMatrixReadOnly === 'function' && transform && transform !== 'none'
      ? new DOMMatrixReadOnly(transform).a
      : 1;
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const element of viewport.querySelectorAll('.react-flow__node *, .pb-edge-tag')) {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x0 = (r.left - origin.left) / zoom;
    const y0 = (r.top - origin.top) / zoom;
    const x1 = (r.right - origin.left) / zoom;
    const y1 = (r.bottom - origin.top) / zoom;
    box = box
      ? {
          x0: Math.min(box.x0, x0),
          y0: Math.min(box.y0, y0),
          x1: Math.max(box.x1, x1),
          y1: Math.max(box.y1, y1),
        }
      : { x0, y0, x1, y1 };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

/** The smallest rectangle holding both. */
function union(a: Rect, b: Rect | null): Rect {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** A `data:image/svg+xml` URL's document as a Blob. */
function svgDataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const header = url.slice(0, comma);
  const body = url.slice(comma + 1);
  const text = header.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  return new Blob([text], { type: 'image/svg+xml' });
}

/**
 * The Pod diagram as an image for slides: the React Flow viewport inside `element` (or
 * `element` itself), fitted to the nodes at their natural size, without the minimap or the
 * controls. PNG at twice the resolution; SVG as a vector document.
 */
export async function exportDiagram(
  element: HTMLElement,
  format: DiagramFormat,
  options: ExportOptions = {},
): Promise<Blob> {
  const viewport = element.matches('.react-flow__viewport')
    ? element
    : element.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport) throw new Error('There is no diagram to export.');
  const nodes = options.bounds ?? measureNodeBounds(viewport);
  if (!nodes || nodes.width <= 0 || nodes.height <= 0)
    throw new Error('The diagram is empty: there is nothing to export.');
  const bounds = union(nodes, drawnBounds(viewport));

  const padding = options.padding ?? 24;
  const width = Math.ceil(bounds.width + 2 * padding);
  const height = Math.ceil(bounds.height + 2 * padding);
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 1, 1, 0);
  const backgroundColor =
    options.backgroundColor ?? getComputedStyle(document.body).backgroundColor ?? '#ffffff';
  const settings = {
    backgroundColor,
    width,
    height,
    filter: keep,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${x}px, ${y}px) scale(${zoom})`,
    },
  };

  if (format === 'svg') return svgDataUrlToBlob(await toSvg(viewport, settings));
  const blob = await toBlob(viewport, { ...settings, pixelRatio: 2 });
  if (!blob) throw new Error('The browser could not draw the diagram.');
  return blob;
}
