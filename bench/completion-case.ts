/**
 * Completion in the editor on the large Pod: from the key press to the painted frame that shows
 * the list of keys. Floor: the same key press echoed where nothing completes (a comment).
 */
import type { Browser, Page } from 'playwright-core';
import { cursorAtEndOf, loadLargePod, openApp, pause, waitForQuiet } from './browser-page';
import { containerName, INIT_CONTAINERS } from './large-pod';
import { figures, median, p95 } from './stats';
import type { CaseResult } from './results';

const BUDGET_MS = 50;
/** A container in the middle of the Pod: the editor has to find its path among 5,000 lines. */
const CONTAINER = containerName(INIT_CONTAINERS + 30);

declare global {
  interface Window {
    __benchKeyAt?: number;
    __benchShownAt?: number;
  }
}

/**
 * Runs in the page before a key press: notes when the key went down and the start of the first
 * frame after `shown()` holds (the frame that paints it).
 */
function watchKey(what: 'list' | 'echo') {
  window.__benchKeyAt = undefined;
  window.__benchShownAt = undefined;
  document.addEventListener('keydown', (e) => (window.__benchKeyAt = e.timeStamp), {
    capture: true,
    once: true,
  });
  const shown = () =>
    what === 'list'
      ? document.querySelector('.cm-tooltip-autocomplete [role="option"]') !== null
      : (document.querySelector('.cm-activeLine')?.textContent ?? '').includes('#');
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchShownAt = performance.now()));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/** Someone who waits for completion has stopped typing for a moment before the key. */
const PAUSE_MS = 500;

async function keyToShown(page: Page, key: string, what: 'list' | 'echo'): Promise<number> {
  await pause(page, PAUSE_MS);
  await page.evaluate(watchKey, what);
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.__benchShownAt !== undefined, null, { timeout: 10_000 });
  const ms = await page.evaluate(() => window.__benchShownAt! - window.__benchKeyAt!);
  if (what === 'list') await page.keyboard.press('Escape');
  await page.keyboard.press('Backspace');
  return ms;
}

/** Puts the cursor on a new line of the container's mapping, after its image. */
async function newLineIn(page: Page, container: string) {
  await cursorAtEndOf(page, 'image:', `- name: ${container}\n`);
  await page.keyboard.press('Enter');
}

export async function completion(
  browser: Browser,
  appUrl: string,
  samples: number,
): Promise<CaseResult> {
  const { context, page } = await openApp(browser, appUrl);
  try {
    // The lesson's Pod first: the same path on 36 lines, for what the keystroke costs beside it.
    await newLineIn(page, 'api-server');
    // Once untimed: the first completion loads the API reference's field docs.
    await keyToShown(page, 's', 'list');
    const lesson: number[] = [];
    for (let s = 0; s < samples; s++) lesson.push(await keyToShown(page, 's', 'list'));
    await loadLargePod(page);
    await newLineIn(page, CONTAINER);
    await keyToShown(page, 's', 'list');
    await waitForQuiet(page, 500);
    const list: number[] = [];
    const echo: number[] = [];
    for (let s = 0; s < samples; s++) {
      list.push(await keyToShown(page, 's', 'list'));
      echo.push(await keyToShown(page, '#', 'echo'));
    }
    return {
      ...figures('completion', 'Completion, key press → list painted, large Pod', list),
      floor: { label: 'key echo', median: median(echo), p95: p95(echo) },
      ratio: median(list) / median(echo),
      target: { text: `≤ ${BUDGET_MS} ms`, met: median(list) <= BUDGET_MS },
      stages: { "lesson's Pod": median(lesson) },
      note: `a key of container ${CONTAINER}, mid-way through the 5,000 lines, each ${PAUSE_MS} ms after the last`,
    };
  } finally {
    await context.close();
  }
}
