import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, closeApp } from '../support/app';
import { teach } from './teach-page';
import { seriousViolations } from '../support/axe';
import { LECTURE_STEPS } from '../../../renderer/teach/lecture-steps';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The canvas's view once the camera has stopped: the same transform for a second. (The camera
 * waits 700 ms for the canvas's fit before its own move: two equal readings can come before it.)
 */
async function settledView(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  let last = '';
  let since = 0;
  await expect
    .poll(
      async () => {
        const now = await viewport.evaluate((el) => getComputedStyle(el).transform);
        if (now !== last) [last, since] = [now, Date.now()];
        return Date.now() - since;
      },
      { interval: 250, timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(1000);
}

/**
 * What covers what in Lecture › Projector, as readable strings: the step's title (its words)
 * against every button on the page, and every button against the canvas's words (node texts,
 * port chips, edge tags) in view. Empty when nothing does.
 */
function overlaps(page: Page, canvas = true): Promise<string[]> {
  return page.evaluate((canvas) => {
    type Rect = { left: number; top: number; right: number; bottom: number };
    // Half a pixel of slack: boxes that only touch do not overlap.
    const meet = (a: Rect, b: Rect) =>
      a.left < b.right - 0.5 &&
      b.left < a.right - 0.5 &&
      a.top < b.bottom - 0.5 &&
      b.top < a.bottom - 0.5;
    const textBox = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) =>
      el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.className;
    const buttons = [...document.querySelectorAll('button')].filter(shown);
    const found: string[] = [];

    const title = document.querySelector('.teach-lecture__title');
    if (!title) return ['no title'];
    for (const b of buttons)
      if (meet(textBox(title), b.getBoundingClientRect()))
        found.push(`the title "${title.textContent ?? ''}" and the button "${name(b)}"`);
    if (!canvas) return found;

    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const walker = document.createTreeWalker(
      document.querySelector('.react-flow__viewport')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement;
      if (!element || !text.textContent?.trim() || !shown(element)) continue;
      if (Number(getComputedStyle(element.closest('.react-flow__node') ?? element).opacity) === 0)
        continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const words = range.getBoundingClientRect();
      if (!meet(words, pane)) continue;
      for (const b of buttons)
        if (meet(words, b.getBoundingClientRect()))
          found.push(`the canvas's "${text.textContent.trim()}" and the button "${name(b)}"`);
    }
    // The chips and tags whole, not only their words.
    for (const chip of document.querySelectorAll(
      '.react-flow .pb-chip, .react-flow .pb-edge-tag',
    )) {
      if (!shown(chip) || !meet(chip.getBoundingClientRect(), pane)) continue;
      for (const b of buttons)
        if (meet(chip.getBoundingClientRect(), b.getBoundingClientRect()))
          found.push(`the canvas's chip "${chip.textContent ?? ''}" and the button "${name(b)}"`);
    }
    return found;
  }, canvas);
}

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

describe('Lecture › Projector on a small screen', () => {
  it('keeps the step’s title and the canvas’s words clear of every button, at 1024 × 700 and up', async () => {
    // As reported: at 1024 × 700, Lecture, → three times, Projector.
    const page = await openApp(browser, { viewport: SIZES[0] });
    await teach.lectureButton(page).click();
    const lecture = teach.lecture(page);
    const heading = lecture.getByRole('heading', { level: 2 });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await lecture.getByRole('button', { name: 'Projector' }).click();
    await expect(heading.textContent()).resolves.toBe('The main container');

    for (const viewport of SIZES) {
      await page.setViewportSize(viewport);
      const at = `at ${viewport.width} × ${viewport.height}`;
      // The step reported, once the camera has brought the main container into view.
      await lecture.getByRole('button', { name: 'Step 4: The main container' }).click();
      await settledView(page);
      expect(await overlaps(page), at).toEqual([]);
      await expect(page.getByRole('button', { name: 'Zoom In' }).isVisible()).resolves.toBe(true);
      if (viewport === SIZES[0]) expect(await seriousViolations(page)).toEqual([]);

      // Every title, and every step's sentences whole in the strip.
      for (const [i, step] of LECTURE_STEPS.entries()) {
        await lecture.getByRole('button', { name: `Step ${i + 1}: ${step.title}` }).click();
        await expect(heading.textContent()).resolves.toBe(step.title);
        expect(await overlaps(page, false), `${at}, step "${step.title}"`).toEqual([]);
        await expect(
          lecture.evaluate((el) => el.scrollHeight <= el.clientHeight),
          `${at}, step "${step.title}": every sentence in the strip`,
        ).resolves.toBe(true);
      }
    }
    await closeApp(page);
  });
});
