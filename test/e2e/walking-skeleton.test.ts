import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import {
  downloaded,
  launchBrowser,
  node,
  closeApp,
  openApp,
  paletteItem,
  replaceYaml,
  yamlEditor,
  yamlText,
} from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function canvasNodeLabels(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node[aria-label]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
}

describe('the lesson Pod on the canvas', () => {
  it('shows the four lesson nodes, the network band and the kubelet', async () => {
    const page = await openApp(browser);
    for (const label of [
      'Init container init-migrate',
      'Container api-server',
      'Sidecar log-shipper',
      'Volume app-logs',
    ]) {
      await expect(node(page, label).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByText('Shared Network Namespace').isVisible()).resolves.toBe(true);
    await expect(page.getByText('kubelet on Node').isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('group', { name: /Mount of app-logs in log-shipper/ }).count(),
    ).resolves.toBe(1);
    await closeApp(page);
  });
});

describe('two-way sync', () => {
  it('dragging "Sidecar" onto the canvas adds a container to the YAML and a node to the canvas', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    await paletteItem(page, 'Sidecar').dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: 200, y: 200 },
    });
    await node(page, 'Sidecar sidecar-1').waitFor();
    const after = await yamlText(page);
    const doc = parse(after);
    expect(doc.spec.containers.map((c: { name: string }) => c.name)).toEqual([
      'api-server',
      'log-shipper',
      'sidecar-1',
    ]);
    expect(doc.spec.containers[2].image).toBeTruthy();
    // Everything that was there before is still there, comments included.
    expect(after.startsWith(before.split('\n  volumes:')[0]!)).toBe(true);
    await closeApp(page);
  });

  it('in the editor, Ctrl+Z undoes a canvas change and Ctrl+Shift+Z redoes it, Caps Lock on or off', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    await paletteItem(page, 'Volume').click();
    await expect.poll(() => yamlText(page)).not.toBe(before);
    const after = await yamlText(page);
    await yamlEditor(page).click();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yamlText(page)).toBe(before);
    // With Caps Lock on, the key comes as a lower-case "z" with Shift held.
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(() => yamlText(page)).toBe(after);
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect.poll(() => yamlText(page)).toBe(after);
    await closeApp(page);
  });

  it('editing the YAML changes the canvas', async () => {
    const page = await openApp(browser);
    const text = (await yamlText(page)).replace('name: log-shipper', 'name: promtail');
    await replaceYaml(page, text);
    await node(page, 'Sidecar promtail').waitFor();
    await expect(node(page, 'Sidecar log-shipper').count()).resolves.toBe(0);
    await closeApp(page);
  });

  it('a broken YAML shows the error with its position, keeps the nodes and the text', async () => {
    const page = await openApp(browser);
    const broken = (await yamlText(page)).replace('  containers:', '  containers: [');
    await replaceYaml(page, broken);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/^YAML error: This \[ starts a list that is never closed/);
    // The position is the `[`'s own, not the line where the parser gave up.
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l === '  containers: [') + 1;
    const status = page.getByRole('group', { name: 'YAML error' });
    await expect(status.textContent()).resolves.toMatch(`line ${line}, column 15`);
    expect(await canvasNodeLabels(page)).toEqual(
      expect.arrayContaining(['Container api-server', 'Sidecar log-shipper', 'Volume app-logs']),
    );
    expect(await yamlText(page)).toBe(broken);
    await closeApp(page);
  });

  it('connecting a volume to a container mounts it at /mnt/<volume>', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Volume').click();
    await node(page, 'Volume volume-1').waitFor();
    const from = node(page, 'Volume volume-1').locator('.react-flow__handle');
    const to = node(page, 'Container api-server').locator('.react-flow__handle-bottom');
    await from.dragTo(to);
    // The mount path is asked where the connection was dropped; Enter takes the default.
    const path = page
      .getByRole('dialog', { name: 'Mount volume-1 in api-server' })
      .getByLabel('Mount path');
    await expect(path.inputValue()).resolves.toBe('/mnt/volume-1');
    await path.press('Enter');
    await page
      .getByRole('group', { name: 'Mount of volume-1 in api-server at /mnt/volume-1' })
      .waitFor();
    const doc = parse(await yamlText(page));
    expect(doc.spec.containers[0].volumeMounts).toContainEqual({
      name: 'volume-1',
      mountPath: '/mnt/volume-1',
    });
    await closeApp(page);
  });

  it('selecting a volume and pressing Delete removes it and its mounts', async () => {
    const page = await openApp(browser);
    await node(page, 'Volume app-logs').click();
    await page.keyboard.press('Delete');
    await expect(
      node(page, 'Volume app-logs').waitFor({ state: 'detached' }),
    ).resolves.toBeUndefined();
    const text = await yamlText(page);
    const doc = parse(text);
    expect(doc.spec.volumes).toBeUndefined();
    for (const container of doc.spec.containers) expect(container.volumeMounts).toBeUndefined();
    expect(text).toContain('# Tails the app');
    await closeApp(page);
  });
});

describe('export', () => {
  it('downloads a file whose text equals the editor and parses as a Pod', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Init container').click();
    await node(page, 'Init container init-1').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export manifest' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('api-server.yaml');
    const text = (await downloaded(download)).toString('utf8');
    expect(text).toBe(await yamlText(page));
    const doc = parse(text);
    expect(doc.kind).toBe('Pod');
    expect(doc.spec.initContainers.map((c: { name: string }) => c.name)).toEqual([
      'init-migrate',
      'init-1',
    ]);
    await expect(yamlEditor(page).isVisible()).resolves.toBe(true);
    await closeApp(page);
  });
});
