import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  downloaded,
  launchBrowser,
  node,
  closeApp,
  openApp,
  openFile,
  paletteItem,
  yamlText,
} from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('files in the browser', () => {
  it('New offers the templates; choosing one opens it at its first line', async () => {
    const page = await openApp(browser);
    // The editor is scrolled to the end of the lesson's Pod first.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    const scroller = page.locator('.cm-scroller');
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'New' }).click();
    const menu = page.getByRole('menu', { name: 'New' });
    await menu.getByRole('menuitem', { name: /Vault/ }).click();
    await node(page, 'Native sidecar vault-agent').or(node(page, 'Sidecar vault-agent')).waitFor();
    const text = await yamlText(page);
    expect(text).toContain('vault');
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeLessThan(5);
    expect(await page.locator('.cm-activeLine').textContent()).toBe(text.split('\n')[0]);
    await closeApp(page);
  });

  it('Open reads a manifest the user picks; the canvas shows it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pod-builder-'));
    const file = join(dir, 'web.yaml');
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: nginx
      image: nginx:1.27
`;
    await writeFile(file, text);
    const page = await openApp(browser);
    await openFile(page, file);
    await node(page, 'Container nginx').waitFor();
    expect(await yamlText(page)).toBe(text);
    await expect(page.locator('.toolbar__file').textContent()).resolves.toContain('web.yaml');
    await closeApp(page);
  });

  it('a file dropped on the editor opens, asking first; declined, the text stays as it was', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Volume').click();
    await node(page, 'Volume volume-1').waitFor();
    const before = await yamlText(page);
    const dropFile = (text: string) =>
      page.locator('.cm-content').evaluate((content, text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'other.yaml', { type: 'application/x-yaml' }));
        const { left, top } = content.getBoundingClientRect();
        const at = { bubbles: true, cancelable: true, dataTransfer: data };
        const point = { clientX: left + 40, clientY: top + 30 };
        content.dispatchEvent(new DragEvent('dragover', { ...at, ...point }));
        content.dispatchEvent(new DragEvent('drop', { ...at, ...point }));
      }, text);
    const other =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: other\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';

    // Declined: nothing of the dropped file is in the text.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await dropFile(other);
    await page.waitForTimeout(300);
    expect(await yamlText(page)).toBe(before);

    // Accepted: the file is opened, in place of the text.
    page.once('dialog', (dialog) => void dialog.accept());
    await dropFile(other);
    await expect.poll(() => yamlText(page)).toBe(other);
    await closeApp(page);
  });

  it('Save (Ctrl+S) downloads the text and clears the unsaved marker', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Volume').click();
    await node(page, 'Volume volume-1').waitFor();
    await expect(page.getByLabel('unsaved changes').count()).resolves.toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('ControlOrMeta+S'),
    ]);
    expect((await downloaded(download)).toString('utf8')).toBe(await yamlText(page));
    await page.getByLabel('unsaved changes').waitFor({ state: 'detached' });
    await closeApp(page);
  });

  it('Save pressed right after typing writes the keys just typed', async () => {
    const page = await openApp(browser);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# saved at once');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('ControlOrMeta+S'),
    ]);
    const saved = (await downloaded(download)).toString('utf8');
    expect(saved.trimEnd().endsWith('# saved at once')).toBe(true);
    expect(saved).toBe(await yamlText(page));
    await closeApp(page);
  });

  it('Save pressed in an inspector field writes what was typed there, and the field keeps the focus', async () => {
    const page = await openApp(browser);
    await node(page, 'Container api-server').click();
    const image = page
      .getByRole('region', { name: 'Inspector' })
      .getByLabel('Image', { exact: true });
    await image.click();
    await image.press('End');
    await page.keyboard.type('-rc1');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('ControlOrMeta+S'),
    ]);
    const saved = (await downloaded(download)).toString('utf8');
    expect(saved).toContain('image: my-api:v2-rc1');
    expect(saved).toBe(await yamlText(page));
    expect(await image.evaluate((el) => el === document.activeElement)).toBe(true);
    await closeApp(page);
  });
});
