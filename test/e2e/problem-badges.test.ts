import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp } from './support/app';
import { seriousViolations } from './support/axe';
import { asDesktopApp, menuCommand } from './support/desktop-host';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The count badges drawn on the canvas's nodes, found by the label a screen reader reads. */
const badges = (page: Page) =>
  page.locator('.react-flow__node').getByLabel(/^\d+ problems?, the worst: /);
const badgesToggle = (page: Page) =>
  page.getByRole('button', { name: 'Problem badges on the canvas' });
const problemsBar = (page: Page) => page.getByRole('button', { name: /^Problems/ });

describe('problem badges on the canvas', () => {
  it('hide with one click, stay hidden after a reload, and the problems stay one click away', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    // The lesson's Pod: each of its three containers carries a badge.
    await expect.poll(() => badges(page).count()).toBe(3);
    const counts = await problemsBar(page).textContent();
    expect(counts).toMatch(/[1-9]\d* warnings/);
    expect(await badgesToggle(page).getAttribute('aria-pressed')).toBe('true');

    await badgesToggle(page).click();
    await expect.poll(() => badges(page).count()).toBe(0);
    expect(await badgesToggle(page).getAttribute('aria-pressed')).toBe('false');
    // The nodes are all still drawn, and the bar still counts every problem.
    await expect(node(page, 'Sidecar log-shipper').isVisible()).resolves.toBe(true);
    expect(await problemsBar(page).textContent()).toBe(counts);

    await page.reload();
    await node(page, 'Container api-server').waitFor();
    expect(await badgesToggle(page).getAttribute('aria-pressed')).toBe('false');
    expect(await badges(page).count()).toBe(0);
    expect(await problemsBar(page).textContent()).toBe(counts);
    expect(await seriousViolations(page)).toEqual([]);

    // One click opens the list, every problem in it.
    const total = [...counts!.matchAll(/(\d+) (error|warning|suggestion)/g)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    await problemsBar(page).click();
    const rows = page
      .getByRole('region', { name: 'Problems' })
      .getByRole('button', { name: /^(Error|Warning|Suggestion):/ });
    await expect.poll(() => rows.count()).toBe(total);

    // The keyboard brings them back (Ctrl+Alt+B, as the desktop window's View menu has it).
    await node(page, 'Container api-server').click();
    await page.keyboard.press('Control+Alt+B');
    await expect.poll(() => badges(page).count()).toBe(3);
    expect(await badgesToggle(page).getAttribute('aria-pressed')).toBe('true');
    await closeApp(page);
  });

  it("the desktop window's View menu shows and hides them", async () => {
    const page = await openApp(browser, { beforeLoad: asDesktopApp });
    await expect.poll(() => badges(page).count()).toBe(3);
    await menuCommand(page, 'view:toggle-problem-badges');
    await expect.poll(() => badges(page).count()).toBe(0);
    await menuCommand(page, 'view:toggle-problem-badges');
    await expect.poll(() => badges(page).count()).toBe(3);
    await closeApp(page);
  });
});
