import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { paletteItem, yamlText } from '../../e2e/support/app';
import type { DesktopApp } from './desktop-app';

/**
 * Drops a file from the computer on the window. The drag itself comes from the operating system,
 * which no test can drive: the page gets the events a drop of that file makes, and the preload's
 * `webUtils.getPathForFile` learns its path from the harness instead of the operating system.
 */
export async function dropFile(page: Page, filePath: string): Promise<void> {
  const text = await readFile(filePath, 'utf8');
  await page.evaluate(
    ({ name, text, filePath }) => {
      const file = new File([text], name, { type: 'application/yaml' });
      (
        window as unknown as { __electronDroppedFrom(file: File, path: string): void }
      ).__electronDroppedFrom(file, filePath);
      const data = new DataTransfer();
      data.items.add(file);
      const target = document.querySelector('.react-flow') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        );
      }
    },
    { name: path.basename(filePath), text, filePath },
  );
}

/** The crash-recovery drafts the app keeps in its user data folder. */
export async function draftFiles(userData: string): Promise<string[]> {
  const folder = path.join(userData, 'drafts');
  const current = await readdir(folder).catch(() => [] as string[]);
  const earlier = await readdir(path.join(folder, 'earlier')).catch(() => [] as string[]);
  return [
    ...current.filter((name) => name.endsWith('.json')),
    ...earlier.map((n) => `earlier/${n}`),
  ];
}

/**
 * Adds a volume on the canvas, and waits until the main process knows of the unsaved change (the
 * title's •). Returns the text the window shows.
 */
export async function changeOnCanvas(app: DesktopApp): Promise<string> {
  const before = await yamlText(app.page);
  await paletteItem(app.page, 'Volume').click();
  await expect.poll(() => yamlText(app.page)).not.toBe(before);
  await expect.poll(() => app.title).toMatch(/• — Pod Builder$/);
  return yamlText(app.page);
}
