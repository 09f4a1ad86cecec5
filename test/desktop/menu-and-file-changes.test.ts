import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { focused, yamlText } from '../e2e/support/app';
import { teach } from '../e2e/teach/teach-page';
import { desktopSuite } from './harness/desktop-suite';
import { SHOP } from './harness/manifests';
import { changeOnCanvas } from './harness/user';

/**
 * The real main process (test/desktop/harness) and the world around its window: another program
 * changing the open file, and the native menu.
 */
const desktop = desktopSuite();

/** As an editor saves: a new file renamed over the old one. */
async function saveFromAnotherProgram(file: string, text: string): Promise<void> {
  const temporary = `${file}.swp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

describe('the desktop app and the world around it', () => {
  it('notices another program changing or deleting the open file', async () => {
    const { app, file } = await desktop.startOnShop();

    // No unsaved changes: the new version is simply shown.
    const theirs = SHOP.replace('nginx:1.27', 'nginx:1.28');
    await saveFromAnotherProgram(file, theirs);
    await expect.poll(() => yamlText(app.page)).toBe(theirs);
    expect(app.title).toBe('shop.yaml — Pod Builder');

    // Unsaved changes: the user chooses, and keeping them means Save replaces that version.
    const mine = await changeOnCanvas(app);
    await saveFromAnotherProgram(file, SHOP.replace('nginx:1.27', 'nginx:1.29'));
    const changed = await app.nextDialog();
    expect(changed.message).toBe('shop.yaml was changed by another program.');
    changed.press('Keep My Changes');
    expect(await yamlText(app.page)).toBe(mine);
    await app.page.keyboard.press('Control+S');
    await expect.poll(() => readFile(file, 'utf8')).toBe(mine);

    // Deleted: its text is only in the window now, and Save writes it back.
    await rm(file);
    const missing = await app.nextDialog();
    expect(missing.message).toBe('shop.yaml was deleted or moved by another program.');
    missing.press('Save');
    await expect.poll(() => readFile(file, 'utf8').catch(() => null)).toBe(mine);
    await expect.poll(() => app.title).toBe('shop.yaml — Pod Builder');

    // Deleted again, not saved now: a change undone leaves its text still only in the window.
    await rm(file);
    (await app.nextDialog()).press('Not Now');
    await changeOnCanvas(app);
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => yamlText(app.page)).toBe(mine);
    await app.closeWindow();
    const question = await app.nextDialog();
    expect(question.message).toBe('Do you want to save the changes you made to shop.yaml?');
    question.press('Save');
    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(await readFile(file, 'utf8')).toBe(mine);
    expect(app.dialogs.untaken).toEqual([]);
  });

  it('carries the native menu’s commands to the page: inspector, diagram export, problems, lecture', async () => {
    const { app } = await desktop.startOnShop();
    const { page } = app;
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.waitFor();

    await app.clickMenu('View > Show or Hide Inspector');
    await inspector.waitFor({ state: 'hidden' });
    await app.clickMenu('view:toggle-inspector');
    await inspector.waitFor();

    await app.clickMenu('File > Export Diagram as SVG…');
    const svgPlace = await app.nextDialog();
    expect(svgPlace.title).toBe('Export diagram');
    expect(svgPlace.options.defaultPath).toBe(path.join(desktop.work, 'shop.svg'));
    svgPlace.choose(path.join(desktop.work, 'shop.svg'));
    await expect
      .poll(() => readFile(path.join(desktop.work, 'shop.svg'), 'utf8').catch(() => ''))
      .toContain('</svg>');
    const drawing = await readFile(path.join(desktop.work, 'shop.svg'), 'utf8');
    expect(drawing).toContain('storefront');
    expect(drawing).toContain('nginx:1.27');

    await app.clickMenu('File > Export Diagram as PNG…');
    const pngPlace = await app.nextDialog();
    pngPlace.choose(path.join(desktop.work, 'slide.png'));
    await expect
      .poll(async () => [
        ...(
          await readFile(path.join(desktop.work, 'slide.png')).catch(() => Buffer.alloc(0))
        ).subarray(0, 8),
      ])
      .toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await app.clickMenu('Help > Kubernetes Docs: Pods');
    expect(app.openedExternal).toEqual(['https://kubernetes.io/docs/concepts/workloads/pods/']);

    // Through the real preload: the panel opens on its first problem.
    await app.clickMenu('View > Problems');
    await expect.poll(() => focused(page)).toMatch(/^(Error|Warning|Suggestion): /);

    await app.clickMenu('View > Lecture Mode');
    await teach.lecture(page).waitFor();
    expect(await teach.lecture(page).textContent()).toContain('Step 1 of 7');
  });
});
