/** What the browser cases do on the app's page, as a user would. */
import type { Locator, Page } from 'playwright-core';
import { largePod } from './large-pod';

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
