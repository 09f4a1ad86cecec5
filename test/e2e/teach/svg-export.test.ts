import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { downloaded, launchBrowser, openApp, closeApp, replaceYaml } from '../support/app';
import { template } from '../../support/templates';
import { parseManifest } from '../../../shared';
import { PALETTES, type DiagramTheme } from '../../../renderer/teach/diagram/palette';
import { anyNode } from './teach-page';
import { comparePictures } from './picture-compare';

/**
 * The exported SVG is a drawing any SVG reader opens: librsvg (`rsvg-convert`, what GNOME, many
 * slide tools and converters use) draws each template's diagram as Chromium does.
 */

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'pod-svg-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

const TEMPLATES = (JSON.parse(template('index.json')) as { file: string }[]).map((t) => t.file);

async function exportSvg(page: Page, theme: DiagramTheme): Promise<string> {
  await page.getByRole('combobox', { name: 'Colours' }).selectOption(theme);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export diagram as SVG', exact: true }).click(),
  ]);
  return (await downloaded(download)).toString('utf8');
}

/** Chromium's picture of the SVG document at its own size, as a PNG. */
async function chromiumPng(svg: string): Promise<Buffer> {
  const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
  const page = await browser.newPage({ viewport: { width: +width!, height: +height! } });
  const url = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img src="${url}" style="display:block"></body>`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.screenshot();
  await page.close();
  return png;
}

describe('the exported SVG opens the same in librsvg as in Chromium', () => {
  it.each(TEMPLATES.map((file, i) => [file, i % 2 === 0 ? 'light' : 'dark'] as const))(
    '%s (%s)',
    async (file, theme) => {
      const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
      const text = template(file);
      await replaceYaml(page, text);
      const name = parseManifest(text).view?.name;
      await anyNode(page, `Pod ${name}`).waitFor();
      const svg = await exportSvg(page, theme);
      await closeApp(page);

      // A drawing, not a web page: no HTML inside, fonts named.
      expect(svg).not.toContain('foreignObject');
      expect(svg).toContain("font-family=\"'DejaVu Sans'");
      expect(svg).toContain(`>${name}</text>`);

      const path = join(dir, file.replace('.yaml', '.svg'));
      await writeFile(path, svg);
      execFileSync('rsvg-convert', [path, '-o', `${path}.png`]);
      const librsvg = await readFile(`${path}.png`);
      const palette = PALETTES[theme];
      const colours = {
        text: palette.text,
        'role-init': palette['role-init'],
        'role-main': palette['role-main'],
        volume: palette.volume,
        'pod-border': palette['pod-border'],
      };
      const [ours, theirs] = await comparePictures(
        browser,
        [librsvg, await chromiumPng(svg)],
        colours,
      );

      expect([theirs.width, theirs.height]).toEqual([ours.width, ours.height]);
      // Not blank in either: the frames, the boxes and their words are drawn.
      expect(ours.inked).toBeGreaterThan(0.03);
      expect(theirs.inked).toBeGreaterThan(0.03);
      expect(Math.abs(ours.inked - theirs.inked)).toBeLessThan(0.01);
      // Every colour of the diagram sits in the same place in both, within a 4-pixel cell.
      for (const [colour, mine] of Object.entries(ours.colours)) {
        const other = theirs.colours[colour]!.box;
        if (!mine.box || !other) {
          expect(other, colour).toBe(mine.box);
          continue;
        }
        mine.box.forEach((edge, i) =>
          expect(Math.abs(edge - other[i]!), colour).toBeLessThanOrEqual(4),
        );
      }
      expect(ours.colours['pod-border']!.box).not.toBeNull();
      expect(ours.colours.text!.count).toBeGreaterThan(500);
      // Pixel by pixel, only the edges of anti-aliased shapes and glyphs differ.
      expect(ours.differing).toBeLessThan(0.01);
    },
  );
});
