import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeApp, launchBrowser, openApp } from './support/app';

/**
 * The e2e tests share one page per file (`openApp`): what one test leaves in the app's storage
 * must not reach the next, however it ended. Each pair below runs in order.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'pod-builder.test-isolation';
const stored = (page: Page) =>
  page.evaluate((key) => [localStorage.getItem(key), sessionStorage.getItem(key)], KEY);
const store = (page: Page) =>
  page.evaluate((key) => {
    localStorage.setItem(key, 'left behind');
    sessionStorage.setItem(key, 'left behind');
  }, KEY);

describe('a test sharing the page of the test before', () => {
  it('(a test that ends with closeApp leaves something in storage)', async () => {
    const page = await openApp(browser);
    await store(page);
    await closeApp(page);
  });

  it('finds none of it', async () => {
    const page = await openApp(browser);
    expect(await stored(page)).toEqual([null, null]);
    await closeApp(page);
  });

  it('(a test that ends before its closeApp, as a failed one does, leaves something)', async () => {
    const page = await openApp(browser);
    await store(page);
  });

  it('finds none of that either', async () => {
    const page = await openApp(browser);
    expect(await stored(page)).toEqual([null, null]);
    await closeApp(page);
  });

  it('(a test that closes its page itself leaves something)', async () => {
    const page = await openApp(browser);
    await store(page);
    await page.close();
  });

  it('finds none of that, nor a key held down', async () => {
    const page = await openApp(browser);
    expect(await stored(page)).toEqual([null, null]);
    await page.keyboard.down('Shift');
    await closeApp(page);
    const next = await openApp(browser);
    await next.evaluate(() =>
      addEventListener(
        'keydown',
        (e) => ((window as { shifted?: boolean }).shifted = (e as KeyboardEvent).shiftKey),
        {
          once: true,
        },
      ),
    );
    await next.keyboard.press('a');
    const shifted = next.evaluate(() => (window as { shifted?: boolean }).shifted);
    expect(await shifted).toBe(false);
    await closeApp(next);
  });
});
