import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, closeApp, replaceYaml } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Starts counting what a screen reader would announce assertively: each alert that appears with
 * words in it, and each change of the words of one already there.
 */
async function countAlerts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heard: string[] = [];
    const last = new WeakMap<Element, string>();
    const alerts = () => [...document.querySelectorAll('[role=alert]')];
    for (const alert of alerts()) last.set(alert, alert.textContent ?? '');
    new MutationObserver(() => {
      for (const alert of alerts()) {
        const text = alert.textContent ?? '';
        if (text.trim() && text !== last.get(alert)) heard.push(text);
        last.set(alert, text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    (window as unknown as { heard: string[] }).heard = heard;
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

describe('announcements', () => {
  it('a YAML error is announced once while the user types on, not at every keystroke', async () => {
    const page = await openApp(browser);
    await replaceYaml(
      page,
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n      args: ',
    );
    const heard = await countAlerts(page);
    for (const key of '[unc') {
      await page.keyboard.type(key);
      await expect.poll(() => page.locator('.cm-content').textContent()).toContain(`args: [`);
    }
    await expect
      .poll(() => page.getByRole('group', { name: 'YAML error' }).textContent())
      .toContain('column 13');
    expect(await heard()).toEqual([
      'YAML error: This [ starts a list that is never closed: end the list with ], or delete the [.',
    ]);

    // Mended, then broken again: a new error, announced again.
    await page.keyboard.type(']');
    await page.getByRole('group', { name: 'YAML error' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Backspace');
    await expect.poll(heard).toHaveLength(2);
    await closeApp(page);
  });
});
