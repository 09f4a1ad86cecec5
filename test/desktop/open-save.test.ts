import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { node, paletteItem, yamlText } from '../e2e/support/app';
import { desktopSuite } from './harness/desktop-suite';
import { CACHE, SHOP } from './harness/manifests';
import { dropFile } from './harness/user';

/**
 * Pod Builder's real main process and preload, on a stand-in for Electron (test/desktop/harness),
 * opening and saving real files in a temporary folder.
 */
const desktop = desktopSuite();

describe('opening and saving in the desktop app', () => {
  it('opens the manifest named on the command line and saves a canvas edit with Ctrl+S', async () => {
    const file = await desktop.file('shop.yaml', SHOP);
    const app = await desktop.start(['shop.yaml']);
    const { page } = app;
    await node(page, 'Container storefront').waitFor();
    expect(await yamlText(page)).toBe(SHOP);
    expect(app.title).toBe('shop.yaml — Pod Builder');
    const before = await stat(file);

    await paletteItem(page, 'Volume').click();
    await expect.poll(() => app.title).toBe('shop.yaml• — Pod Builder');
    await page.keyboard.press('Control+S');

    await expect.poll(() => app.title).toBe('shop.yaml — Pod Builder');
    const saved = await readFile(file, 'utf8');
    expect(saved).toBe(await yamlText(page));
    expect(saved).toMatch(/volumes:\n {4}- name: \S+\n {6}emptyDir: \{\}\n$/);
    expect(saved).toContain("# The shop's Pod, as the team runs it\n");
    expect(saved).toContain('name: shop # keep this name: dashboards use it\n');
    expect(saved).toContain('    # the storefront itself\n');
    // Written beside it and renamed over it: a new inode, the old mode, no temporary file left.
    const after = await stat(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode).toBe(before.mode);
    expect(await readdir(desktop.work)).toEqual(['shop.yaml']);
  });

  it('starts from a template, saves it as a new file, reopens a recent one and opens a dropped one', async () => {
    await desktop.file('shop.yaml', SHOP);
    const cache = await desktop.file('cache.yaml', CACHE);
    const app = await desktop.start(['shop.yaml']);
    const { page } = app;
    await node(page, 'Container storefront').waitFor();

    await app.clickMenu('File > New from Template > Envoy proxy sidecar');
    await node(page, 'Sidecar envoy').waitFor();
    expect(await yamlText(page)).toBe(
      await readFile(new URL('../../assets/templates/envoy-proxy.yaml', import.meta.url), 'utf8'),
    );

    await page.keyboard.press('Control+Shift+S');
    const saveAs = await app.nextDialog();
    expect(saveAs.kind).toBe('save');
    expect(saveAs.options.defaultPath).toBe(path.join(desktop.work, 'envoy-proxy.yaml'));
    const target = path.join(desktop.work, 'mesh.yaml');
    saveAs.choose(target);
    await expect.poll(() => app.title).toBe('mesh.yaml — Pod Builder');
    expect(await readFile(target, 'utf8')).toBe(await yamlText(page));

    await app.clickMenu('File > Open Recent > shop.yaml');
    await node(page, 'Container storefront').waitFor();
    expect(app.title).toBe('shop.yaml — Pod Builder');

    // Not a manifest: said so, and the open document stays.
    await dropFile(page, await desktop.file('notes.txt', 'groceries\n'));
    await page
      .getByRole('alert')
      .filter({ hasText: 'notes.txt is not a .yaml or .yml file.' })
      .waitFor();
    expect(app.title).toBe('shop.yaml — Pod Builder');

    await dropFile(page, cache);
    await node(page, 'Container redis').waitFor();
    expect(await yamlText(page)).toBe(CACHE);
    expect(app.title).toBe('cache.yaml — Pod Builder');

    // Another start of Pod Builder hands its file to this one.
    await app.raise('second-instance', [process.execPath, '.', 'mesh.yaml'], desktop.work);
    await node(page, 'Sidecar envoy').waitFor();
    expect(app.title).toBe('mesh.yaml — Pod Builder');
    expect(app.dialogs.untaken).toEqual([]);
  });
});
