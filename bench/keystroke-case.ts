/**
 * A keystroke in the editor, in Chromium, from the key press to the frames that paint it: its
 * echo in the editor, and the canvas node that shows what was typed. Floor: the same key at the
 * same place in a bare CodeMirror holding the same text (bench/bare-editor.ts).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { cursorAtEndOf, loadLargePod, openApp, waitForQuiet } from './browser-page';
import { containerName, INIT_CONTAINERS, largePod } from './large-pod';
import { figures, median, p95 } from './stats';
import type { CaseResult } from './results';

const FRAME_MS = 16.7;

declare global {
  interface Window {
    __benchKeyDown?: number;
    __benchEcho?: number;
    __benchCanvas?: number;
  }
}

/** Serves the bare editor holding `texts[name]` at `/?text=name`. */
async function serveBareEditor(root: string, texts: Record<string, string>) {
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: ['bench/bare-editor.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/bare.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    const text = texts[url.searchParams.get('text') ?? ''] ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // The editor as wide and as tall as the app's YAML pane at 1440 x 900.
    response.end(
      `<!doctype html><meta charset="utf-8"><title>Bare editor</title>` +
        `<style>body{margin:0}#editor{width:480px;height:860px;overflow:auto;font:13px monospace}` +
        `#editor .cm-editor{height:100%}</style><div id="editor"></div>` +
        `<script>window.__benchText=${JSON.stringify(text).replace(/</g, '\\u003c')}</script>` +
        `<script type="module" src="/bare.js"></script>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name: string) => `http://127.0.0.1:${port}/?text=${name}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Runs in the page before a key press: notes when the key went down, and the start of the first
 * frame after the editor's line holds `echo` and after `canvas` (a selector) matches.
 */
function watchKeystroke({ echo, canvas }: { echo: string; canvas: string | null }) {
  window.__benchKeyDown = undefined;
  window.__benchEcho = undefined;
  window.__benchCanvas = undefined;
  document.addEventListener('keydown', (e) => (window.__benchKeyDown = e.timeStamp), {
    capture: true,
    once: true,
  });
  const seen = { echo: false, canvas: canvas === null };
  const observer = new MutationObserver(() => {
    if (!seen.echo && (document.querySelector('.cm-content')?.textContent ?? '').includes(echo)) {
      seen.echo = true;
      requestAnimationFrame(() => (window.__benchEcho = performance.now()));
    }
    if (!seen.canvas && document.querySelector(canvas!)) {
      seen.canvas = true;
      requestAnimationFrame(() => (window.__benchCanvas = performance.now()));
    }
    if (seen.echo && seen.canvas) observer.disconnect();
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['title'],
  });
}

/** The image of `container` as the canvas node shows it in its title. */
const imageSelector = (container: string, image: string) =>
  `[role="group"][aria-label="Container ${container}"] .pb-container__image[title="${image}"]`;

/**
 * Types one character at the end of `container`'s image line, `samples` times (each undone with
 * Backspace, then a pause for the page to finish its work), and times the echo and, on the app's
 * page, the canvas.
 */
async function typeInImage(
  page: Page,
  {
    container,
    image,
    canvas,
    samples,
  }: {
    container: string;
    image: string;
    canvas: boolean;
    samples: number;
  },
): Promise<{ echo: number[]; canvas: number[] }> {
  await cursorAtEndOf(page, 'image:', `- name: ${container}\n`);
  const echo: number[] = [];
  const painted: number[] = [];
  for (let s = 0; s < samples + 1; s++) {
    const key = String(s % 10);
    await page.evaluate(watchKeystroke, {
      echo: `${image}${key}`,
      canvas: canvas ? imageSelector(container, `${image}${key}`) : null,
    });
    await page.keyboard.press(key);
    await page.waitForFunction(
      (canvas) =>
        window.__benchEcho !== undefined && (!canvas || window.__benchCanvas !== undefined),
      canvas,
      { timeout: 20_000 },
    );
    const times = await page.evaluate(() => ({
      echo: window.__benchEcho! - window.__benchKeyDown!,
      canvas: (window.__benchCanvas ?? Number.NaN) - window.__benchKeyDown!,
    }));
    // The first key is a warm-up: the first render of a path compiles it.
    if (s > 0) {
      echo.push(times.echo);
      if (canvas) painted.push(times.canvas);
    }
    await page.keyboard.press('Backspace');
    if (canvas) await page.locator(imageSelector(container, image)).waitFor();
    await waitForQuiet(page, 300);
  }
  return { echo, canvas: painted };
}

export const KEYSTROKE_CASES = ['keystroke-lesson', 'keystroke-large'];

export async function keystrokes(
  browser: Browser,
  root: string,
  appUrl: string,
  samples: number,
  only: (id: string) => boolean,
): Promise<CaseResult[]> {
  const lesson = { container: 'api-server', image: 'my-api:v2' };
  // The first app container: on screen once the canvas fits the large Pod.
  const largeIndex = INIT_CONTAINERS;
  const large = {
    container: containerName(largeIndex),
    image: `registry.example.com/shop/${containerName(largeIndex)}:1.${largeIndex % 7}.${largeIndex % 5}`,
  };
  const lessonText = await readFile(path.join(root, 'assets/templates/pod-anatomy.yaml'), 'utf8');
  const bare = await serveBareEditor(root, { lesson: lessonText, large: largePod() });
  const { context, page: app } = await openApp(browser, appUrl);
  const results: CaseResult[] = [];
  try {
    const floorPage = await context.newPage();
    floorPage.setDefaultTimeout(30_000);
    const cases = [
      { id: 'keystroke-lesson', label: "the lesson's Pod", pod: lesson, text: 'lesson', max: 16.7 },
      { id: 'keystroke-large', label: 'large Pod', pod: large, text: 'large', max: 50 },
    ] as const;
    for (const c of cases) {
      if (!only(c.id)) continue;
      if (c.text === 'large') await loadLargePod(app);
      await floorPage.goto(bare.url(c.text));
      await floorPage.getByRole('textbox', { name: 'Manifest YAML' }).waitFor();
      // Both pages are in the foreground by turns: the one typed into is brought to the front.
      await app.bringToFront();
      const timed = await typeInImage(app, { ...c.pod, canvas: true, samples });
      await floorPage.bringToFront();
      const floor = await typeInImage(floorPage, { ...c.pod, canvas: false, samples });
      const above = p95(timed.canvas) - p95(floor.echo);
      const floorFigures = { median: median(floor.echo), p95: p95(floor.echo) };
      results.push(
        {
          ...figures(`${c.id}-echo`, `Keystroke → echo painted, ${c.label}`, timed.echo),
          floor: { label: 'bare CodeMirror', ...floorFigures },
          ratio: median(timed.echo) / median(floor.echo),
          target: {
            text: '≤ 1.2× floor',
            met: median(timed.echo) <= 1.2 * median(floor.echo) + FRAME_MS / 2,
          },
          note: 'within half a frame of 1.2× counts as met: both are whole frames',
        },
        {
          ...figures(`${c.id}-canvas`, `Keystroke → canvas painted, ${c.label}`, timed.canvas),
          floor: { label: 'bare CodeMirror echo', ...floorFigures },
          target: { text: `p95 ≤ floor + ${c.max} ms`, met: above <= c.max },
          note: `p95 ${above.toFixed(1)} ms above the bare editor's; a key typed in the image of ${c.pod.container}`,
        },
      );
    }
  } finally {
    await context.close();
    await bare.close();
  }
  return results;
}
