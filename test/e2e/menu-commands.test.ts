import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  node,
  openApp,
  closeApp,
  focused,
  paletteItem,
  yamlEditor,
  yamlText,
} from './support/app';
import { asDesktopApp, bridgeCalls, menuCommand } from './support/desktop-host';
import { teach } from './teach/teach-page';

/**
 * The native menu's commands, as the renderer receives them in Pod Builder's window: the page
 * runs with a stand-in for the preload's bridge, which delivers the commands and records what
 * the renderer asks of the host.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openDesktop = () => openApp(browser, { beforeLoad: asDesktopApp });

const zoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** The zoom once the canvas has stopped moving (the fit on opening is animated). */
async function settledZoom(page: Page): Promise<number> {
  let last = await zoom(page);
  for (let steady = 0; steady < 4;) {
    await page.waitForTimeout(100);
    const now = await zoom(page);
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
  return last;
}

/** Waits until the bridge has received `count` calls named `method`, and returns them. */
async function waitForCalls(page: Page, method: string, count = 1) {
  await expect.poll(async () => (await bridgeCalls(page, method)).length).toBe(count);
  return bridgeCalls(page, method);
}

describe('the native menu, in the desktop window', () => {
  it('View hides and shows the inspector and the YAML editor', async () => {
    const page = await openDesktop();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.waitFor();

    await menuCommand(page, 'view:toggle-inspector');
    await inspector.waitFor({ state: 'hidden' });
    expect(await yamlEditor(page).isVisible()).toBe(true);

    await menuCommand(page, 'view:toggle-yaml');
    await yamlEditor(page).waitFor({ state: 'hidden' });

    await menuCommand(page, 'view:toggle-inspector');
    await menuCommand(page, 'view:toggle-yaml');
    await inspector.waitFor();
    await yamlEditor(page).waitFor();
    await closeApp(page);
  });

  it('View zooms the canvas in, out and back to fit', async () => {
    const page = await openDesktop();
    const fitted = await settledZoom(page);

    await menuCommand(page, 'view:zoom-in');
    await expect.poll(() => zoom(page)).toBeGreaterThan(fitted * 1.1);
    await menuCommand(page, 'view:zoom-out');
    await menuCommand(page, 'view:zoom-out');
    await expect.poll(() => zoom(page)).toBeLessThan(fitted * 0.95);
    await menuCommand(page, 'view:fit');
    expect(Math.abs((await settledZoom(page)) - fitted)).toBeLessThan(0.001);
    await closeApp(page);
  });

  it('View opens the simulation and lecture mode', async () => {
    const page = await openDesktop();
    await menuCommand(page, 'view:simulate');
    await teach.simulation(page).waitFor();
    await menuCommand(page, 'view:lecture');
    await teach.lecture(page).waitFor();
    expect(await teach.lecture(page).textContent()).toContain('Step 1 of 7');
    await closeApp(page);
  });

  it('View › Problems opens the Problems panel on its first problem, from a field too', async () => {
    const page = await openDesktop();
    const toggle = page.getByRole('button', { name: /^Problems/ });
    await node(page, 'Container api-server').click();
    await page
      .getByRole('region', { name: 'Inspector' })
      .getByLabel('Image', { exact: true })
      .click();

    // Ctrl+Shift+M is the item's accelerator here: the page leaves the key to the menu.
    await page.keyboard.press('ControlOrMeta+Shift+M');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await menuCommand(page, 'view:problems');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    const first = await page.locator('.problems__select').first().getAttribute('aria-label');
    expect(first).toMatch(/^(Error|Warning|Suggestion): /);
    await expect.poll(() => focused(page)).toBe(first);

    // In a lecture the panel is not on the page: the item says how to see it.
    await menuCommand(page, 'view:lecture');
    await page.getByRole('region', { name: 'Lecture' }).waitFor();
    await menuCommand(page, 'view:problems');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('The Problems panel is not shown during the lecture');
    await closeApp(page);
  });

  it('Edit undoes and redoes a canvas change, and in a field its typing first', async () => {
    const page = await openDesktop();
    const before = await yamlText(page);
    await paletteItem(page, 'Volume').click();
    await expect.poll(() => yamlText(page)).not.toBe(before);
    const after = await yamlText(page);

    await menuCommand(page, 'edit:undo');
    await expect.poll(() => yamlText(page)).toBe(before);
    await menuCommand(page, 'edit:redo');
    await expect.poll(() => yamlText(page)).toBe(after);

    // In an inspector field: its typing first, then, with nothing typed, the Pod's change.
    await node(page, 'Container api-server').click();
    const image = page
      .getByRole('region', { name: 'Inspector' })
      .getByLabel('Image', { exact: true });
    const original = await image.inputValue();
    await image.click();
    await page.keyboard.press('End');
    await page.keyboard.type('-rc1');
    await menuCommand(page, 'edit:undo');
    await expect.poll(() => image.inputValue()).toBe(original);
    expect(await yamlText(page)).toBe(after);
    await menuCommand(page, 'edit:undo');
    await expect.poll(() => yamlText(page)).toBe(before);
    await closeApp(page);
  });

  it('File saves, exports the manifest and the diagram through the host', async () => {
    const page = await openDesktop();
    const text = await yamlText(page);

    await menuCommand(page, 'file:save');
    const [save] = await waitForCalls(page, 'save');
    expect(save?.request).toMatchObject({ suggestedName: 'pod-anatomy.yaml', text });

    await menuCommand(page, 'file:export-manifest');
    const [manifest] = await waitForCalls(page, 'exportManifest');
    expect(manifest?.request).toEqual({ suggestedName: 'api-server.yaml', text });
    await page.locator('.notice').filter({ hasText: 'Exported api-server.yaml' }).waitFor();

    await menuCommand(page, 'file:export-diagram-png');
    const [png] = await waitForCalls(page, 'exportImage');
    expect(png?.request).toMatchObject({ suggestedName: 'api-server.png', format: 'png' });
    expect(png?.request?.head).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await menuCommand(page, 'file:export-diagram-svg');
    const [, svg] = await waitForCalls(page, 'exportImage', 2);
    expect(svg?.request).toMatchObject({ suggestedName: 'api-server.svg', format: 'svg' });
    // A vector drawing of the whole Pod: an XML document of several kilobytes.
    expect(svg?.request?.head).toEqual([...Buffer.from('<?xml ve')]);
    expect(svg?.request?.bytes).toBeGreaterThan(4_000);
    await closeApp(page);
  });

  it('File › New starts the document the host gives', async () => {
    const page = await openDesktop();
    await menuCommand(page, 'file:new');
    const [request] = await waitForCalls(page, 'newDocument');
    expect(request?.request).toEqual({ templateId: null });
    await node(page, 'Container app').waitFor();
    expect(await yamlText(page)).toContain('name: blank');
    await closeApp(page);
  });
});
