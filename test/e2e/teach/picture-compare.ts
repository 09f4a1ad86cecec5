import type { Browser } from 'playwright-core';

export type Box = [left: number, top: number, right: number, bottom: number];

export interface Picture {
  width: number;
  height: number;
  /** Share of pixels not of the background colour (the top left pixel's). */
  inked: number;
  /** Per named colour: how many pixels are of it, and the box holding them. */
  colours: Record<string, { count: number; box: Box | null }>;
  /** Share of pixels that differ from the other picture's by more than a quarter of the range. */
  differing: number;
}

/** A colour's box is made of cells this wide holding 3 pixels of it or more. */
const CELL = 4;

/**
 * Two PNGs of one drawing, read in a page's canvas. A thin line's anti-aliased edge is drawn a
 * shade apart by each renderer while its body is not, so a colour's box counts only the cells of
 * `CELL` pixels that hold several pixels of it, each within 16 of the colour on every channel.
 */
export async function comparePictures(
  browser: Browser,
  pngs: [Buffer, Buffer],
  colours: Record<string, string>,
): Promise<[Picture, Picture]> {
  const page = await browser.newPage();
  const result = await page.evaluate(
    async ({ images, colours, cell }) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const targets = Object.entries(colours).map(([name, hex]) => ({ name, rgb: rgb(hex) }));
      const [first, second] = await Promise.all(images.map(decode));
      return [first!, second!].map((data, which) => {
        const other = (which === 0 ? second! : first!).data;
        const px = data.data;
        const bg = [px[0]!, px[1]!, px[2]!];
        const columns = Math.ceil(data.width / cell);
        const counts = targets.map(() => new Map<number, number>());
        let inked = 0;
        let differing = 0;
        for (let y = 0; y < data.height; y++) {
          for (let x = 0; x < data.width; x++) {
            const i = 4 * (y * data.width + x);
            const p = [px[i]!, px[i + 1]!, px[i + 2]!];
            if (p.some((v, c) => Math.abs(v - bg[c]!) > 24)) inked++;
            if (p.some((v, c) => Math.abs(v - other[i + c]!) > 64)) differing++;
            targets.forEach((t, k) => {
              if (p.some((v, c) => Math.abs(v - t.rgb[c]!) > 16)) return;
              const at = Math.floor(y / cell) * columns + Math.floor(x / cell);
              counts[k]!.set(at, (counts[k]!.get(at) ?? 0) + 1);
            });
          }
        }
        const found: Record<
          string,
          { count: number; box: [number, number, number, number] | null }
        > = {};
        targets.forEach((t, k) => {
          let box: [number, number, number, number] | null = null;
          let count = 0;
          for (const [at, n] of counts[k]!) {
            count += n;
            if (n < 3) continue;
            const [x, y] = [(at % columns) * cell, Math.floor(at / columns) * cell];
            box = box
              ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
              : [x, y, x, y];
          }
          found[t.name] = { count, box };
        });
        const total = data.width * data.height;
        return {
          width: data.width,
          height: data.height,
          inked: inked / total,
          colours: found,
          differing: differing / total,
        };
      });
    },
    { images: pngs.map((png) => png.toString('base64')), colours, cell: CELL },
  );
  await page.close();
  return [result[0]!, result[1]!];
}
