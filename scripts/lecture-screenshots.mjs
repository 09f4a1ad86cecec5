/**
 * Takes the README's teaching pictures at 1280 × 720 (a common projector) in Debian's Chromium:
 * each lecture step, one step in projector mode, and a simulation, in the panel and on a projector.
 *   npx vite build && node scripts/lecture-screenshots.mjs [outDir]
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

/** Waits until the canvas has not moved for half a second (a step's fade and move are over). */
async function still(page) {
  const read = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).transform);
  let last = await read();
  for (let same = 0; same < 3;) {
    await page.waitForTimeout(250);
    const now = await read();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

const server = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: false } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('no preview URL');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
await mkdir(outDir, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.getByRole('group', { name: 'Container api-server', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Lecture', exact: true }).click();
  const lecture = page.getByRole('region', { name: 'Lecture' });
  for (let step = 1; step <= 7; step++) {
    await still(page);
    await page.screenshot({ path: `${outDir}/lecture-step-${step}.png` });
    if (step < 7) await lecture.getByRole('button', { name: 'Next' }).click();
  }
  await lecture.getByRole('button', { name: 'Step 3: Init containers' }).click();
  await lecture.getByRole('button', { name: 'Projector' }).click();
  await page.waitForTimeout(800);
  await still(page);
  await page.screenshot({ path: `${outDir}/lecture-projector.png` });
  await page.keyboard.press('Escape');
  await lecture.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const simulation = page.getByRole('region', { name: 'Simulation' });
  await simulation
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'Init container fails' });
  await page.getByRole('slider', { name: 'Time' }).fill('14');
  await still(page);
  await page.screenshot({ path: `${outDir}/simulation.png` });

  // A crash loop at its 5-minute back-off, in projector mode.
  await simulation
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption({ label: 'App crashes (CrashLoopBackOff)' });
  await simulation.getByRole('button', { name: /back-off at its 5-minute cap/ }).click();
  await simulation.getByRole('button', { name: 'Projector', exact: true }).click();
  await page.waitForTimeout(800);
  await still(page);
  await page.screenshot({ path: `${outDir}/simulation-projector.png` });
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
