import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HIDDEN_CHARACTERS } from '../../shared';
import { downloaded, launchBrowser, node, openApp, closeApp, replaceYaml } from './support/app';
import { scrubTo, teach } from './teach/teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Overrides and zero-width characters in every kind of field (and a comment). */
const HOSTILE = readFileSync(
  new URL('../fixtures/invalid/hidden-characters.yaml', import.meta.url),
  'utf8',
);

/**
 * Every hidden or bidirectional character the page would draw or announce: in its text (the
 * editor's included), its labels, its tooltips and its options, each with what holds it. An
 * input keeps the real value, to edit it; the line under it spells it out.
 */
function rawHiddenCharacters(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const hidden = new RegExp(source, 'u');
    const found: string[] = [];
    if (hidden.test(document.body.innerText)) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || !hidden.test(n.textContent ?? '')) continue;
        // Text a user cannot see is not drawn.
        if (!parent.checkVisibility() || parent.closest('[aria-hidden=true]')) continue;
        found.push(
          `text in ${parent.className || parent.tagName}: ${JSON.stringify(n.textContent)}`,
        );
      }
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      for (const attr of ['aria-label', 'title'])
        if (hidden.test(el.getAttribute(attr) ?? ''))
          found.push(`${attr} ${JSON.stringify(el.getAttribute(attr))}`);
    }
    for (const option of document.querySelectorAll('option'))
      if (hidden.test(option.textContent ?? '')) found.push(`option ${option.textContent}`);
    return found;
  }, HIDDEN_CHARACTERS.source);
}

describe('hidden and bidirectional characters', () => {
  it('are reported where they stand and shown as markers on every screen', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, HOSTILE);
    // `app` and `app` + U+200B are two nodes, and they look different.
    await node(page, 'Sidecar app⟨U+200B⟩').waitFor();
    await node(page, 'Container app').waitFor();
    const spoofed = node(page, 'Sidecar app⟨U+200B⟩');
    await expect(spoofed.locator('.pb-container__image').getAttribute('title')).resolves.toBe(
      '⟨U+202E⟩0.9.2:liatmorp/anafarg⟨U+202C⟩',
    );
    await expect(page.locator('.pb-pod__name').textContent()).resolves.toBe(
      'db⟨U+202E⟩metsys-ebuk n- ⟨U+202C⟩',
    );
    expect(await rawHiddenCharacters(page)).toEqual([]);

    // Problems: each character at its own line and column (16 in the fixture).
    await page.getByRole('button', { name: /^Problems/ }).click();
    const rows = page
      .getByRole('region', { name: 'Problems' })
      .getByRole('button', { name: /manifest\/hidden-character/ });
    await expect.poll(() => rows.count()).toBe(16);
    await expect(rows.first().getAttribute('aria-label')).resolves.toBe(
      'Error: Bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE): the text after it is shown reordered. manifest/hidden-character, line 2, column 36',
    );

    // The inspector names the container with its marker; its image field spells the value.
    await spoofed.click();
    const inspector = page.getByRole('form', { name: 'Container app⟨U+200B⟩' });
    await inspector.getByRole('heading', { name: 'Container app⟨U+200B⟩' }).waitFor();
    await inspector
      .getByText('With its hidden characters: ⟨U+202E⟩0.9.2:liatmorp/anafarg⟨U+202C⟩')
      .waitFor();
    expect(await rawHiddenCharacters(page)).toEqual([]);

    // The kubectl panel and the events show the markers.
    await teach.simulateButton(page).click();
    await teach.simulation(page).waitFor();
    await scrubTo(page, 12);
    const describe = page.getByRole('listitem', { name: /^Describe/ }).locator('code');
    await expect(describe.textContent()).resolves.toContain('db⟨U+202E⟩metsys-ebuk n- ⟨U+202C⟩');
    await expect
      .poll(() => page.getByRole('group', { name: 'Events so far' }).textContent())
      .toContain('⟨U+202E⟩0.9.2:liatmorp/anafarg⟨U+202C⟩');
    expect(await rawHiddenCharacters(page)).toEqual([]);

    // The exported diagram and its file name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export diagram as SVG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('db⟨U+202E⟩metsys-ebuk n- ⟨U+202C⟩.svg');
    const svg = (await downloaded(download)).toString('utf8');
    // The picture's text, without its markup (whose ids keep the real names, unseen).
    const drawn = svg.replace(/<[^>]*>/g, ' ');
    expect(drawn).toContain('app⟨U+200B⟩');
    expect(drawn).toContain('/var/⟨U+200C⟩data');
    expect(drawn.match(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069]/gu) ?? []).toEqual([]);
    await closeApp(page);
  });
});
