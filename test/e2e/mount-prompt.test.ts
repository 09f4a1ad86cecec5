import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, box, focused } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether a click at the centre of `locator` lands on it, not on something drawn over it. */
const hitAtCentre = (locator: Locator) =>
  locator.evaluate((element) => {
    const { left, top, width, height } = element.getBoundingClientRect();
    const hit = document.elementFromPoint(left + width / 2, top + height / 2);
    return hit !== null && element.contains(hit);
  });

/**
 * Opens "Mount in `container`…" from the menu of the focused volume node, with keys only:
 * Shift+F10, the arrow keys to the item, Enter.
 */
async function mountInFromKeyboard(page: Page, container: string): Promise<Locator> {
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Actions for volume app-logs' });
  await menu.waitFor();
  const item = `Mount in ${container}…`;
  for (let step = 0; step < 5 && (await focused(page)) !== item; step++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await focused(page)).toBe(item);
  await page.keyboard.press('Enter');
  const prompt = page.getByRole('dialog', { name: `Mount app-logs in ${container}` });
  await prompt.waitFor();
  await expect
    .poll(() => prompt.getByLabel('Mount path').evaluate((el) => el === document.activeElement))
    .toBe(true);
  return prompt;
}

/**
 * The prompt lies whole inside the part of the canvas in view: right of the palette, above the
 * Problems bar (open or closed), left of the side pane; nothing is drawn over its corners
 * (inside their rounding) or its buttons.
 */
async function expectWholeInCanvas(page: Page, prompt: Locator) {
  const canvas = await box(page.getByRole('application', { name: 'Pod canvas' }));
  const palette = await box(page.getByRole('navigation', { name: 'Palette' }));
  const problems = await box(page.locator('.problems-dock'));
  const dialog = await box(prompt);
  expect(dialog.x).toBeGreaterThanOrEqual(canvas.x);
  expect(dialog.x).toBeGreaterThanOrEqual(palette.x + palette.width);
  expect(dialog.y).toBeGreaterThanOrEqual(canvas.y);
  expect(dialog.x + dialog.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(dialog.y + dialog.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  expect(dialog.y + dialog.height).toBeLessThanOrEqual(problems.y);
  const corners = await prompt.evaluate((element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return [
      [left + 12, top + 12],
      [right - 12, top + 12],
      [left + 12, bottom - 12],
      [right - 12, bottom - 12],
    ].map(([x, y]) => {
      const hit = document.elementFromPoint(x!, y!);
      return hit !== null && element.contains(hit);
    });
  });
  expect(corners).toEqual([true, true, true, true]);
  for (const name of ['Cancel', 'Mount']) {
    expect(await hitAtCentre(prompt.getByRole('button', { name, exact: true }))).toBe(true);
  }
}

/** Clicks the centre of `locator` with the mouse, where the user would. */
async function clickCentre(page: Page, locator: Locator) {
  const at = await box(locator);
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
}

describe('the "Mount in…" prompt opened from a volume\'s menu with the keyboard', () => {
  const cases = [
    { width: 1024, height: 700, panel: 'open' },
    { width: 1024, height: 700, panel: 'closed' },
    { width: 1440, height: 900, panel: 'open' },
    { width: 1440, height: 900, panel: 'closed' },
  ] as const;

  for (const { width, height, panel } of cases) {
    it(`at ${width}×${height} with the Problems panel ${panel}: whole in the canvas, its buttons work, Escape returns to the volume`, async () => {
      const page = await openApp(browser, { viewport: { width, height } });
      const toggle = page.locator('.problems-dock__toggle');
      if (panel === 'open') await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe(String(panel === 'open'));
      const volume = node(page, 'Volume app-logs');
      await volume.focus();

      // Cancel, clicked: nothing is mounted, and the keyboard is back on the volume.
      let prompt = await mountInFromKeyboard(page, 'api-server');
      await expectWholeInCanvas(page, prompt);
      await clickCentre(page, prompt.getByRole('button', { name: 'Cancel', exact: true }));
      await prompt.waitFor({ state: 'detached' });
      await expect.poll(() => focused(page)).toBe('Volume app-logs');

      // Escape: the focus goes back to the volume the menu was opened on, not to the container.
      prompt = await mountInFromKeyboard(page, 'log-shipper');
      await expectWholeInCanvas(page, prompt);
      await page.keyboard.press('Escape');
      await prompt.waitFor({ state: 'detached' });
      await expect.poll(() => focused(page)).toBe('Volume app-logs');

      // Mount, clicked: the volume is mounted at the path asked for.
      prompt = await mountInFromKeyboard(page, 'log-shipper');
      await expectWholeInCanvas(page, prompt);
      await clickCentre(page, prompt.getByRole('button', { name: 'Mount', exact: true }));
      await prompt.waitFor({ state: 'detached' });
      await page
        .getByRole('group', { name: 'Mount of app-logs in log-shipper at /mnt/app-logs' })
        .waitFor();
      await expect.poll(() => focused(page)).toBe('Volume app-logs');
      await closeApp(page);
    });
  }
});

describe('the "Mount in…" prompt while the canvas changes around it', () => {
  it('stays whole in the canvas when the Problems panel opens, and follows its volume when the view moves', async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    const volume = node(page, 'Volume app-logs');
    await volume.focus();
    const prompt = await mountInFromKeyboard(page, 'api-server');
    await expectWholeInCanvas(page, prompt);

    // The panel takes the bottom of the canvas, where the prompt was.
    await page.locator('.problems-dock__toggle').click();
    await expect
      .poll(() => page.locator('.problems-dock__toggle').getAttribute('aria-expanded'))
      .toBe('true');
    await expectWholeInCanvas(page, prompt);

    // Zoomed out, the volume moves: the prompt keeps under it, centred on it.
    const centreGap = async () => {
      const [v, p] = [await box(volume), await box(prompt)];
      return Math.round(Math.abs(v.x + v.width / 2 - (p.x + p.width / 2)));
    };
    const before = await box(volume);
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect.poll(async () => (await box(volume)).x).not.toBe(before.x);
    await expect.poll(centreGap).toBeLessThanOrEqual(1);
    await expectWholeInCanvas(page, prompt);
    await closeApp(page);
  });

  it('opened by a connection, keeps under the point it was let go when the view moves', async () => {
    const page = await openApp(browser, { viewport: { width: 1440, height: 900 } });
    const handle = node(page, 'Init container init-migrate').locator('.react-flow__handle-bottom');
    await node(page, 'Volume app-logs').locator('.react-flow__handle').dragTo(handle);
    const prompt = page.getByRole('dialog', { name: 'Mount app-logs in init-migrate' });
    await prompt.waitFor();
    const offCentre = async () => {
      const [h, p] = [await box(handle), await box(prompt)];
      return Math.round(Math.abs(h.x + h.width / 2 - (p.x + p.width / 2)));
    };
    expect(await offCentre()).toBeLessThanOrEqual(2);
    const before = await box(handle);
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await expect.poll(async () => (await box(handle)).x).not.toBe(before.x);
    await expect.poll(offCentre).toBeLessThanOrEqual(2);
    await expectWholeInCanvas(page, prompt);
    await closeApp(page);
  });
});
