import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  lastAnnounced,
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

interface Spec {
  spec: {
    initContainers?: { name: string; restartPolicy?: string }[];
    containers: {
      name: string;
      volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
    }[];
  };
  metadata: { annotations?: Record<string, string> };
}

const manifest = async (page: Page) => parse(await yamlText(page)) as Spec;
const names = (list: { name: string }[] | undefined) => (list ?? []).map((c) => c.name);

/** Drags a node by its body with the mouse, in steps, as a person would. */
async function dragNode(page: Page, from: Locator, to: { x: number; y: number }) {
  const box = await from.boundingBox();
  if (!box) throw new Error('node not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Presses on a node and moves a little, holding the button: the drag has begun. */
async function pickUp(page: Page, locator: Locator) {
  const at = await centre(locator);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 20, at.y + 40, { steps: 6 });
  await expect.poll(() => locator.getAttribute('class')).toContain('dragging');
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('dragging containers between lanes', () => {
  it('dropping the sidecar in the init lane makes it an init container', async () => {
    const page = await openApp(browser);
    const init = await centre(node(page, 'Init container init-migrate'));
    await dragNode(page, node(page, 'Sidecar log-shipper'), { x: init.x, y: init.y + 70 });
    await node(page, 'Init container log-shipper').waitFor();
    const doc = await manifest(page);
    expect(names(doc.spec.initContainers)).toEqual(['init-migrate', 'log-shipper']);
    expect(names(doc.spec.containers)).toEqual(['api-server']);
    // A log shipper never exits: the user is told what an init container is, and the way out.
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('log-shipper is an init container now: the app containers start only once');
    await closeApp(page);
  });

  it("the sidecar's menu item Make init container says the same", async () => {
    const page = await openApp(browser);
    await node(page, 'Sidecar log-shipper').click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Make init container' }).click();
    await node(page, 'Init container log-shipper').waitFor();
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('log-shipper is an init container now: the app containers start only once');
    await closeApp(page);
  });

  it('dragging an init container above another changes the execution order', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Init container').click();
    await node(page, 'Init container init-1').waitFor();
    const first = await centre(node(page, 'Init container init-migrate'));
    await dragNode(page, node(page, 'Init container init-1'), { x: first.x, y: first.y - 40 });
    await expect
      .poll(async () => names((await manifest(page)).spec.initContainers))
      .toEqual(['init-1', 'init-migrate']);
    await closeApp(page);
  });

  it('dropping a sidecar first in the app lane makes it the main container', async () => {
    const page = await openApp(browser);
    const main = await centre(node(page, 'Container api-server'));
    await dragNode(page, node(page, 'Sidecar log-shipper'), { x: main.x - 60, y: main.y });
    await node(page, 'Container log-shipper').waitFor();
    await node(page, 'Sidecar api-server').waitFor();
    const doc = await manifest(page);
    expect(doc.metadata.annotations?.['kubectl.kubernetes.io/default-container']).toBe(
      'log-shipper',
    );
    await closeApp(page);
  });
});

describe('dragging a container within its lane', () => {
  it('selects it when it is dropped and leaves the YAML as it was', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    const sidecar = node(page, 'Sidecar log-shipper');
    // While it is dragged, the node is lifted on a layer of its own with its mount.
    await pickUp(page, sidecar);
    expect(await page.locator('.react-flow__edge.pb-edge-lifted').count()).toBe(1);
    await page.mouse.up();

    await expect.poll(() => sidecar.getAttribute('class')).toContain('selected');
    await expect(page.locator('.react-flow__edge.pb-edge-lifted').count()).resolves.toBe(0);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.getByRole('heading', { name: 'Container log-shipper' }).waitFor();
    await expect
      .poll(() => page.locator('.cm-node-highlight').first().textContent())
      .toContain('- name: log-shipper');
    expect(await yamlText(page)).toBe(before);
    await closeApp(page);
  });
});

