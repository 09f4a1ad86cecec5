import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, yamlText } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a stray [ typed into the lesson Pod', () => {
  it('is one problem, in plain words, at the [; the canvas keeps the Pod and the text is kept', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    const lines = before.split('\n');
    const line = lines.findIndex((l) => l.includes('image: my-api:v2')) + 1;
    const col = lines[line - 1]!.indexOf('my-api') + 1;

    // Click the init container's image line, go to the start of `my-api:v2` by keys, type `[`.
    await page.locator('.cm-line', { hasText: 'image: my-api:v2' }).first().click();
    await page.keyboard.press('End');
    for (let i = 0; i < 'my-api:v2'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('[');

    const broken = lines.map((l, i) => (i === line - 1 ? l.replace('my-api', '[my-api') : l));
    await expect.poll(() => yamlText(page)).toBe(broken.join('\n'));

    const banner = page.getByRole('group', { name: 'YAML error' });
    await expect
      .poll(() => banner.textContent())
      .toMatch(
        new RegExp(`at line ${line}, column ${col}:.*\\[ starts a list that is never closed`),
      );

    const toggle = page.getByRole('button', { name: /^Problems/ });
    await page
      .getByRole('button', { name: 'Problems 1 error 0 warnings 0 suggestions', exact: true })
      .waitFor();
    await toggle.click();
    const rows = page
      .getByRole('region', { name: 'Problems' })
      .getByRole('button', { name: /^(Error|Warning|Suggestion):/ });
    await expect.poll(() => rows.count()).toBe(1);
    const name = await rows.first().getAttribute('aria-label');
    expect(name).toMatch(/^Error: This \[ starts a list that is never closed/);
    expect(name).toMatch(new RegExp(`line ${line}, column ${col}$`));
    expect(name).not.toMatch(/block-seq-ind|Implicit|compact|flow sequence/i);

    // One marker in the editor, on the line of the `[`.
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(1);
    await expect(page.locator('.cm-lintRange-error').textContent()).resolves.toBe('[');

    // The canvas still draws the last good Pod.
    for (const label of [
      'Init container init-migrate',
      'Container api-server',
      'Sidecar log-shipper',
    ]) {
      await expect(node(page, label).isVisible()).resolves.toBe(true);
    }

    // A canvas gesture is refused, in plain words (no Markdown backticks), until it is mended.
    await page
      .getByRole('navigation', { name: 'Palette' })
      .getByRole('button', { name: 'Sidecar', exact: true })
      .click();
    const alert = page.getByRole('alert').filter({ hasText: 'fix the YAML first' });
    await expect.poll(() => alert.textContent()).toMatch(/^The manifest does not parse \(line/);
    expect(await alert.textContent()).not.toContain('`');

    // Choosing the problem puts the cursor on the `[`'s line.
    await rows.first().click();
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('[my-api');

    // Taking the `[` back mends the Pod: the problem goes and the text is what it was.
    await page.keyboard.press('End');
    for (let i = 0; i < 'my-api:v2'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await expect.poll(() => yamlText(page)).toBe(before);
    await expect.poll(() => alert.count()).toBe(0);
    await page.getByRole('button', { name: /^Problems 0 errors / }).waitFor();
    await closeApp(page);
  });
});
