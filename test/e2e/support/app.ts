import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core';
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

/**
 * The context each test's page opens in, one per connected browser. A new context for each test
 * cost about 0.4 s more (its renderer process, and the app's script compiled again without the
 * code cache); the isolation a test needs is made by `freshPage` instead.
 */
const contexts = new WeakMap<Browser, BrowserContext>();

/**
 * A new page that knows nothing of the tests before it: the pages they left open are closed
 * (their Web Locks and broadcast channels go with them) and the origin's storage is cleared
 * (drafts, settings, the divider's place). Only the HTTP cache is kept.
 */
async function freshPage(browser: Browser, origin: string): Promise<Page> {
  let context = contexts.get(browser);
  if (!context) {
    const created = await browser.newContext({ acceptDownloads: true });
    created.on('close', () => contexts.delete(browser));
    contexts.set(browser, created);
    context = created;
  }
  await Promise.all(context.pages().map((page) => page.close()));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  return page;
}

/**
 * Opens the app on a fresh page and waits for the lesson's Pod to be on the canvas. The test
 * closes it when done (`page.close()`); one it leaves open is closed by the next `openApp`.
 */
export async function openApp(
  browser: Browser,
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** Runs on the new page before it loads the app (e.g. to add init scripts). */
    beforeLoad?: (page: Page) => Promise<void>;
  } = {},
): Promise<Page> {
  const url = inject('baseUrl');
  const page = await freshPage(browser, new URL(url).origin);
  await page.setViewportSize(options.viewport ?? { width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  // Fail at the step that waits, well before the test's own timeout, so the report names it.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await options.beforeLoad?.(page);
  await page.goto(url);
  // By its label, as `node` finds it: a role query polled while the app starts slows it down.
  await page.locator('.react-flow__node[aria-label="Container api-server"]').waitFor();
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

/** The box of something that must be on the screen. */
export async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}
