import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp } from '../support/app';
import { seriousViolations } from '../support/axe';
import { settledZoom, smallestVisibleText, teach, zoomOf } from './teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const strip = (page: Page) => page.getByRole('region', { name: 'Projector strip' });

/** Whether the node lies wholly inside the canvas's visible pane. */
async function inPane(page: Page, label: string): Promise<boolean> {
  const box = await node(page, label).boundingBox();
  const pane = await page.locator('.react-flow').boundingBox();
  if (!box || !pane) return false;
  return (
    box.x >= pane.x &&
    box.y >= pane.y &&
    box.x + box.width <= pane.x + pane.width &&
    box.y + box.height <= pane.y + pane.height
  );
}

/** The smallest font size in the strip, in CSS px. */
function smallestStripText(page: Page) {
  return strip(page).evaluate((el) => {
    let smallest = Infinity;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent?.trim() || !text.parentElement) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(text.parentElement).fontSize));
    }
    return smallest;
  });
}

// Each step waits for the canvas's fit and move (about a second): on a busy machine a test needs
// more than the suite's 30 s.
describe('Simulate in projector mode at 1280 × 720', { timeout: 60_000 }, () => {
  it('gives the canvas the screen, with every word at 18 px or more, step after step', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    await teach.simulateButton(page).click();
    await teach.select(page, 'Scenario').selectOption({ label: 'Init container fails' });
    const projector = teach.control(page, 'Projector');
    await projector.click();
    await strip(page).waitFor();
    // The side panes and the toolbar give way: the canvas spans the window's width.
    await expect(teach.simulation(page).isVisible()).resolves.toBe(false);
    const pane = await page.locator('.react-flow').boundingBox();
    expect(pane!.width).toBeGreaterThan(1270);
    const band = await strip(page).boundingBox();
    expect(band!.height).toBeLessThanOrEqual(200);
    await expect(strip(page).evaluate((el) => el.scrollHeight <= el.clientHeight)).resolves.toBe(
      true,
    );
    expect(await smallestStripText(page)).toBeGreaterThanOrEqual(18);

    const kubectl = strip(page).getByRole('status', { name: 'kubectl get pods' });
    for (let step = 1; step <= 6; step++) {
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(async () => (await smallestVisibleText(page)).smallest, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(18);
      expect((await smallestVisibleText(page)).count).toBeGreaterThan(2);
    }
    // Init:Error is shown on the init container, which the camera brought into view.
    await expect(kubectl.textContent()).resolves.toMatch(/Init:/);
    await expect.poll(() => inPane(page, 'Init container init-migrate')).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);

    // Escape leaves projector mode and gives the focus back to the button that started it.
    await page.keyboard.press('Escape');
    await strip(page).waitFor({ state: 'detached' });
    await expect(projector.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(projector.getAttribute('aria-pressed')).resolves.toBe('false');
    await closeApp(page);
  });

  it('keeps the zoom the instructor chose, and follows the container each step is about', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    await teach.simulateButton(page).click();
    await teach.select(page, 'Scenario').selectOption({ label: 'App crashes (CrashLoopBackOff)' });
    await teach.control(page, 'Projector').click();
    await strip(page).waitFor();
    // The init container runs first; the camera follows it.
    const kubectl = strip(page).getByRole('status', { name: 'kubectl get pods' });
    const event = strip(page).getByLabel('Latest event');
    const stepUntil = async (where: typeof kubectl, text: RegExp) => {
      for (let i = 0; i < 10 && !text.test((await where.textContent()) ?? ''); i++)
        await strip(page).getByRole('button', { name: 'Step' }).click();
      await expect(where.textContent()).resolves.toMatch(text);
    };
    await stepUntil(event, /Started container init-migrate/);
    await expect
      .poll(() => inPane(page, 'Init container init-migrate'), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => zoomOf(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(1.85);

    await page.getByRole('button', { name: 'Zoom In' }).click();
    const chosen = await settledZoom(page);
    expect(chosen).toBeGreaterThan(1.85 * 1.1);
    // Then the app container crashes: the camera goes to it, at the zoom chosen.
    await stepUntil(kubectl, /Error/);
    await expect.poll(() => inPane(page, 'Container api-server'), { timeout: 10_000 }).toBe(true);
    // Read once the camera has settled: on its way d3's flight zooms out and back in.
    expect(await settledZoom(page)).toBeCloseTo(chosen, 1);
    await closeApp(page);
  });
});
