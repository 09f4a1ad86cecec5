import type { Graph } from '../../shared';
import { diagramSvg, type DiagramSvgOptions } from './diagram/diagram-svg';
import type { DiagramTheme } from './diagram/palette';

export type DiagramFormat = 'png' | 'svg';
export type { DiagramTheme };

/** The theme the page is drawn in now: the export's default. */
export function pageTheme(): DiagramTheme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

/** Draws an SVG document at `scale` times its size and encodes it as PNG. */
async function rasterize(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser could not draw the diagram.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not draw the diagram.');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The Pod diagram as an image for slides, drawn from the graph (not copied from the screen): a
 * vector SVG, or a PNG of that SVG at twice its size.
 */
export async function exportDiagram(
  graph: Graph,
  format: DiagramFormat,
  options: DiagramSvgOptions,
): Promise<Blob> {
  const { svg, width, height } = diagramSvg(graph, options);
  if (format === 'svg') return new Blob([svg], { type: 'image/svg+xml' });
  return rasterize(svg, width, height, 2);
}
