import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp } from './support/app';
import { seriousViolations } from './support/axe';
import { scrubTo, teach } from './teach/teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The states a user meets, reached one after the other on one page as a user would, each with
 * what leaves it again. axe reads the DOM's text, the canvas nodes' included.
 */
const STATES: {
  name: string;
  enter: (page: Page) => Promise<void>;
  leave?: (page: Page) => Promise<void>;
}[] = [
  { name: 'the first screen', enter: async () => {} },
  {
    name: 'a container selected',
    enter: async (page) => {
      await node(page, 'Container api-server').click();
      await page
        .getByRole('heading', { name: /api-server/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'a volume selected',
    enter: async (page) => {
      await node(page, 'Volume app-logs').click();
      await page
        .getByRole('heading', { name: /app-logs/ })
        .first()
        .waitFor();
    },
  },
  {
    name: 'Problems open',
    enter: async (page) => {
      await page.getByRole('button', { name: /^Problems/ }).click();
      await page.getByRole('region', { name: 'Problems' }).waitFor();
    },
  },
  {
    name: 'the New menu',
    enter: async (page) => {
      await page.getByRole('button', { name: 'New', exact: true }).click();
      await page.getByRole('menu', { name: 'New' }).waitFor();
    },
    leave: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'Settings',
    enter: async (page) => {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    },
    leave: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'the mount prompt',
    enter: async (page) => {
      await node(page, 'Volume app-logs')
        .locator('.react-flow__handle')
        .dragTo(node(page, 'Init container init-migrate').locator('.react-flow__handle-bottom'));
      await page.getByRole('dialog', { name: 'Mount app-logs in init-migrate' }).waitFor();
    },
    leave: (page) => page.keyboard.press('Escape'),
  },
  {
    // The init container runs while the app containers wait, dimmed.
    name: 'Simulate running',
    enter: async (page) => {
      await teach.simulateButton(page).click();
      await teach.simulation(page).waitFor();
      await scrubTo(page, 4);
      await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(/Init:0\/1/);
    },
    leave: (page) => teach.simulateButton(page).click(),
  },
  {
    name: 'Lecture',
    enter: async (page) => {
      await teach.lectureButton(page).click();
      await teach.lecture(page).waitFor();
      await page.keyboard.press('End');
    },
  },
];

describe.each(['light', 'dark'] as const)('axe-core (WCAG 2.1 AA) in %s mode', (colorScheme) => {
  it('finds no serious or critical violation in any state', async () => {
    const page = await openApp(browser, { colorScheme });
    const found: string[] = [];
    for (const state of STATES) {
      await state.enter(page);
      // Measured once the canvas's fades and moves have finished, as a user would see it.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== 'running'),
      );
      for (const line of await seriousViolations(page)) found.push(`${state.name}: ${line}`);
      await state.leave?.(page);
    }
    expect(found).toEqual([]);
    await closeApp(page);
    // Nine states, each audited in full: about 2 s of axe apiece on a quiet machine.
  }, 90_000);
});
