import { existsSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Debian's Chromium (`apt-get install chromium`); never a browser download. CHROMIUM_PATH
 * points elsewhere when needed. The flags keep it from reaching for the network at start-up.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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

/** The box of something that must be on the screen. */
export async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}
