import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from '../support/app';
import { anyNode } from './teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exportVia(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('exporting the diagram for slides', () => {
  it('writes a PNG at twice the resolution and an SVG of the whole Pod', async () => {
    const page = await openApp(browser);
    const pod = await anyNode(page, 'Pod api-server').boundingBox();
    const zoomNow = () =>
      page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
    const zoom = await zoomNow();

    const png = await exportVia(page, 'Export diagram as PNG');
    expect(png.name).toBe('api-server.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    const width = png.bytes.readUInt32BE(16);
    const podWidth = (pod?.width ?? 0) / zoom;
    expect(width).toBeGreaterThanOrEqual(Math.floor(2 * podWidth));
    // The Pod's name sits above its frame: the picture holds it too, down to the kubelet at the
    // bottom, with the export's margin (24 px) on every side.
    const title = await page.locator('.pb-pod__title').boundingBox();
    const bottom = await page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => Math.max(...nodes.map((n) => n.getBoundingClientRect().bottom)));
    expect(title!.y).toBeLessThan((await anyNode(page, 'Pod api-server').boundingBox())!.y);
    const drawnHeight = (bottom - title!.y) / (await zoomNow());
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(Math.floor(2 * (drawnHeight + 48)));

    const svg = await exportVia(page, 'Export diagram as SVG');
    expect(svg.name).toBe('api-server.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('init-migrate');
    expect(text).toContain('log-shipper');
    expect(text).not.toContain('react-flow__minimap');
    await page.context().close();
  });
});
