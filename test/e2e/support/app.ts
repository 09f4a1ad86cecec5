import {
  chromium,
  type Browser,
  type BrowserContext,
  type Download,
  type Locator,
  type Page,
} from 'playwright-core';
import { inject, onTestFinished } from 'vitest';

/**
 * The one Chromium that the e2e project's global setup launched, for this file's tests (a launch
 * per file cost about 0.7 s). Closing it closes every context the file opened.
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
 * The page each connection keeps for its next test: a page whose test has ended, emptied. A page
 * of a new context loads the app in about 2.5 s here (a new renderer process compiles the whole
 * bundle); the same page loads it again in about 0.7 s. With some 190 tests opening the app, that
 * was five minutes of the CI run.
 */
const spares = new WeakMap<Browser, Page>();
/** The context whose pages are kept, one per connection (its other options are set per page). */
const sharedContexts = new WeakMap<Browser, Promise<BrowserContext>>();
/** The pages `openApp` gave a test that `closeApp` has not taken back yet. */
const opened = new WeakSet<Page>();

function sharedContext(browser: Browser): Promise<BrowserContext> {
  let context = sharedContexts.get(browser);
  if (!context) {
    context = browser.newContext({ acceptDownloads: true });
    sharedContexts.set(browser, context);
  }
  return context;
}

/**
 * Opens the app on a page of its own, as a new tab would, and waits for the lesson's Pod to be on
 * the canvas. Nothing of an earlier test is left: no storage of the app's origin, no listener, no
 * route, no emulated media, no key or button held (see `closeApp`). A test that adds scripts to
 * run before the page loads gets a new context, since those scripts cannot be taken back. Two
 * pages opened in one test share their storage, as two tabs do. The page is taken back when the
 * test ends, passed or failed, if the test has not done so (`closeApp`).
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
  const viewport = options.viewport ?? { width: 1440, height: 900 };
  const colorScheme = options.colorScheme ?? 'light';
  let page: Page;
  if (options.beforeLoad) {
    const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
    page = await context.newPage();
  } else {
    const spare = spares.get(browser);
    spares.delete(browser);
    page = spare && !spare.isClosed() ? spare : await (await sharedContext(browser)).newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme, forcedColors: null, reducedMotion: null, media: null });
  }
  opened.add(page);
  try {
    // A test that fails before its own closeApp leaves nothing to the next.
    onTestFinished(() => closeApp(page));
  } catch {
    // Opened in a file's beforeAll, for all its tests: closed with the file's connection.
  }
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

/**
 * Ends a test's use of the app (once; again does nothing). Opened in a context of its own, the
 * page is closed with it. Else it is emptied and kept for the next `openApp`: its listeners and
 * routes removed, its session storage cleared, then, once it has left for `about:blank` (leaving
 * runs the app's own handlers, which may keep a draft), the origin's other storage (local,
 * IndexedDB...) cleared with CDP, and the mouse and modifier keys let go. Any other page the test
 * opened in the context is closed. A page that cannot be emptied (closed by the test, crashed,
 * held by a dialog) takes its context with it, storage and all: the next test starts a new one.
 */
export async function closeApp(page: Page): Promise<void> {
  if (!opened.has(page)) return;
  opened.delete(page);
  const context = page.context();
  const browser = context.browser();
  if (!browser || context !== (await sharedContexts.get(browser))) {
    await context.close();
    return;
  }
  try {
    for (const other of context.pages()) if (other !== page) await other.close();
    if (page.isClosed()) throw new Error('The test closed its page');
    await page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // A page with changes asks before it is left, as it asks a user.
    page.on('dialog', (dialog) => void dialog.accept());
    // Not answered by a page that a dialog holds, which then takes its context with it.
    await within(
      2_000,
      page.evaluate(() => sessionStorage.clear()),
    );
    await page.goto('about:blank');
    page.removeAllListeners('dialog');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(inject('baseUrl')).origin,
      storageTypes: 'all',
    });
    await cdp.detach();
    await page.mouse.move(0, 0);
    await page.mouse.up();
    for (const key of ['Shift', 'Control', 'Alt', 'Meta']) await page.keyboard.up(key);
    spares.set(browser, page);
  } catch {
    sharedContexts.delete(browser);
    spares.delete(browser);
    await context.close().catch(() => undefined);
  }
}

/** `work`, or a rejection after `ms` (`work` still running, its own failure then ignored). */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Not done in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
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
