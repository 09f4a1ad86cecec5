/**
 * Takes screenshots of the built web renderer in Debian's Chromium, light and dark:
 *   npx vite build && node scripts/screenshot.mjs [outDir]
 * Used for the README's picture and to look at UI changes before they land.
 */
import { mkdir } from 'node:fs/promises';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const outDir = process.argv[2] ?? 'docs';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The editor's completion and hover on the lesson's Pod, cropped to the editor and its popups.
 * The keys are pressed as a person would, and each shot waits for what it shows.
 */
async function editorShots(browser, url, outDir) {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  await page.goto(url);
  await page.getByRole('group', { name: 'Container api-server', exact: true }).waitFor();
  const line = (text) => page.locator('.cm-line').filter({ hasText: new RegExp(`^\\s*${text}$`) });
  const clip = { x: 690, y: 420, width: 750, height: 480 };
  await line('image: my-api:v2').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('re', { delay: 120 });
  await page
    .getByRole('option', { name: /^readinessProbe/ })
    .first()
    .waitFor();
  await page.locator('.cm-completionInfo').waitFor();
  await page.screenshot({ path: `${outDir}/editor-completion.png`, clip });
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await line('image: grafana/promtail:2.9.0').getByText('image', { exact: true }).hover();
  await page.locator('.cm-k8s-hover').waitFor();
  await page.screenshot({ path: `${outDir}/editor-hover.png`, clip });
  await page.close();
}

const server = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: false } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('no preview URL');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
await mkdir(outDir, { recursive: true });
try {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      colorScheme,
      deviceScaleFactor: 1,
    });
    await page.goto(url);
    await page.getByRole('group', { name: 'Container api-server', exact: true }).waitFor();
    await page.screenshot({ path: `${outDir}/pod-builder-${colorScheme}.png` });
    await page.close();
  }
  // Small screens: the lesson's Pod whole, its text legible.
  for (const [width, height] of [
    [1280, 720],
    [1024, 700],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(url);
    await page.getByRole('group', { name: 'Container api-server', exact: true }).waitFor();
    await page.screenshot({ path: `${outDir}/pod-builder-${width}x${height}.png` });
    await page.close();
  }
  await editorShots(browser, url, outDir);
} finally {
  await browser.close();
  await server.close();
}
