import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { focused, launchBrowser, node, openApp, closeApp } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The ring drawn around `locator`, as forced colours leave it: its style and width. */
const ring = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2 ? 'wide' : 'thin'}`;
  });

/** Presses Tab until the focus is on what is announced as `name`. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60 && !name.test(await focused(page)); i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(name);
}

describe('in forced colours (a high-contrast theme)', () => {
  it('the focus and the selection show on nodes and fields', async () => {
    const page = await openApp(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    const apiServer = node(page, 'Container api-server');

    // A node reached with Tab (and so selected) has a ring, apart from the selection's.
    await tabTo(page, /^Container api-server$/);
    expect(await ring(apiServer)).toBe('solid wide');
    expect(await ring(apiServer.locator('.pb-container'))).toBe('solid wide');

    // Enter goes to its form: the node, selected but not focused, keeps the selection's ring.
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Container api-server');
    expect(await ring(apiServer)).toMatch(/^none/);
    expect(await ring(apiServer.locator('.pb-container'))).toBe('solid wide');
    // An unselected node has none.
    expect(await ring(node(page, 'Sidecar log-shipper').locator('.pb-container'))).toMatch(/^none/);

    // A text field and a select with the focus.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    expect(await name.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await ring(name)).toBe('solid wide');
    await tabTo(page, /^Default \(IfNotPresent\)/);
    expect(await ring(page.getByRole('combobox', { name: 'Image pull policy', exact: true }))).toBe(
      'solid wide',
    );
    await closeApp(page);
  });

  it('the "Problem badges on the canvas" switch looks otherwise on and off', async () => {
    const page = await openApp(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    const toggle = page.getByRole('button', { name: 'Problem badges on the canvas' });
    const knob = () =>
      toggle.locator('.problems-dock__switch').evaluate((track) => {
        const after = getComputedStyle(track, '::after');
        return `${getComputedStyle(track).backgroundColor} ${after.backgroundColor} ${after.left}`;
      });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const on = await knob();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const off = await knob();
    expect(off).not.toBe(on);
    // The knob is seen on its track, in either state.
    for (const state of [on, off]) {
      const [track, dot] = state.match(/rgba?\([^)]*\)/g) ?? [];
      expect(dot).not.toBe(track);
    }
    await closeApp(page);
  });
});

describe('the inspector’s section headings', () => {
  it('show their focus ring whole, inside the pane', async () => {
    const page = await openApp(browser);
    await tabTo(page, /^Sidecar log-shipper$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Probes/);
    const [ringBox, paneBox] = await page.evaluate(() => {
      const summary = document.activeElement!;
      const pane = document.querySelector('.inspector')!;
      const style = getComputedStyle(summary);
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      const s = summary.getBoundingClientRect();
      const p = pane.getBoundingClientRect();
      const border = pane.clientLeft;
      return [
        { left: s.left - out, right: s.right + out },
        { left: p.left + border, right: p.left + border + pane.clientWidth },
      ];
    });
    expect(ringBox.left).toBeGreaterThanOrEqual(paneBox!.left);
    expect(ringBox.right).toBeLessThanOrEqual(paneBox!.right);
    await closeApp(page);
  });
});
