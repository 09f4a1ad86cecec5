import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  downloaded,
  lastAnnounced,
  launchBrowser,
  node,
  openApp,
  replaceYaml,
  yamlText,
} from './support/app';
import { teach } from './teach/teach-page';

let browser: Browser;
let page: Page;
// One page for the whole file: each test leaves it as it found it (nothing open).
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** How the focused element would be announced: its label, else its text. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });

const button = (name: string) => page.getByRole('button', { name, exact: true });

const lastSaid = () => lastAnnounced(page);

/** Whether the control has the focus (a form control's name comes from its label). */
const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('the focus comes back after a dialog or a mode', () => {
  it('the mount prompt is modal: Tab stays in it, and the focus returns to the container', async () => {
    const prompt = page.getByRole('dialog', { name: 'Mount app-logs in init-migrate' });
    const connect = () =>
      node(page, 'Volume app-logs')
        .locator('.react-flow__handle')
        .dragTo(node(page, 'Init container init-migrate').locator('.react-flow__handle-bottom'));
    await connect();
    await expect(prompt.getAttribute('aria-modal')).resolves.toBe('true');
    const path = prompt.getByLabel('Mount path');
    const readOnly = prompt.getByLabel('Read-only');
    const cancel = prompt.getByRole('button', { name: 'Cancel' });
    const mount = prompt.getByRole('button', { name: 'Mount' });
    await expect.poll(() => hasFocus(path)).toBe(true);
    // Read-only, Cancel, Mount, then round again: never out of the prompt.
    for (const next of [readOnly, cancel, mount, path, readOnly]) {
      await page.keyboard.press('Tab');
      expect(await hasFocus(next)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await hasFocus(mount)).toBe(true);
    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Init container init-migrate');

    // Mounting returns it there as well.
    await connect();
    await expect.poll(() => hasFocus(path)).toBe(true);
    await page.keyboard.press('Enter');
    await prompt.waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Init container init-migrate');
    // The node says nothing of the mount: the live region does.
    await expect.poll(lastSaid).toMatch(/^Mounted app-logs in init-migrate at \/\S+\.$/);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(lastSaid).toBe('Undone.');
  });

  it('Settings opens on its first control; Lecture (whose focus shows) and an export give it back', async () => {
    await button('Settings').click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await hasFocus(page.getByLabel('Target Kubernetes version'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('Settings');

    await teach.lectureButton(page).click();
    await teach.lecture(page).waitFor();
    await page.keyboard.press('Escape');
    await teach.lecture(page).waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Lecture');
    // Opened from the keyboard, the lecture takes the focus and shows that it has it.
    await page.keyboard.press('Enter');
    await teach.lecture(page).waitFor();
    await expect
      .poll(() =>
        teach
          .lecture(page)
          .evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle),
      )
      .toBe('solid');
    await page.keyboard.press('Escape');
    await teach.lecture(page).waitFor({ state: 'detached' });

    await button('Export diagram as SVG').focus();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    await downloaded(download);
    await expect.poll(focused).toBe('Export diagram as SVG');
  });
});

describe('Tab over the canvas', () => {
  it('goes from the zoom buttons (top left) to the diagram export (top right)', async () => {
    await button('Zoom In').focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Zoom Out');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Fit View');
    await page.keyboard.press('Tab');
    expect(await hasFocus(page.getByLabel('Colours'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Export diagram as PNG');
  });

  it('reaches the nodes before the mount links between them, both ways', async () => {
    const mounts = [
      'Mount of app-logs in api-server at /var/log/app',
      'Mount of app-logs in log-shipper at /var/log/app, read-only',
    ];
    // The palette's last item is the stop before the canvas.
    await page.getByRole('navigation', { name: 'Palette' }).getByRole('button').last().focus();
    const stops: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    expect(stops).toEqual([
      'Init container init-migrate',
      'Container api-server',
      'Sidecar log-shipper',
      'Volume app-logs',
      ...mounts,
      'Zoom In',
    ]);
    for (const back of [mounts[1], mounts[0], 'Volume app-logs']) {
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe(back);
    }
    // Tab selected what it reached: Escape lets go of it, as the next test expects.
    await page.keyboard.press('Escape');
  });
});

describe('menus from the keyboard', () => {
  it('ArrowDown opens File on its first item; Home and End go to the first and the last', async () => {
    await button('File').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu', { name: 'File' }).waitFor();
    expect(await focused()).toBe('Open… Ctrl+O');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Save as… Ctrl+Shift+S');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('Open… Ctrl+O');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('File');
  });
});

describe('init containers reordered from the keyboard', () => {
  it('Move down in the node menu, and Alt+↑ on the focused node, change the run order', async () => {
    const chain = readFileSync(
      new URL('../fixtures/manifests/pod-init-chain.yaml', import.meta.url),
      'utf8',
    );
    const order = async () =>
      [...(await yamlText(page)).matchAll(/- name: (init-\w+)/g)].map((m) => m[1]);
    await replaceYaml(page, chain);
    const first = node(page, 'Init container init-myservice');
    await first.waitFor();
    expect(await order()).toEqual(['init-myservice', 'init-mydb']);

    await first.focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for container init-myservice' });
    // The first can only go down.
    await expect(menu.getByRole('menuitem', { name: /^Move up/ }).count()).resolves.toBe(0);
    await menu.getByRole('menuitem', { name: /^Move down/ }).click();
    await expect.poll(order).toEqual(['init-mydb', 'init-myservice']);
    await expect.poll(focused).toBe('Init container init-myservice');
    // The focused node keeps its name: where it runs now is said in the live region.
    await expect.poll(lastSaid).toBe('init-myservice is now number 2 of 2 in initContainers.');

    // Alt+↑ moves it back, and the focus stays on it.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(order).toEqual(['init-myservice', 'init-mydb']);
    await expect.poll(focused).toBe('Init container init-myservice');
    await expect.poll(lastSaid).toBe('init-myservice is now number 1 of 2 in initContainers.');
    // Already first: Alt+↑ changes nothing, and says so.
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(lastSaid)
      .toBe('init-myservice is number 1 of 2 in initContainers already: it starts first.');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(order).toEqual(['init-mydb', 'init-myservice']);
  });
});
