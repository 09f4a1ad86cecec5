/** What the browser cases do on the app's page, as a user would. */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { containerName, INIT_CONTAINERS, largePod } from './large-pod';

/** A canvas node, by its role-and-name label. */
export function node(page: Page, label: string): Locator {
  return page.getByRole('group', { name: label, exact: true });
}

/** Pastes the large Pod over the manifest in the editor. */
export async function pasteLargePod(page: Page): Promise<void> {
  // The user pastes the large Pod over the lesson's: select all, then the paste event that
  // Ctrl+V fires. (Typing it with keyboard.insertText, as the e2e tests' replaceYaml does,
  // makes Chromium's contenteditable insert 5,000 lines natively: minutes, not a user's path.)
  const editor = page.getByRole('textbox', { name: 'Manifest YAML' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await editor.evaluate((content, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    content.dispatchEvent(paste);
  }, largePod());
}

/** Waits until the page has run no task of 50 ms or more for `quietMs`. */
export async function waitForQuiet(page: Page, quietMs: number) {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const observer = new PerformanceObserver(() => {
          last = performance.now();
        });
        observer.observe({ type: 'longtask' });
        const check = () => {
          if (performance.now() - last >= quiet) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        setTimeout(check, 100);
      }),
    quietMs,
  );
}

/**
 * Waits as a person who stops between keys does: `pauseMs`, then until the page is idle, so that
 * what the last key set going (its reading, the canvas, the draft) is not timed with the next.
 */
export async function pause(page: Page, pauseMs: number): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve) =>
        setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), ms),
      ),
    pauseMs,
  );
}

/**
 * Puts the editor's cursor at the end of the first line that contains `search` after `after`,
 * and focuses it, as a click there would.
 */
export async function cursorAtEndOf(page: Page, search: string, after = ''): Promise<void> {
  await page.getByRole('textbox', { name: 'Manifest YAML' }).evaluate(
    (el, { search, after }) => {
      // `cmTile` links CodeMirror's DOM to its view (as EditorView.findFromDOM reads it).
      type View = {
        state: { doc: { toString(): string } };
        dispatch(spec: object): void;
        focus(): void;
      };
      const view = (el as unknown as { cmTile?: { root?: { view?: View } } }).cmTile?.root?.view;
      if (!view) throw new Error('No CodeMirror view behind the editor');
      const text = view.state.doc.toString();
      const at = text.indexOf(search, text.indexOf(after));
      if (at < 0) throw new Error(`The editor has no ${search}`);
      const end = text.indexOf('\n', at);
      view.dispatch({ selection: { anchor: end < 0 ? text.length : end }, scrollIntoView: true });
      view.focus();
    },
    { search, after },
  );
}

/** The app in a fresh context at 1440 x 900, once the lesson's Pod is on the canvas. */
export async function openApp(
  browser: Browser,
  appUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(appUrl);
  await node(page, 'Container api-server').waitFor();
  return { context, page };
}

/** Pastes the large Pod and waits until its canvas is drawn and the page has done its work. */
export async function loadLargePod(page: Page): Promise<void> {
  await pasteLargePod(page);
  await node(page, `Container ${containerName(INIT_CONTAINERS)}`).waitFor();
  await waitForQuiet(page, 1_000);
}

/** Opens a file from disk with File › Open, choosing it in the file chooser. */
export async function openFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByRole('button', { name: 'File' }).click();
      await page.getByRole('menuitem', { name: /Open/ }).click();
    })(),
  ]);
  await chooser.setFiles(file);
}
