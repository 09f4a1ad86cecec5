import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { unsavedChangesQuestion } from '../../shared/host';
import { node, yamlEditor, yamlText } from '../e2e/support/app';
import { desktopSuite } from './harness/desktop-suite';
import { SHOP } from './harness/manifests';
import { changeOnCanvas, draftFiles } from './harness/user';

/** Closing the window of the real main process with unsaved changes (test/desktop/harness). */
const desktop = desktopSuite();

describe('closing the desktop window with unsaved changes', () => {
  it("asks; Cancel keeps the window and the changes, Don't Save goes on without them", async () => {
    const { app, file } = await desktop.startOnShop();
    const changed = await changeOnCanvas(app);

    await app.closeWindow();
    const question = await app.nextDialog();
    expect(question.message).toBe(unsavedChangesQuestion('shop.yaml'));
    expect(question.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    question.press('Cancel');
    await app.clickMenu('File > New from Template > Pod anatomy');

    // Still there, still changed: replacing the document asks too.
    const again = await app.nextDialog();
    expect(again.message).toBe(unsavedChangesQuestion('shop.yaml'));
    expect(await yamlText(app.page)).toBe(changed);
    expect(app.title).toBe('shop.yaml• — Pod Builder');
    again.press("Don't Save");
    await node(app.page, 'Container api-server').waitFor();
    expect(await readFile(file, 'utf8')).toBe(SHOP);

    // A new document: Save asks where, and cancelling that keeps the window open.
    await changeOnCanvas(app);
    await app.closeWindow();
    (await app.nextDialog()).press('Save');
    const where = await app.nextDialog();
    expect(where.kind).toBe('save');
    where.cancel();
    await app.closeWindow();
    const last = await app.nextDialog();
    expect(last.message).toBe(unsavedChangesQuestion('pod-anatomy.yaml'));
    last.press("Don't Save");

    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(await readFile(file, 'utf8')).toBe(SHOP);
    expect(await draftFiles(desktop.userData)).toEqual([]);
  });

  it('asks on File > Exit too; Save writes the changes to the file, then quits', async () => {
    const { app, file } = await desktop.startOnShop();
    const changed = await changeOnCanvas(app);

    await app.clickMenu('File > Exit');
    (await app.nextDialog()).press('Save');

    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(await readFile(file, 'utf8')).toBe(changed);
    expect(await draftFiles(desktop.userData)).toEqual([]);
  });

  it('saves the keys typed just before the window was closed, not the text main knew', async () => {
    const { app, file } = await desktop.startOnShop();
    await changeOnCanvas(app);
    // The page tells main of typing 300 ms late; the window closes well within that.
    await yamlEditor(app.page).click();
    await app.page.keyboard.press('ControlOrMeta+End');
    await app.page.keyboard.type('# last keys\n');
    await app.closeWindow();
    const question = await app.nextDialog();
    const typed = await yamlText(app.page);
    expect(typed).toMatch(/# last keys\n$/);
    question.press('Save');

    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(await readFile(file, 'utf8')).toBe(typed);
  });
});
