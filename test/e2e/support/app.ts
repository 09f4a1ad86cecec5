import { chromium, type Browser, type Download, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * The one Chromium that the e2e project's global setup launched, for this file's tests: each
 * test opens the app in a context of its own. (A launch per file cost about 0.7 s.)
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * The bytes of a file the page downloaded. The browser runs in another process, so the file is
 * read as a stream (`Download.path()` is not available to a connected client).
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Opens the app on a fresh page and waits for the lesson's Pod to be on the canvas. */
export async function openApp(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** Runs on the new page before it loads the app (e.g. to add init scripts). */
    beforeLoad?: (page: Page) => Promise<void>;
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // Fail at the step that waits, well before the test's own timeout, so the report names it.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await options.beforeLoad?.(page);
  await page.goto(inject('baseUrl'));
  await node(page, 'Container api-server').waitFor();
  if (errors.length > 0) throw new Error(`The page threw: ${errors.join('\n')}`);
  return page;
}

/** A canvas node, found as a screen reader would: by its role-and-name label. */
export function node(page: Page, label: string): Locator {
  return page.getByRole('group', { name: label, exact: true });
}

export function paletteItem(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name, exact: true });
}

export function yamlEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Manifest YAML' });
}

/**
 * The editor's whole text. CodeMirror draws only the lines in view, so the text is read from the
 * editor's state, found from its DOM the way `EditorView.findFromDOM` does.
 */
export async function yamlText(page: Page): Promise<string> {
  return yamlEditor(page).evaluate((el) => {
    // `cmTile` is how @codemirror/view 6.4x links its DOM to the view (findFromDOM reads it).
    type Linked = { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } };
    const view = (el as unknown as Linked).cmTile?.root?.view;
    if (!view) throw new Error('No CodeMirror view behind the "Manifest YAML" textbox');
    return view.state.doc.toString();
  });
}

/** Replaces the whole manifest as if the user selected all and pasted. */
export async function replaceYaml(page: Page, text: string): Promise<void> {
  const editor = yamlEditor(page);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

// File › Open… and the file picked in the chooser, as the user (and the benchmarks) open a file.
export { openFile } from '../../../bench/browser-page';

/** How the focused element would be announced: its label, else its text. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
  });

/** What the page's polite live region said last, as a screen reader reads it (Announcer). */
export const lastAnnounced = (page: Page) =>
  page.evaluate(
    () => document.querySelector('.announcer[role=status]')?.lastElementChild?.textContent ?? '',
  );

/** The box of something that must be on the screen. */
export async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}
