// Renders icon.svg to the PNGs the app and its installers use, with the system's Chromium:
//   node assets/icons/render.mjs
// The PNGs are committed, so building the app never needs a browser.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await mkdir(path.join(here, 'png'), { recursive: true });
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    const scaled = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${scaled}`,
    );
    const png = path.join(here, 'png', `${size}x${size}.png`);
    await page.screenshot({
      path: png,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    if (size === 1024)
      await page.screenshot({ path: path.join(here, 'icon.png'), omitBackground: true });
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${sizes.join(', ')} px icons and icon.png`);