describe('a drag that changes nothing', () => {
  it('moves the node with the pointer, then puts it back, selected or not', async () => {
    const page = await openApp(browser);
    const sidecar = node(page, 'Sidecar log-shipper');
    // The first drag starts from a node not selected, the second from the node it selected.
    for (let drag = 0; drag < 2; drag++) {
      const before = await centre(sidecar);
      await pickUp(page, sidecar);
      await expect.poll(async () => (await centre(sidecar)).y).toBeGreaterThan(before.y + 20);
      // Picked up, the node follows the pointer step for step.
      const held = await centre(sidecar);
      const pointer = { x: before.x + 20, y: before.y + 40 };
      await page.mouse.move(pointer.x + 30, pointer.y - 10, { steps: 3 });
      await expect
        .poll(async () => {
          const at = await centre(sidecar);
          return [Math.round(at.x - held.x), Math.round(at.y - held.y)];
        })
        .toEqual([30, -10]);
      await page.mouse.up();
      await expect.poll(() => sidecar.getAttribute('class')).toContain('selected');
      await expect.poll(() => centre(sidecar)).toEqual(before);
    }
    await closeApp(page);
  });
});

describe('Escape during a drag', () => {
  it('puts the node back; releasing it then changes nothing and selects nothing', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    const sidecar = node(page, 'Sidecar log-shipper');
    const home = await centre(sidecar);
    const init = await centre(node(page, 'Init container init-migrate'));
    await pickUp(page, sidecar);
    // Over the init lane, where a drop would make it an init container.
    await page.mouse.move(init.x, init.y + 40, { steps: 8 });
    await page.keyboard.press('Escape');
    await expect.poll(() => centre(sidecar)).toEqual(home);
    // A second Escape, the button still held, changes nothing either.
    await page.keyboard.press('Escape');
    await page.mouse.up();
    expect(await yamlText(page)).toBe(before);
    await expect.poll(() => sidecar.getAttribute('class')).not.toContain('dragging');
    expect(await sidecar.getAttribute('class')).not.toContain('selected');
    await closeApp(page);
  });
});

describe('dragging a container that uses a ConfigMap', () => {
  it('lifts its link to the ConfigMap with it, and only its own links', async () => {
    const page = await openApp(browser);
    await replaceYaml(
      page,
      `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      envFrom:
        - configMapRef:
            name: app-settings
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
      envFrom:
        - configMapRef:
            name: proxy-settings
`,
    );
    await pickUp(page, node(page, 'Container app'));
    const lifted = page.locator('.react-flow__edge.pb-edge-lifted');
    expect(
      await lifted.evaluateAll((edges) => edges.map((e) => e.getAttribute('data-id'))),
    ).toEqual([expect.stringMatching(/^uses:.*app-settings.*container:app$/)]);
    await page.mouse.up();
    await expect.poll(() => lifted.count()).toBe(0);
    await closeApp(page);
  });
});

describe('dragging with Ctrl held', () => {
  it('adds the dragged container to the selection', async () => {
    const page = await openApp(browser);
    const init = node(page, 'Init container init-migrate');
    const sidecar = node(page, 'Sidecar log-shipper');
    await init.click();
    await expect.poll(() => init.getAttribute('class')).toContain('selected');
    const at = await centre(sidecar);
    // Shift and a drag draw a selection box; Ctrl (or Cmd) adds to the selection.
    await page.keyboard.down('Control');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 15, at.y + 30, { steps: 6 });
    await page.mouse.up();
    await page.keyboard.up('Control');
    await expect.poll(() => sidecar.getAttribute('class')).toContain('selected');
    expect(await init.getAttribute('class')).toContain('selected');
    await closeApp(page);
  });
});

