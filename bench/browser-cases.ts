/**
 * The cases that run in Debian's Chromium against the built web renderer: dragging a node on
 * the large Pod's canvas, completion in its editor, start-up against a blank page, and the size
 * of the renderer's script.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { node, pasteLargePod, waitForQuiet } from './browser-page';
import { completion } from './completion-case';
import { dropCase } from './drop-case';
import { KEYSTROKE_CASES, keystrokes } from './keystroke-case';
import { openManyKeysCase } from './open-case';
import { containerName, INIT_CONTAINERS } from './large-pod';
import { figures, median, p95, spread } from './stats';
import type { CaseResult } from './results';

// Debian's Chromium with the e2e tests' flags (test/e2e/support/app.ts, which imports Vitest
// and so cannot be loaded here); never a browser download.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const FRAME_BUDGET_MS = 16.7;
const VIEWPORT = { width: 1440, height: 900 };
const LESSON_NODE = 'Container api-server';
const BLANK_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Blank</title><p id="ready">Ready</p>';

declare global {
  interface Window {
    __benchVisibleAt?: number;
    __benchFrames?: number[];
    /** Per frame, where the watched element was (its transform). */
    __benchPlaces?: string[];
    /** The recording in progress; a frame loop whose number is not this one stops. */
    __benchRecording?: number;
  }
}

const started = performance.now();
/** Progress on stderr, so that a slow step shows where it is. */
function step(message: string) {
  process.stderr.write(`  [${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
}

const groupSelector = (label: string) => `[role="group"][aria-label="${label}"]`;

/**
 * Runs in the page before its own scripts: notes the time (from navigation start) of the first
 * frame in which the element is laid out.
 */
function watchFirstVisible(selector: string) {
  const check = () => {
    const element = document.querySelector(selector);
    const box = element?.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) window.__benchVisibleAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/**
 * Navigation → `selector` laid out, in a browser process of its own: nothing compiled or cached
 * by an earlier page, as when the app is opened.
 */
async function timeToVisible(url: string, selector: string): Promise<number> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(watchFirstVisible, selector);
    await page.goto(url);
    await page.waitForFunction(() => window.__benchVisibleAt !== undefined, null, {
      timeout: 20_000,
    });
    return await page.evaluate(() => window.__benchVisibleAt!);
  } finally {
    await browser.close();
  }
}

/** A page with one paragraph, served by Node: what the browser needs to show anything at all. */
async function serveBlankPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(BLANK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function startUp(appUrl: string, samples: number): Promise<CaseResult> {
  step('start-up');
  const blank = await serveBlankPage();
  const app: number[] = [];
  const floor: number[] = [];
  try {
    // One untimed round first: the preview server's and the OS's file caches warm up.
    await timeToVisible(appUrl, groupSelector(LESSON_NODE));
    await timeToVisible(blank.url, '#ready');
    for (let s = 0; s < samples; s++) {
      const appFirst = s % 2 === 0;
      if (appFirst) app.push(await timeToVisible(appUrl, groupSelector(LESSON_NODE)));
      floor.push(await timeToVisible(blank.url, '#ready'));
      if (!appFirst) app.push(await timeToVisible(appUrl, groupSelector(LESSON_NODE)));
    }
  } finally {
    await blank.close();
  }
  return {
    ...figures('start-up', "Start-up, navigation → the lesson's canvas visible", app),
    floor: { label: 'blank page', median: median(floor), p95: p95(floor) },
    ratio: median(app) / median(floor),
    note: 'a fresh browser process for each sample, from navigation start',
  };
}

/**
 * Frame-to-frame times while `during` runs, as the page's requestAnimationFrame sees them, and
 * per frame the transform of the element `watch` selects (where React Flow put a node).
 */
async function recordFrames(
  page: Page,
  during: () => Promise<void>,
  watch = '',
): Promise<{ frames: number[]; places: string[] }> {
  await page.evaluate((watch) => {
    // A new number for each recording: the loop of the one before may still have a frame
    // queued, and must not add to this one's times.
    const recording = (window.__benchRecording ?? 0) + 1;
    const frames: number[] = [];
    const places: string[] = [];
    window.__benchFrames = frames;
    window.__benchPlaces = places;
    window.__benchRecording = recording;
    let last: number | null = null;
    const tick = (now: number) => {
      if (window.__benchRecording !== recording) return;
      if (last !== null) frames.push(now - last);
      if (watch)
        places.push((document.querySelector(watch) as HTMLElement | null)?.style.transform ?? '');
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, watch);
  await during();
  return page.evaluate(() => {
    window.__benchRecording = (window.__benchRecording ?? 0) + 1;
    return { frames: window.__benchFrames ?? [], places: window.__benchPlaces ?? [] };
  });
}

/** Runs in the page: the smallest step `performance.now()` takes. */
function clockResolution(): number {
  let smallest = Infinity;
  let last = performance.now();
  for (let i = 0; i < 200_000; i++) {
    const now = performance.now();
    if (now > last) smallest = Math.min(smallest, now - last);
    last = now;
  }
  return smallest;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Moves the pointer along a loop around `from` for `durationMs`, ending where it started. */
async function dragLoop(page: Page, from: { x: number; y: number }, durationMs: number) {
  const radius = { x: 260, y: 140 };
  const interval = 8; // a 125 Hz mouse
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = performance.now();
  let next = start;
  for (;;) {
    const t = Math.min(1, (performance.now() - start) / durationMs);
    const angle = 2 * Math.PI * t;
    await page.mouse.move(
      from.x + radius.x * Math.sin(angle),
      from.y + radius.y * Math.sin(2 * angle),
    );
    if (t >= 1) break;
    next += interval;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.up();
}

async function dragging(browser: Browser, appUrl: string, durationMs: number): Promise<CaseResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(appUrl);
    await node(page, LESSON_NODE).waitFor();
    step('dragging: pasting the large Pod');
    await pasteLargePod(page);
    const dragged = node(page, `Container ${containerName(INIT_CONTAINERS)}`);
    await dragged.waitFor();
    const box = await dragged.boundingBox();
    if (!box) throw new Error('The dragged node has no box');
    const from = { x: box.x + box.width / 2, y: box.y + 30 };

    step('dragging: recording idle frames, then the drag');
    // The paste is still being taken in (the editor's parse, the checks): start once it is done,
    // as a user reaching for the mouse would.
    await waitForQuiet(page, 1_000);
    const { frames: idle } = await recordFrames(page, () => sleep(1_000));
    const { frames, places } = await recordFrames(
      page,
      () => dragLoop(page, from, durationMs),
      `.react-flow__node[data-id="container:${containerName(INIT_CONTAINERS)}"]`,
    );
    // The pointer moves every 8 ms: in each frame of the drag the node should be somewhere new.
    const moved = places.filter((place, i) => i > 0 && place !== places[i - 1]).length;
    const frameCount = Math.max(0, places.length - 1);
    // The browser rounds its clock (to 0.1 ms without cross-origin isolation), so a frame on
    // time reads anywhere from 16.6 to 16.8 ms: the target allows one step of that rounding.
    // Chromium's rounded times still carry errors of a few nanoseconds (a step can measure
    // 0.0999999978 ms), hence a microsecond of slack in the comparison.
    const resolution = await page.evaluate(clockResolution);
    const late = frames.filter((ms) => ms > FRAME_BUDGET_MS * 1.5).length;
    return {
      id: 'dragging',
      title: 'Dragging a container for 2 s, large Pod (frame time)',
      unit: 'ms',
      median: median(frames),
      spread: spread(frames),
      p95: p95(frames),
      floor: { label: 'idle frames', median: median(idle), p95: p95(idle) },
      ratio: p95(frames) / p95(idle),
      target: {
        text: `p95 ≤ ${FRAME_BUDGET_MS} ms, moved each frame`,
        // The last frames may follow the pointer's release.
        met: p95(frames) <= FRAME_BUDGET_MS + resolution + 1e-3 && moved >= frameCount - 3,
      },
      samples: frames.length,
      note: `the node moved in ${moved} of ${frameCount} frames; ${late} of ${frames.length} frames late (over 1.5 frames); the page's clock ticks in ${resolution.toFixed(3)} ms steps`,
    };
  } finally {
    await context.close();
  }
}

