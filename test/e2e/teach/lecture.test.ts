import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, closeApp } from '../support/app';
import { anyNode, nodeClasses, smallestVisibleText, teach } from './teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const title = (page: Page) => teach.lecture(page).getByRole('heading', { level: 2 }).textContent();

/**
 * The canvas's words that the eye cannot read whole, as readable strings: run out of the canvas,
 * or under one of the buttons over it. Empty when every word drawn is in clear view.
 */
function hiddenWords(page: Page): Promise<string[]> {
  return page.locator('.react-flow').evaluate((flow) => {
    const pane = flow.getBoundingClientRect();
    const buttons = [...flow.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
    const walker = document.createTreeWalker(
      flow.querySelector('.react-flow__nodes')!,
      NodeFilter.SHOW_TEXT,
    );
    const found: string[] = [];
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const words = text.textContent?.trim();
      if (!words || !text.parentElement?.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const r = range.getBoundingClientRect();
      if (r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom)
        found.push(`"${words}" runs out of the canvas`);
      for (const b of buttons)
        if (r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom)
          found.push(`"${words}" is under a button`);
    }
    return found;
  });
}

/**
 * Waits for the view to rest with every word the canvas draws at 12 px or more, none cut off or
 * covered, at least `words` of them; the last reading when it does not. Resting: the same
 * transform twice, 300 ms apart (the canvas's fit of the whole Pod, before the camera's move,
 * draws the words under 12 px).
 */
async function legible(page: Page, words: number, message: string): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await viewport.evaluate((el) => getComputedStyle(el).transform);
        const resting = now === last;
        last = now;
        const { smallest, count } = await smallestVisibleText(page);
        const hidden = await hiddenWords(page);
        return resting && smallest >= 12 && count >= words && hidden.length === 0
          ? 'legible'
          : { smallest, count, hidden };
      },
      { interval: 300, timeout: 10_000, message },
    )
    .toBe('legible');
}

describe('lecture mode', () => {
  it('reveals the anatomy step by step with the keyboard, full canvas, its words legible, and leaves with Escape', async () => {
    const page = await openApp(browser);
    await teach.lectureButton(page).click();
    await teach.lecture(page).waitFor();
    await expect(teach.lecture(page).textContent()).resolves.toContain('Step 1 of 7');
    await expect(title(page)).resolves.toBe('The Pod');
    await expect(page.getByRole('navigation', { name: 'Palette' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(nodeClasses(page, 'Pod api-server')).resolves.toContain('pb-revealed');
    await expect(anyNode(page, 'Volume app-logs').count()).resolves.toBe(0);
    await expect(anyNode(page, 'Init container init-migrate').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow').getByText('/var/log/app').count()).resolves.toBe(0);
    // Its words ("Pod", its name, its IP, its Pod Security badge) legible from the room, whole.
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(size);
      await legible(page, 4, `step 1 at ${size.width} × ${size.height}`);
      // The caption leaves the canvas most of the window, on a laptop's screen too.
      const caption = await teach.lecture(page).boundingBox();
      expect(caption!.height, `caption at ${size.width} × ${size.height}`).toBeLessThan(
        0.42 * size.height,
      );
    }

    await page.keyboard.press('ArrowRight');
    await expect(title(page)).resolves.toBe('Shared network namespace');
    await page.keyboard.press('Space');
    await expect(title(page)).resolves.toBe('Init containers');
    await expect(nodeClasses(page, 'Init container init-migrate')).resolves.toContain(
      'pb-reveal-focus',
    );
    await expect(anyNode(page, 'Container api-server').count()).resolves.toBe(0);
    await page.keyboard.press('PageDown');
    await expect(title(page)).resolves.toBe('The main container');
    await expect(nodeClasses(page, 'Container api-server')).resolves.toContain('pb-revealed');
    await expect(anyNode(page, 'Sidecar log-shipper').count()).resolves.toBe(0);

    await page.keyboard.press('End');
    await expect(title(page)).resolves.toBe('The kubelet on the Node');
    await expect(teach.lecture(page).textContent()).resolves.toContain('Step 7 of 7');
    await expect(nodeClasses(page, 'Volume app-logs')).resolves.toContain('pb-revealed');
    // The lint counts the editor shows are no part of the lesson's picture.
    await expect(page.locator('.pb-badge:visible').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow').getByText('/var/log/app').count()).resolves.toBe(2);
    await page.keyboard.press('ArrowLeft');
    await expect(title(page)).resolves.toBe('Volumes');
    await page.keyboard.press('Home');
    await expect(title(page)).resolves.toBe('The Pod');

    await page.keyboard.press('Escape');
    await teach.lecture(page).waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Palette' }).waitFor();
    await expect(nodeClasses(page, 'Volume app-logs')).resolves.not.toContain('pb-revealed');
    await expect(page.locator('.pb-badge:visible').count()).resolves.toBeGreaterThan(0);
    await closeApp(page);
  });

  it('moves with the Next and Previous buttons and leaves with "Leave lecture"', async () => {
    const page = await openApp(browser);
    await teach.lectureButton(page).click();
    const next = teach.lecture(page).getByRole('button', { name: 'Next' });
    for (let i = 0; i < 4; i++) await next.click();
    await expect(title(page)).resolves.toBe('Sidecars');
    await expect(teach.lecture(page).textContent()).resolves.toContain('log shipper');
    await teach.lecture(page).getByRole('button', { name: 'Previous' }).click();
    await expect(title(page)).resolves.toBe('The main container');
    // The Problems panel's key does not leave the lecture: it says how to see the panel.
    await page.keyboard.press('ControlOrMeta+Shift+M');
    await expect(page.locator('.notice').textContent()).resolves.toBe(
      'The Problems panel is not shown during the lecture: Leave lecture (Escape) to see it.×',
    );
    await expect(page.locator('.notice').isVisible()).resolves.toBe(true);
    await teach.lecture(page).getByRole('button', { name: 'Leave lecture' }).click();
    await teach.lecture(page).waitFor({ state: 'detached' });
    // The panel is back, and the notice that said it was not is gone.
    await expect.poll(() => page.locator('.notice').count()).toBe(0);
    await closeApp(page);
  });
});
