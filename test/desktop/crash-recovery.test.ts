import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { yamlText } from '../e2e/support/app';
import { desktopSuite } from './harness/desktop-suite';
import { SHOP } from './harness/manifests';
import { changeOnCanvas, draftFiles } from './harness/user';

/**
 * Unsaved work through crashes of the real main process and its page (test/desktop/harness): the
 * page killed under the window, the whole app killed outright.
 */
const desktop = desktopSuite();

describe('unsaved work in the desktop app survives', () => {
  it('a crash of the page: the window comes back with the unsaved text, whose draft stays', async () => {
    const { app, file } = await desktop.startOnShop();
    const changed = await changeOnCanvas(app);
    await expect.poll(() => draftFiles(desktop.userData)).toEqual(['current.json']);
    const crashed = app.page;

    const reloaded = app.nextLoad();
    await app.crashPage();
    await reloaded;
    expect(app.page).not.toBe(crashed);
    await expect.poll(() => yamlText(app.page)).toBe(changed);
    expect(app.title).toBe('shop.yaml• — Pod Builder');
    expect(await readFile(file, 'utf8')).toBe(SHOP);

    // Should the whole app die now, the next start still has the changes to offer.
    await app.kill();
    const next = await desktop.start();
    const offer = await next.nextDialog();
    expect(offer.message).toBe('Pod Builder closed before your changes to shop.yaml were saved.');
    offer.press('Recover');
    await expect.poll(() => yamlText(next.page)).toBe(changed);
    // Two starts of the app: more than one start's time on a busy machine.
  }, 60_000);

  it('a killed app: the next start offers the changes, even after a second kill while it asks', async () => {
    const { app: first, file } = await desktop.startOnShop();
    const changed = await changeOnCanvas(first);
    // The draft is written a moment after the change.
    await expect.poll(() => draftFiles(desktop.userData)).toEqual(['current.json']);
    await first.kill();

    const second = await desktop.start();
    const offer = await second.nextDialog();
    expect(offer.title).toBe('Recover unsaved changes');
    expect(offer.message).toBe('Pod Builder closed before your changes to shop.yaml were saved.');
    expect(offer.buttons).toEqual(['Recover', 'Discard', 'Ask Me Later']);
    await second.kill();

    const third = await desktop.start();
    const again = await third.nextDialog();
    expect(again.message).toBe(offer.message);
    again.press('Recover');
    await expect.poll(() => yamlText(third.page)).toBe(changed);
    expect(third.title).toBe('shop.yaml• — Pod Builder');
    expect(await readFile(file, 'utf8')).toBe(SHOP);

    await third.page.keyboard.press('Control+S');
    await expect.poll(() => readFile(file, 'utf8')).toBe(changed);
    await expect.poll(() => draftFiles(desktop.userData)).toEqual([]);
    // Three starts of the app: more than one start's time on a busy machine.
  }, 60_000);
});
