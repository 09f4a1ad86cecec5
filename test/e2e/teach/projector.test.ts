import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, closeApp } from '../support/app';
import { settledZoom, smallestVisibleText, teach, zoomOf } from './teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const centre = (b: { x: number; width: number } | null) => (b ? b.x + b.width / 2 : NaN);

/** How far a node's centre is from the canvas's, across. */
async function offCentre(page: Page, label: string): Promise<number> {
  const node = await page.getByRole('group', { name: label, exact: true }).boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  return Math.abs(centre(node) - centre(pane));
}

/** How far a node reaches past the canvas's edges, at the most (0 when it is whole in view). */
async function outOfView(page: Page, label: string): Promise<number> {
  const node = await page.getByRole('group', { name: label, exact: true }).boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  if (!node || !pane) return Infinity;
  return Math.max(
    0,
    pane.x - node.x,
    pane.y - node.y,
    node.x + node.width - (pane.x + pane.width),
    node.y + node.height - (pane.y + pane.height),
  );
}

describe('projector mode', () => {
  it('draws every visible word of the canvas at 18 px or more at 1280 × 720, step after step', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    await teach.lectureButton(page).click();
    const projector = teach.lecture(page).getByRole('button', { name: 'Projector' });
    await projector.click();
    await expect(projector.getAttribute('aria-pressed')).resolves.toBe('true');
    const heading = teach.lecture(page).getByRole('heading', { level: 2 });
    const titles: string[] = [];
    for (let step = 1; step <= 7; step++) {
      titles.push((await heading.textContent()) ?? '');
      // Each step moves the canvas: wait for the words to reach their size, then check them all.
      await expect
        .poll(async () => (await smallestVisibleText(page)).smallest, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(18);
      expect((await smallestVisibleText(page)).count, `step ${step}`).toBeGreaterThan(3);
      // The caption is a strip: the diagram has the rest of the screen.
      const caption = await teach.lecture(page).boundingBox();
      expect(caption!.height).toBeLessThanOrEqual(200);
      // …and every sentence of the step fits in it, none cut off.
      await expect(
        teach.lecture(page).evaluate((el) => el.scrollHeight <= el.clientHeight),
      ).resolves.toBe(true);
      if (step < 7) await teach.lecture(page).getByRole('button', { name: 'Next' }).click();
    }
    expect(new Set(titles).size).toBe(7);
    await closeApp(page);
  });

  it('brings each step’s part into view, and keeps the zoom the instructor chose', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    await teach.lectureButton(page).click();
    const lecture = teach.lecture(page);
    await lecture.getByRole('button', { name: 'Projector' }).click();
    await lecture.getByRole('button', { name: 'Step 3: Init containers' }).click();
    // The init container comes to the middle of the canvas.
    await expect
      .poll(() => offCentre(page, 'Init container init-migrate'), { timeout: 10_000 })
      .toBeLessThan(40);

    const before = await zoomOf(page);
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before * 1.1);
    // Wait for the zoom's own animation to end: two equal readings.
    const chosen = await settledZoom(page);
    await lecture.getByRole('button', { name: 'Next' }).click();
    // At the zoom chosen, the step's part comes whole into view (not to the middle: the view
    // keeps the words beside it too, as far as it has room).
    await expect.poll(() => outOfView(page, 'Container api-server'), { timeout: 10_000 }).toBe(0);
    // Not back to the projector’s own zoom (1.85): the one chosen, lowered only as far as the
    // step's part needs to fit whole.
    const now = await settledZoom(page);
    expect(now).toBeGreaterThan(before * 1.02);
    expect(now).toBeLessThanOrEqual(chosen + 0.01);
    await closeApp(page);
  });
});
