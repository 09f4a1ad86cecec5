import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, replaceYaml, box, focused } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const canvas = (page: Page) => page.getByRole('application', { name: 'Pod canvas' });

/** Every item of the open menu lies inside the canvas, with nothing cut off. */
async function expectMenuInsideCanvas(page: Page) {
  const room = await box(canvas(page));
  const items = page.getByRole('menu').getByRole('menuitem');
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    const b = await box(item);
    expect(b.x).toBeGreaterThanOrEqual(room.x);
    expect(b.y).toBeGreaterThanOrEqual(room.y);
    expect(b.x + b.width).toBeLessThanOrEqual(room.x + room.width);
    expect(b.y + b.height).toBeLessThanOrEqual(room.y + room.height);
  }
}

describe("the canvas's node menu stays whole inside the canvas", () => {
  it("opens to the left at the right-most node's right edge, above a point near the bottom", async () => {
    const page = await openApp(browser);
    const menu = page.getByRole('menu', { name: 'Actions for container log-shipper' });
    const shipper = await box(node(page, 'Sidecar log-shipper'));
    await page.mouse.click(shipper.x + shipper.width - 6, shipper.y + shipper.height / 2, {
      button: 'right',
    });
    await menu.waitFor();
    await expectMenuInsideCanvas(page);
    await page.keyboard.press('Escape');

    // Pan the Pod down until the sidecar sits just above the canvas's bottom edge.
    const room = await box(canvas(page));
    const drop = room.y + room.height - 40 - (shipper.y + shipper.height);
    await page.mouse.move(room.x + 20, room.y + 120);
    await page.mouse.down();
    await page.mouse.move(room.x + 20, room.y + 120 + drop, { steps: 8 });
    await page.mouse.up();
    const moved = await box(node(page, 'Sidecar log-shipper'));
    expect(moved.y + moved.height).toBeGreaterThan(room.y + room.height - 80);
    await page.mouse.click(moved.x + 20, moved.y + moved.height - 6, { button: 'right' });
    await menu.waitFor();
    await expectMenuInsideCanvas(page);
    await closeApp(page);
  });

  it('opened with Shift+F10 in a narrow window', async () => {
    const page = await openApp(browser, { viewport: { width: 1100, height: 700 } });
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu', { name: 'Actions for container log-shipper' }).waitFor();
    await expectMenuInsideCanvas(page);
    await closeApp(page);
  });
});

describe('the focus goes back to what opened a menu or a dialog', () => {
  it('the node menu returns it to its node: Escape, Tab, its items; a click elsewhere keeps it', async () => {
    const page = await openApp(browser);
    const menu = page.getByRole('menu');
    await node(page, 'Sidecar log-shipper').click({ button: 'right' });
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Sidecar log-shipper');

    // Tab closes the menu and goes on from the node, as it would have without the menu.
    await page.keyboard.press('Shift+F10');
    await menu.waitFor();
    await page.keyboard.press('Tab');
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Volume app-logs');

    // The node keeps the focus when it moves to another lane.
    await node(page, 'Sidecar log-shipper').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Make main container' }).click();
    await node(page, 'Container log-shipper').waitFor();
    await expect.poll(() => focused(page)).toBe('Container log-shipper');
    await node(page, 'Sidecar api-server').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Make init container' }).click();
    await node(page, 'Init container api-server').waitFor();
    await expect.poll(() => focused(page)).toBe('Init container api-server');

    await node(page, 'Container log-shipper').click({ button: 'right' });
    await menu.waitFor();
    await page.getByRole('textbox', { name: 'Manifest YAML' }).click();
    await menu.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Manifest YAML');
    await closeApp(page);
  });

  it('New describes each template; the menus, Settings and the export confirmation return it to their buttons', async () => {
    const page = await openApp(browser);
    // The New menu says what each template shows, under its title.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    const menu = page.getByRole('menu', { name: 'New' });
    const anatomy = menu.getByRole('menuitem', { name: 'Pod anatomy', exact: true });
    const description = await anatomy.evaluate(
      (item) => document.getElementById(item.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(description).toMatch(/^The lesson's diagram: an init container/);
    const title = await box(anatomy.getByText('Pod anatomy', { exact: true }));
    const under = await box(menu.getByText(description!));
    expect(under.y).toBeGreaterThanOrEqual(title.y + title.height);
    await page.keyboard.press('Escape');

    for (const name of ['New', 'File']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.getByRole('menu', { name }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('menu', { name }).waitFor({ state: 'detached' });
      expect(await focused(page)).toBe(name);
    }
    // A second click on the button closes its menu.
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('menu', { name: 'New' }).waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('New');

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Settings');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await focused(page)).toBe('Settings');

    await replaceYaml(
      page,
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: Web_1\n      image: nginx:1.27\n',
    );
    const confirm = page.getByRole('alertdialog');
    await page.getByRole('button', { name: 'Export manifest' }).click();
    await confirm.waitFor();
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Export manifest');
    await closeApp(page);
  });
});

describe('deleting keeps the focus on the canvas', () => {
  it('the Delete key moves it to the next node in the lane; an emptied lane leaves it on the canvas', async () => {
    const page = await openApp(browser);
    await node(page, 'Container api-server').click();
    await page.keyboard.press('Delete');
    await node(page, 'Container api-server').waitFor({ state: 'detached' });
    // The sidecar after it, now the main container.
    await expect.poll(() => focused(page)).toBe('Container log-shipper');

    await node(page, 'Container log-shipper').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /^Delete/ }).click();
    await node(page, 'Container log-shipper').waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('Pod canvas');
    await closeApp(page);
  });
});
