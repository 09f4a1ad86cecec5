import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the editor's cursor can be seen now (hidden, transparent or undrawn, it cannot). */
const cursorShown = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('.cm-cursor-primary')
        ?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ?? false,
  );

/** What the cursor looked like at each of `count` moments `everyMs` apart. */
async function watchCursor(page: Page, count: number, everyMs: number): Promise<boolean[]> {
  const seen: boolean[] = [];
  for (let i = 0; i < count; i++) {
    seen.push(await cursorShown(page));
    await page.waitForTimeout(everyMs);
  }
  return seen;
}

/**
 * The animations on the page that never end (a transition does): each keeps Chromium making a
 * frame at every tick of the display, and a key's frame then waits for the next tick.
 */
const endlessAnimations = (page: Page) =>
  page.evaluate(() =>
    document
      .getAnimations()
      .filter(
        (a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime === Infinity,
      )
      .map((a) => (a as CSSAnimation).animationName ?? a.constructor.name),
  );

async function typeInImage(page: Page): Promise<void> {
  await page.locator('.cm-line').filter({ hasText: 'image: my-api:v2' }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('1');
}

describe("the editor's cursor", () => {
  it('blinks while the editor has the focus, and shows at once at a key', async () => {
    const page = await openApp(browser);
    await typeInImage(page);
    expect(await cursorShown(page)).toBe(true);
    const seen = await watchCursor(page, 16, 100);
    expect(seen).toContain(true);
    expect(seen).toContain(false);
    await page.keyboard.type('2');
    expect(await cursorShown(page)).toBe(true);
  });

  it('draws no animation while the user types, so each key is painted in the next frame', async () => {
    const page = await openApp(browser);
    await typeInImage(page);
    expect(await endlessAnimations(page)).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    expect(await endlessAnimations(page)).toEqual([]);
  });

  it('stays still where the system asks for reduced motion', async () => {
    const page = await openApp(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await typeInImage(page);
    expect(await watchCursor(page, 14, 100)).toEqual(Array(14).fill(true));
  });
});
