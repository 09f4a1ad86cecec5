import type { Page } from 'playwright-core';

/**
 * The contrast of text that axe leaves undecided. On the canvas, React Flow stacks the nodes
 * (the Pod box under its lanes, the lanes under the containers), and axe then reports the text
 * as "incomplete" rather than measure it. This measures it as the eye sees it: the colours of
 * every element under the text's middle, composited from the page up, and the text's colour
 * faded by the opacity of the element and its ancestors. Returns one line per text under
 * 4.5:1 (3:1 for large text); text a dialog covers is not seen, and not measured.
 */
export async function lowContrastText(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((targets) => {
    type Rgba = [number, number, number, number];
    const parse = (color: string): Rgba => {
      const m = color.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3] + below[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const opacityOf = (element: Element | null): number => {
      let value = 1;
      for (let e = element; e; e = e.parentElement) value *= Number(getComputedStyle(e).opacity);
      return value;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const found: string[] = [];
    for (const selector of targets) {
      const element = document.querySelector(selector);
      if (!(element instanceof HTMLElement) && !(element instanceof SVGElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(element);
      const rect = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      if (!rect) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      // Text under a dialog on the canvas (the mount prompt) is hidden there, not faint.
      const dialog = document.elementFromPoint(x, y)?.closest('[role="dialog"], dialog');
      if (dialog && !dialog.contains(element)) continue;
      // From the page's background up to the text's own element.
      let background: Rgba = parse(getComputedStyle(document.body).backgroundColor);
      if (background[3] < 1) background = over(background, [255, 255, 255, 1]);
      for (const below of document.elementsFromPoint(x, y).reverse()) {
        const style = getComputedStyle(below);
        // An SVG shape paints its fill; the other SVG elements (lines, text) paint nothing here.
        const shape = below instanceof SVGGeometryElement && below.tagName !== 'path';
        if (!(below instanceof SVGElement) || below instanceof SVGSVGElement || shape) {
          const fill = parse(shape ? style.fill : style.backgroundColor);
          fill[3] *= opacityOf(below) * (shape ? Number(style.fillOpacity) : 1);
          background = over(fill, background);
        }
        if (below === element) break;
      }
      const style = getComputedStyle(element);
      const ink = parse(element instanceof SVGElement ? style.fill : style.color);
      ink[3] *= opacityOf(element);
      const text = over(ink, background);
      const [l1, l2] = [luminance(text), luminance(background)].sort((a, b) => b - a);
      const ratio = (l1! + 0.05) / (l2! + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        const words = (element.textContent ?? '').trim().slice(0, 40);
        found.push(`"${words}" at ${selector}: ${ratio.toFixed(2)}:1`);
      }
    }
    return found;
  }, selectors);
}
