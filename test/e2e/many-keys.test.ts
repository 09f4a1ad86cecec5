import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { manyKeysPod } from '../../bench/large-pod';
import {
  launchBrowser,
  node,
  openApp,
  closeApp,
  openFile,
  yamlEditor,
  yamlText,
} from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a file of many keys', () => {
  it('is read while the editor takes keys, saying that it is being read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pod-builder-'));
    const file = join(dir, 'many.yaml');
    // 1.1 MB, under the 5 MB limit: a second or more to read.
    await writeFile(file, manyKeysPod());
    const page = await openApp(browser);
    // The lesson's YAML scrolled to its end: the file opens at its first line all the same.
    const scroller = page.locator('.cm-scroller');
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(scroller.evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(0);
    await openFile(page, file);

    // The page says it is reading, and meanwhile still shows the Pod read before.
    const reading = page.getByRole('status').filter({ hasText: 'Reading the manifest' });
    await reading.waitFor();
    await expect(node(page, 'Container api-server').count()).resolves.toBe(1);

    // The file is in the editor, shown from its first line (scrolled by less than a line).
    await page.locator('.cm-line').filter({ hasText: 'key-0: "0"' }).waitFor();
    const lineHeight = await page
      .locator('.cm-line')
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
    await expect(scroller.evaluate((el) => el.scrollTop)).resolves.toBeLessThan(lineHeight);

    // A key typed now is in the editor while the reading goes on: nothing waited for it.
    await yamlEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('#');
    const [text, stillReading] = await Promise.all([yamlText(page), reading.isVisible()]);
    expect(text.endsWith('image: app:1\n#')).toBe(true);
    expect(stillReading).toBe(true);

    // Then the file's Pod is drawn, and the status line tells what it holds. (The key typed
    // meanwhile is read after the file: on a busy machine that reading may say so in its turn.)
    await node(page, 'Container app').waitFor({ timeout: 25_000 });
    await reading.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Pod many' }).waitFor({ timeout: 25_000 });

    // The inspector shows the Pod's first annotations as rows and counts the rest: every key
    // crossed from the worker, the last one too.
    const annotations = page.getByRole('group', { name: 'Annotations' });
    await expect(
      annotations.getByRole('textbox', { name: 'Value of key-0', exact: true }).inputValue(),
    ).resolves.toBe('0');
    await annotations
      .getByText('And 47,800 more annotations: edit them in the YAML.')
      .waitFor({ timeout: 5_000 });
    await annotations.getByRole('textbox', { name: 'New annotation key' }).fill('key-47999');
    await annotations.getByText('"key-47999" is already set').waitFor({ timeout: 5_000 });
    await closeApp(page);
  }, 60_000);
});