async function scriptSize(outDir: string): Promise<CaseResult> {
  const assets = path.join(outDir, 'assets');
  const files = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return {
    id: 'script-size',
    title: `Renderer JavaScript (${files.length} file${files.length === 1 ? '' : 's'}), raw / gzip`,
    unit: 'kB',
    median: raw / 1000,
    floor: { label: 'gzip', median: gzip / 1000 },
  };
}

export interface BrowserRun {
  browser: string;
  results: CaseResult[];
}

export async function runBrowserCases(
  root: string,
  quick: boolean,
  only: (id: string) => boolean = () => true,
): Promise<BrowserRun> {
  // A build of its own: the e2e tests build into dist/renderer, perhaps while this runs.
  const outDir = path.join(root, 'bench', 'results', 'renderer');
  const config = { configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' as const };
  step('building the renderer');
  await build({ ...config, build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...config,
    build: { outDir },
    preview: { port: 0, strictPort: false },
  });
  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl) throw new Error('The preview server did not report its address');
  const browser = await launch();
  try {
    const results: CaseResult[] = [];
    if (only('dragging')) results.push(await dragging(browser, appUrl, 2_000));
    if (KEYSTROKE_CASES.some(only)) {
      step('keystrokes');
      results.push(...(await keystrokes(browser, root, appUrl, quick ? 10 : 30, only)));
    }
    if (only('drop')) results.push(await dropCase(browser, appUrl, quick ? 5 : 20));
    if (only('open-many-keys')) {
      step('opening the file of many keys');
      results.push(await openManyKeysCase(browser, appUrl, quick ? 3 : 7));
    }
    if (only('completion')) results.push(await completion(browser, appUrl, quick ? 10 : 30));
    if (only('start-up')) results.push(await startUp(appUrl, quick ? 5 : 20));
    if (only('script-size')) results.push(await scriptSize(outDir));
    return { browser: `Chromium ${browser.version()}`, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
