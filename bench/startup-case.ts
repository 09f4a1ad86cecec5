/**
 * Start-up in Chromium: for each sample a new browser process is launched, and the time is taken
 * from the navigation's start to the frame that paints the lesson's Pod on the canvas. Floor: the
 * same for a page with one paragraph.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch, step, VIEWPORT } from './chromium';
import { figures, median, p95 } from './stats';
import type { CaseResult } from './results';

const LESSON_NODE = '[role="group"][aria-label="Container api-server"]';
const BLANK_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Blank</title><p id="ready">Ready</p>';

declare global {
  interface Window {
    __benchVisibleAt?: number;
  }
}

/**
 * Runs in the page before its own scripts: notes the start (from navigation start) of the first
 * frame in which the element is laid out and visible, the frame that paints it. React Flow keeps
 * a node hidden until it has measured it.
 */
function watchFirstVisible(selector: string) {
  const check = () => {
    const element = document.querySelector(selector);
    const box = element?.getBoundingClientRect();
    if (
      box &&
      box.width > 0 &&
      box.height > 0 &&
      getComputedStyle(element!).visibility === 'visible'
    )
      window.__benchVisibleAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Wall-clock milliseconds since the epoch, on the clock the page's `timeOrigin` uses. */
const epochNow = () => performance.timeOrigin + performance.now();

/**
 * In a browser process of its own (nothing compiled or cached by an earlier page, as when the
 * app is opened): navigation start → `selector` painted, and launch → the same frame.
 */
async function timeToVisible(
  url: string,
  selector: string,
): Promise<{ navigation: number; launch: number }> {
  const launchedAt = epochNow();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(watchFirstVisible, selector);
    await page.goto(url);
    await page.waitForFunction(() => window.__benchVisibleAt !== undefined, null, {
      timeout: 20_000,
    });
    const { visible, origin } = await page.evaluate(() => ({
      visible: window.__benchVisibleAt!,
      origin: performance.timeOrigin,
    }));
    return { navigation: visible, launch: origin + visible - launchedAt };
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

export async function startUp(appUrl: string, samples: number): Promise<CaseResult> {
  step(`start-up: ${samples} launches of the app and of a blank page`);
  const blank = await serveBlankPage();
  const app: { navigation: number; launch: number }[] = [];
  const floor: { navigation: number; launch: number }[] = [];
  try {
    // One untimed round first: the preview server's and the OS's file caches warm up.
    await timeToVisible(appUrl, LESSON_NODE);
    await timeToVisible(blank.url, '#ready');
    for (let s = 0; s < samples; s++) {
      const appFirst = s % 2 === 0;
      if (appFirst) app.push(await timeToVisible(appUrl, LESSON_NODE));
      floor.push(await timeToVisible(blank.url, '#ready'));
      if (!appFirst) app.push(await timeToVisible(appUrl, LESSON_NODE));
    }
  } finally {
    await blank.close();
  }
  const navigation = app.map((a) => a.navigation);
  const floorNavigation = floor.map((f) => f.navigation);
  return {
    ...figures('start-up', "Start-up, navigation → the lesson's canvas painted", navigation),
    floor: { label: 'blank page', median: median(floorNavigation), p95: p95(floorNavigation) },
    ratio: median(navigation) / median(floorNavigation),
    stages: {
      'launch → canvas painted': median(app.map((a) => a.launch)),
      'launch → blank page painted': median(floor.map((f) => f.launch)),
    },
    note:
      'a new Chromium process for each sample (app and blank page by turns, one untimed round ' +
      "first); timed from the navigation's start to the start of the frame that paints the " +
      "lesson's api-server node, laid out and visible, on the page's clock; the launch figures " +
      "add the process's start and Playwright's setting up of the page, on the wall clock",
  };
}
