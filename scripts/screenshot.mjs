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
} finally {
  await browser.close();
  await server.close();
}
