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

/** React Flow's chrome and the problem badges, which have no place on a slide. */
const LEFT_OUT = [
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'react-flow__handle',
  'react-flow__attribution',
  'react-flow__background',
  'pb-badge',
];

function keep(node: HTMLElement): boolean {
  const classes = node.classList;
  return !classes || !LEFT_OUT.some((name) => classes.contains(name));
}

const TRANSLATE = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/;

/** The smallest rectangle holding all of them; null when there are none. */
function enclosing(rects: Iterable<Rect | null>): Rect | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    if (!r) continue;
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The nodes' bounds read from the DOM: React Flow places each node at its absolute position. */
export function measureNodeBounds(viewport: Element): Rect | null {
  const nodes = [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')];
  return enclosing(
    nodes.map((node) => {
      const match = TRANSLATE.exec(node.style.transform);
      if (!match) return null;
      const [x, y] = [Number(match[1]), Number(match[2])];
      return { x, y, width: node.offsetWidth, height: node.offsetHeight };
    }),
  );
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
  const drawn = [...viewport.querySelectorAll('.react-flow__node *, .pb-edge-tag')];
  return enclosing(
    drawn.map((element) => {
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return null;
      return {
        x: (r.left - origin.left) / zoom,
        y: (r.top - origin.top) / zoom,
        width: r.width / zoom,
        height: r.height / zoom,
      };
    }),
  );
}

/**
 * A `data:image/svg+xml` URL's document as a Blob, its whole picture painted `background` first.
 * (Given to html-to-image, the colour would paint the viewport element's own box, which the
 * export moves and scales: the picture's corner stayed bare and the colour ran past its edge.)
 */
function svgDataUrlToBlob(url: string, background: string): Blob {
  const comma = url.indexOf(',');
  const header = url.slice(0, comma);
  const body = url.slice(comma + 1);
  const text = header.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
  const open = text.indexOf('>', text.indexOf('<svg')) + 1;
  const fill = background.replace(/"/g, '');
  const painted =
    open > 0
      ? `${text.slice(0, open)}<rect width="100%" height="100%" fill="${fill}"/>${text.slice(open)}`
      : text;
  return new Blob([painted], { type: 'image/svg+xml' });
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
  const bounds = enclosing([nodes, drawnBounds(viewport)])!;

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

  if (format === 'svg') {
    const { backgroundColor: background, ...unpainted } = settings;
    return svgDataUrlToBlob(await toSvg(viewport, unpainted), background);
  }
  const blob = await toBlob(viewport, { ...settings, pixelRatio: 2 });
  if (!blob) throw new Error('The browser could not draw the diagram.');
  return blob;
}