describe('mounting with a chosen path', () => {
  it('the prompt takes a path and read-only; a relative path is refused', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Volume').click();
    await node(page, 'Volume volume-1').waitFor();
    await node(page, 'Volume volume-1')
      .locator('.react-flow__handle')
      .dragTo(node(page, 'Sidecar log-shipper').locator('.react-flow__handle-bottom'));
    const prompt = page.getByRole('dialog', { name: 'Mount volume-1 in log-shipper' });
    await prompt.getByLabel('Mount path').fill('data');
    await prompt.getByRole('button', { name: 'Mount' }).click();
    await expect(prompt.getByText('A mount path is absolute').isVisible()).resolves.toBe(true);
    await prompt.getByLabel('Mount path').fill('/data');
    await prompt.getByLabel('Read-only').check();
    await prompt.getByRole('button', { name: 'Mount' }).click();
    await page
      .getByRole('group', { name: 'Mount of volume-1 in log-shipper at /data, read-only' })
      .waitFor();
    const shipper = (await manifest(page)).spec.containers[1]!;
    expect(shipper.volumeMounts).toContainEqual({
      name: 'volume-1',
      mountPath: '/data',
      readOnly: true,
    });
    await closeApp(page);
  });

  it('Escape cancels and changes nothing', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    await node(page, 'Volume app-logs')
      .locator('.react-flow__handle')
      .dragTo(node(page, 'Init container init-migrate').locator('.react-flow__handle-bottom'));
    await page.getByRole('dialog', { name: 'Mount app-logs in init-migrate' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await yamlText(page)).toBe(before);
    await closeApp(page);
  });
});

describe('undo and redo', () => {
  it('undo takes back a canvas edit and typing in the editor; redo brings them back', async () => {
    const page = await openApp(browser);
    const original = await yamlText(page);
    await paletteItem(page, 'Volume').click();
    await node(page, 'Volume volume-1').waitFor();
    // The focus stays on the palette: what came is said in the live region.
    await expect.poll(() => lastAnnounced(page)).toBe('Added Volume volume-1.');
    const withVolume = await yamlText(page);

    await yamlEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    // One input, one step (how keystrokes join into one step is tested on the store).
    await page.keyboard.insertText('\n# typed by hand');
    await expect.poll(() => yamlText(page)).toContain('# typed by hand');

    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yamlText(page)).toBe(withVolume);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => yamlText(page)).toBe(original);
    await node(page, 'Volume volume-1').waitFor({ state: 'detached' });
    await expect.poll(() => lastAnnounced(page)).toBe('Undone.');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => lastAnnounced(page)).toBe('Nothing to undo.');

    await page.getByRole('button', { name: 'Redo' }).click();
    await node(page, 'Volume volume-1').waitFor();
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect.poll(() => yamlText(page)).toContain('# typed by hand');
    await closeApp(page);
  });
});

describe('selection follows both ways', () => {
  it('selecting a node highlights its YAML; the cursor in a container selects its node', async () => {
    const page = await openApp(browser);
    await node(page, 'Sidecar log-shipper').click();
    const highlighted = page.locator('.cm-node-highlight');
    await expect.poll(() => highlighted.first().textContent()).toContain('- name: log-shipper');
    // A field added in the inspector lands in the highlighted lines: they grow to hold it.
    const lines = await highlighted.count();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.getByLabel('Add to args').fill('--verbose');
    await page.keyboard.press('Enter');
    await expect.poll(() => yamlText(page)).toContain('--verbose');
    await expect.poll(() => highlighted.count()).toBe(lines + 2);
    expect(await highlighted.allTextContents()).toContain('      args:');
    // A node added from the palette is selected: the highlight moves to it and stays there.
    await paletteItem(page, 'Sidecar').click();
    await expect.poll(() => highlighted.first().textContent()).toContain('- name: sidecar-1');
    await page.waitForTimeout(200);
    expect(await highlighted.first().textContent()).toContain('- name: sidecar-1');

    await page.getByText('init-migrate', { exact: true }).first().waitFor();
    await yamlEditor(page).locator('.cm-line', { hasText: 'command: ["python"' }).click();
    await expect
      .poll(() => node(page, 'Init container init-migrate').getAttribute('class'))
      .toContain('selected');
    await closeApp(page);
  });
});

