import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { downloaded, launchBrowser, node, openApp, closeApp } from '../support/app';
import { scrubTo, teach } from './teach-page';

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
  return { name: download.suggestedFilename(), bytes: await downloaded(download) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const svgSize = (svg: string) => {
  const [, width, height] = /<svg[^>]*width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  return [Number(width), Number(height)];
};

describe('exporting the diagram for slides', () => {
  it('draws the Pod, not the screen: no selection, no simulation, whatever the canvas shows', async () => {
    const page = await openApp(browser);
    const plain = await exportVia(page, 'Export diagram as SVG');
    expect(plain.name).toBe('api-server.svg');
    const svg = plain.bytes.toString('utf8');
    expect(svg).toContain('>init-migrate</text>');
    expect(svg).toContain('>log-shipper</text>');

    // A selected container, a scenario half-way through, the canvas zoomed: the same drawing.
    await node(page, 'Container api-server').click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await teach.simulateButton(page).click();
    await scrubTo(page, 20);
    await expect.poll(() => teach.kubectlLine(page).textContent()).toContain('Running');
    const during = await exportVia(page, 'Export diagram as SVG');
    expect(during.bytes.toString('utf8')).toBe(svg);

    // The PNG is that drawing at twice its size.
    const png = await exportVia(page, 'Export diagram as PNG');
    expect(png.name).toBe('api-server.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(10_000);
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    const [width, height] = svgSize(svg);
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([
      2 * width!,
      2 * height!,
    ]);
    await closeApp(page);
  });

  it('draws in light or dark as chosen, whatever the screen’s theme', async () => {
    const page = await openApp(browser, { colorScheme: 'dark' });
    const colours = page.getByRole('combobox', { name: 'Colours' });
    await expect.poll(() => colours.inputValue()).toBe('dark');
    const dark = (await exportVia(page, 'Export diagram as SVG')).bytes.toString('utf8');
    await colours.selectOption('light');
    const light = (await exportVia(page, 'Export diagram as SVG')).bytes.toString('utf8');
    // The page colour is the first thing drawn.
    expect(dark).toMatch(/<svg[^>]*><rect [^>]*fill="#0f141c"\/>/);
    expect(light).toMatch(/<svg[^>]*><rect [^>]*fill="#f4f6fa"\/>/);
    expect(light).not.toBe(dark);
    await closeApp(page);
  });
});