describe('context menu, copy, paste and duplicate', () => {
  it('right-clicking a sidecar offers its role changes; "Make native sidecar" moves it', async () => {
    const page = await openApp(browser);
    await node(page, 'Sidecar log-shipper').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for container log-shipper' });
    await menu.getByRole('menuitem', { name: 'Make native sidecar' }).click();
    await node(page, 'Native sidecar log-shipper').waitFor();
    const doc = await manifest(page);
    expect(doc.spec.initContainers).toContainEqual(
      expect.objectContaining({ name: 'log-shipper', restartPolicy: 'Always' }),
    );
    await closeApp(page);
  });

  it('the menu opens from the keyboard and runs with Enter', async () => {
    const page = await openApp(browser);
    await node(page, 'Init container init-migrate').click();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for container init-migrate' });
    await expect
      .poll(() =>
        menu.getByRole('menuitem').evaluateAll((items) => items.map((i) => i.textContent)),
      )
      .toEqual([
        'Make main container',
        'Make sidecar',
        'Make native sidecar',
        'Duplicate Ctrl+D',
        'Copy Ctrl+C',
        'Delete Del',
      ]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await node(page, 'Init container init-migrate-1').waitFor();
    await closeApp(page);
  });

  it('Ctrl+C and Ctrl+V paste a copy of the selected container; Ctrl+D duplicates', async () => {
    const page = await openApp(browser);
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('ControlOrMeta+C');
    await page.keyboard.press('ControlOrMeta+V');
    await node(page, 'Sidecar log-shipper-1').waitFor();
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('ControlOrMeta+D');
    await node(page, 'Sidecar log-shipper-2').waitFor();
    const doc = await manifest(page);
    // A duplicate goes right after its original; a pasted copy at the end.
    expect(names(doc.spec.containers)).toEqual([
      'api-server',
      'log-shipper',
      'log-shipper-2',
      'log-shipper-1',
    ]);
    expect(doc.spec.containers[3]!.volumeMounts).toEqual(doc.spec.containers[1]!.volumeMounts);
    await closeApp(page);
  });
});

describe('links, multi-select and the inspector', () => {
  it('clicking a mount link opens it in the inspector; a new path is written; it has no menu', async () => {
    const page = await openApp(browser);
    await page
      .getByRole('group', { name: 'Mount of app-logs in log-shipper at /var/log/app, read-only' })
      .click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    const path = inspector.getByLabel('Mount path', { exact: true });
    await path.fill('/logs');
    await path.press('Enter');
    await expect
      .poll(async () => (await manifest(page)).spec.containers[1]!.volumeMounts)
      .toEqual([{ name: 'app-logs', mountPath: '/logs', readOnly: true }]);
    const link = page.getByRole('group', {
      name: 'Mount of app-logs in log-shipper at /logs, read-only',
    });
    await link.waitFor();
    // A link has no menu: Shift+F10 on it says so, and what its keys do, rather than nothing.
    await link.focus();
    await page.keyboard.press('Shift+F10');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('A link has no menu: Enter edits it in the inspector, Delete removes it.');
    expect(await page.getByRole('menu').count()).toBe(0);
    await closeApp(page);
  });

  it('Shift-click selects several nodes; Delete removes them all as one undo step', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    await node(page, 'Init container init-migrate').click();
    await node(page, 'Sidecar log-shipper').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper').waitFor({ state: 'detached' });
    await expect(node(page, 'Init container init-migrate').count()).resolves.toBe(0);
    const doc = await manifest(page);
    expect(doc.spec.initContainers).toBeUndefined();
    expect(names(doc.spec.containers)).toEqual(['api-server']);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yamlText(page)).toBe(before);
    await closeApp(page);
  });
});

describe('adding from the palette', () => {
  it('brings what it added into view when the Pod grows past the canvas', async () => {
    const page = await openApp(browser, { viewport: { width: 1100, height: 750 } });
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const inView = async (label: string) => {
      const box = await node(page, label).boundingBox();
      return (
        box !== null &&
        box.x >= pane.x &&
        box.y >= pane.y &&
        box.x + box.width <= pane.x + pane.width &&
        box.y + box.height <= pane.y + pane.height
      );
    };
    await paletteItem(page, 'Sidecar').click();
    await paletteItem(page, 'Sidecar').click();
    // Four app containers widen the Pod by two columns: the last one added is shown whole.
    await expect.poll(() => inView('Sidecar sidecar-2')).toBe(true);
    expect(await inView('Container api-server')).toBe(true);
    await closeApp(page);
  });
});
