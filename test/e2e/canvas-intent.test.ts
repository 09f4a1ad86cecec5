import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, paletteItem, yamlText } from './support/app';

/** What a user means by each gesture on the canvas, checked on the canvas and in the YAML. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Container {
  name: string;
  restartPolicy?: string;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}
interface Spec {
  spec: { initContainers?: Container[]; containers: Container[]; volumes?: { name: string }[] };
  metadata: { annotations?: Record<string, string> };
}
const manifest = async (page: Page) => parse(await yamlText(page)) as Spec;
const names = (list: { name: string }[] | undefined) => (list ?? []).map((c) => c.name);

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function newBlankPod(page: Page) {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page
    .getByRole('menu', { name: 'New' })
    .getByRole('menuitem', { name: /Blank Pod/ })
    .click();
  await node(page, 'Container api-server').waitFor({ state: 'detached' });
}

/** Drags a palette item with the mouse and lets go at `to` (HTML drag and drop, as a hand does). */
async function dropPaletteItem(page: Page, name: string, to: { x: number; y: number }) {
  await paletteItem(page, name).scrollIntoViewIfNeeded();
  const from = await centre(paletteItem(page, name));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags from `from` to `to` with the mouse, in steps, as a person would. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 14 });
  await page.mouse.up();
}

const status = (page: Page) => page.locator('.notice');

/** The label of the node that has the keyboard focus. */
const focusedNode = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label'),
  );

describe('keys act on what has the keyboard focus', () => {
  it('Delete and Shift+F10 act on the focused node, not on the one selected before', async () => {
    const page = await openApp(browser);
    await newBlankPod(page);
    await paletteItem(page, 'Container').focus();
    await page.keyboard.press('Enter');
    await node(page, 'Container container-1').waitFor();
    await paletteItem(page, 'Volume').focus();
    await page.keyboard.press('Enter');
    await node(page, 'Volume volume-1').waitFor();
    // The volume, just added, is selected; the keyboard now moves to the container's node.
    await node(page, 'Container container-1').focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for container container-1' });
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await node(page, 'Container container-1').focus();
    await page.keyboard.press('Delete');
    await node(page, 'Container container-1').waitFor({ state: 'detached' });
    expect(await node(page, 'Volume volume-1').count()).toBe(1);
    const doc = await manifest(page);
    expect(names(doc.spec.containers)).toEqual([]);
    expect(names(doc.spec.volumes)).toEqual(['volume-1']);
    await closeApp(page);
  });
});

describe('the node the keyboard reaches is the one selected', () => {
  it('Tab from a clicked node selects the next, and Delete takes that one alone', async () => {
    const page = await openApp(browser);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Init container init-migrate').locator('.pb-container__name').click();
    await inspector.getByRole('heading', { name: /init-migrate/ }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('.react-flow__node')?.getAttribute('aria-label'),
    );
    expect(focused).toBe('Container api-server');
    // One node looks selected, and the inspector shows it: the one Delete will take.
    await inspector.getByRole('heading', { name: /api-server/ }).waitFor();
    expect(await page.locator('.react-flow__node.selected').count()).toBe(1);
    await page.keyboard.press('Delete');
    await node(page, 'Container api-server').waitFor({ state: 'detached' });
    const doc = await manifest(page);
    expect(names(doc.spec.initContainers)).toEqual(['init-migrate']);
    expect(names(doc.spec.containers)).toEqual(['log-shipper']);
    await closeApp(page);
  });
});

describe('a copy made on the canvas has the keys', () => {
  it('Ctrl+D, then Delete: the copy goes, the original stays', async () => {
    const page = await openApp(browser);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('ControlOrMeta+D');
    await inspector.getByRole('heading', { name: 'Container log-shipper-1' }).waitFor();
    await expect.poll(() => focusedNode(page)).toBe('Sidecar log-shipper-1');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper-1').waitFor({ state: 'detached' });
    expect(names((await manifest(page)).spec.containers)).toEqual(['api-server', 'log-shipper']);
    await closeApp(page);
  });

  it('Delete, then Ctrl+Z: the copy comes back selected and focused, and Delete takes it again', async () => {
    const page = await openApp(browser);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('ControlOrMeta+D');
    await expect.poll(() => focusedNode(page)).toBe('Sidecar log-shipper-1');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper-1').waitFor({ state: 'detached' });
    await page.keyboard.press('ControlOrMeta+Z');
    await inspector.getByRole('heading', { name: 'Container log-shipper-1' }).waitFor();
    await expect.poll(() => focusedNode(page)).toBe('Sidecar log-shipper-1');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper-1').waitFor({ state: 'detached' });
    expect(names((await manifest(page)).spec.containers)).toEqual(['api-server', 'log-shipper']);
    await closeApp(page);
  });

  it("Duplicate from the node's menu, then Delete: the copy goes", async () => {
    const page = await openApp(browser);
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('Shift+F10');
    await page
      .getByRole('menu', { name: 'Actions for container log-shipper' })
      .getByRole('menuitem', { name: /^Duplicate/ })
      .click();
    await expect.poll(() => focusedNode(page)).toBe('Sidecar log-shipper-1');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper-1').waitFor({ state: 'detached' });
    expect(names((await manifest(page)).spec.containers)).toEqual(['api-server', 'log-shipper']);
    await closeApp(page);
  });

  it('Ctrl+C, Ctrl+V, then Delete: the pasted one goes', async () => {
    const page = await openApp(browser);
    await node(page, 'Sidecar log-shipper').click();
    await page.keyboard.press('ControlOrMeta+C');
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => focusedNode(page)).toBe('Sidecar log-shipper-1');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper-1').waitFor({ state: 'detached' });
    expect(names((await manifest(page)).spec.containers)).toEqual(['api-server', 'log-shipper']);
    await closeApp(page);
  });
});

describe('keys on a control over the canvas', () => {
  it('Delete, Backspace and Ctrl+D on the zoom or export buttons change nothing', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    await node(page, 'Sidecar log-shipper').click();
    await page.getByRole('button', { name: 'Zoom In' }).focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await page.getByRole('button', { name: 'Export diagram as SVG' }).focus();
    await page.keyboard.press('ControlOrMeta+D');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(200);
    expect(await yamlText(page)).toBe(before);
    await closeApp(page);
  });
});

describe('the focus and the selection after a node goes', () => {
  it('Delete selects the node that takes the focus; an undone copy gives it back', async () => {
    const page = await openApp(browser);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Init container init-migrate').locator('.pb-container__name').click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedNode(page)).toBe('Sidecar log-shipper');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper').waitFor({ state: 'detached' });
    // The focus ring and the inspector are on the same node: the one the next key acts on.
    await expect.poll(() => focusedNode(page)).toBe('Container api-server');
    await inspector.getByRole('heading', { name: 'Container api-server' }).waitFor();
    await page.keyboard.press('ControlOrMeta+D');
    await expect.poll(() => focusedNode(page)).toBe('Sidecar api-server-1');
    await page.keyboard.press('ControlOrMeta+Z');
    await node(page, 'Sidecar api-server-1').waitFor({ state: 'detached' });
    await expect.poll(() => focusedNode(page)).toBe('Container api-server');
    await inspector.getByRole('heading', { name: 'Container api-server' }).waitFor();
    await closeApp(page);
  });

  it('after an added node is undone, a click selects the clicked node alone', async () => {
    const page = await openApp(browser);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await paletteItem(page, 'Sidecar').focus();
    await page.keyboard.press('Enter');
    await inspector.getByRole('heading', { name: 'Container sidecar-1' }).waitFor();
    await page.keyboard.press('ControlOrMeta+Z');
    await node(page, 'Sidecar sidecar-1').waitFor({ state: 'detached' });
    await node(page, 'Sidecar log-shipper').locator('.pb-container__name').click();
    await inspector.getByRole('heading', { name: 'Container log-shipper' }).waitFor();
    expect(await page.locator('.react-flow__node.selected').count()).toBe(1);
    await closeApp(page);
  });
});

describe('Delete and Backspace after a click outside the canvas', () => {
  it('delete nothing: the selected node stays, the YAML is unchanged', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Sidecar log-shipper').click();
    const heading = inspector.getByRole('heading', { name: 'Container log-shipper' });
    // The click leaves the focus off the canvas (on the heading, which Enter on a node focuses),
    // the node still selected.
    await heading.click();
    expect(await page.evaluate(() => !document.activeElement?.closest('.react-flow'))).toBe(true);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(200);
    expect(await yamlText(page)).toBe(before);
    expect(await node(page, 'Sidecar log-shipper').count()).toBe(1);

    // A selection box drawn on the canvas (Shift and a drag): the keys are the canvas's again.
    const box = (await node(page, 'Sidecar log-shipper').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x - 12, box.y - 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 12, box.y + box.height + 12, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect
      .poll(() => node(page, 'Sidecar log-shipper').getAttribute('class'))
      .toContain('selected');
    await page.keyboard.press('Delete');
    await node(page, 'Sidecar log-shipper').waitFor({ state: 'detached' });
    await closeApp(page);
  });
});

describe('a volume mounts wherever it is let go on a container', () => {
  it("a connection released on the container's card, away from its handle, asks for the path", async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Volume').click();
    const handle = node(page, 'Volume volume-1').locator('.react-flow__handle');
    const card = node(page, 'Sidecar log-shipper').locator('.pb-container__name');
    await drag(page, await centre(handle), await centre(card));
    const prompt = page.getByRole('dialog', { name: 'Mount volume-1 in log-shipper' });
    await prompt.getByLabel('Mount path').fill('/data');
    await prompt.getByRole('button', { name: 'Mount' }).click();
    await page.getByRole('group', { name: 'Mount of volume-1 in log-shipper at /data' }).waitFor();
    expect((await manifest(page)).spec.containers[1]!.volumeMounts).toContainEqual({
      name: 'volume-1',
      mountPath: '/data',
    });
    await closeApp(page);
  });

  it('a connection let go on empty canvas says why nothing was mounted', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    const handle = node(page, 'Volume app-logs').locator('.react-flow__handle');
    const pod = (await page.locator('.pb-pod').boundingBox())!;
    await drag(page, await centre(handle), { x: pod.x + pod.width + 30, y: pod.y + 40 });
    await expect.poll(() => status(page).textContent()).toMatch(/release it on a container/);
    expect(await yamlText(page)).toBe(before);
    await closeApp(page);
  });

  it('dragging the volume node itself onto a container mounts it there', async () => {
    const page = await openApp(browser);
    await paletteItem(page, 'Volume').click();
    await drag(
      page,
      await centre(node(page, 'Volume volume-1').locator('.pb-volume__name')),
      await centre(node(page, 'Init container init-migrate')),
    );
    const prompt = page.getByRole('dialog', { name: 'Mount volume-1 in init-migrate' });
    await prompt.getByLabel('Mount path').fill('/seed');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Mount of volume-1 in init-migrate at /seed' }).waitFor();
    await closeApp(page);
  });

  it('a palette volume dropped on a container and mounted there is one undo step', async () => {
    const page = await openApp(browser);
    const before = await yamlText(page);
    await dropPaletteItem(page, 'Volume', await centre(node(page, 'Sidecar log-shipper')));
    const prompt = page.getByRole('dialog', { name: 'Mount volume-1 in log-shipper' });
    await prompt.getByLabel('Mount path').fill('/cache');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Mount of volume-1 in log-shipper at /cache' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => yamlText(page)).toBe(before);
    await node(page, 'Volume volume-1').waitFor({ state: 'detached' });
    await closeApp(page);
  });

  it('a volume\'s menu offers "Mount in…" each container', async () => {
    const page = await openApp(browser);
    await node(page, 'Volume app-logs').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for volume app-logs' });
    await menu.getByRole('menuitem', { name: 'Mount in init-migrate…' }).click();
    const prompt = page.getByRole('dialog', { name: 'Mount app-logs in init-migrate' });
    await prompt.getByLabel('Mount path').fill('/logs');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Mount of app-logs in init-migrate at /logs' }).waitFor();
    await closeApp(page);
  });
});

describe('palette items go where they are dropped', () => {
  it('a container dropped in the init lane, above the first, runs first', async () => {
    const page = await openApp(browser);
    const first = (await node(page, 'Init container init-migrate').boundingBox())!;
    await dropPaletteItem(page, 'Container', { x: first.x + first.width / 2, y: first.y + 8 });
    await node(page, 'Init container container-1').waitFor();
    expect(names((await manifest(page)).spec.initContainers)).toEqual([
      'container-1',
      'init-migrate',
    ]);
    // One drop is one change: one undo takes it all back.
    await page.keyboard.press('ControlOrMeta+z');
    await node(page, 'Init container container-1').waitFor({ state: 'detached' });
    await closeApp(page);
  });

  it('an init container dropped among the app containers goes last in the init lane, and says so', async () => {
    const page = await openApp(browser);
    const main = (await node(page, 'Container api-server').boundingBox())!;
    const shipper = (await node(page, 'Sidecar log-shipper').boundingBox())!;
    await dropPaletteItem(page, 'Init container', {
      x: (main.x + main.width + shipper.x) / 2,
      y: main.y + main.height / 2,
    });
    await node(page, 'Init container init-1').waitFor();
    const doc = await manifest(page);
    expect(names(doc.spec.containers)).toEqual(['api-server', 'log-shipper']);
    expect(names(doc.spec.initContainers)).toEqual(['init-migrate', 'init-1']);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('init-1 goes last in initContainers');
    await closeApp(page);
  });

  it('a native sidecar dropped on the main container starts before it, and the main one stays', async () => {
    const page = await openApp(browser);
    const main = await centre(node(page, 'Container api-server'));
    await dropPaletteItem(page, 'Native sidecar', main);
    await node(page, 'Native sidecar sidecar-1').waitFor();
    const doc = await manifest(page);
    expect(names(doc.spec.containers)).toEqual(['api-server', 'log-shipper']);
    expect(doc.spec.initContainers!.at(-1)).toMatchObject({
      name: 'sidecar-1',
      restartPolicy: 'Always',
    });
    expect(doc.metadata.annotations?.['kubectl.kubernetes.io/default-container']).toBe(
      'api-server',
    );
    await node(page, 'Container api-server').waitFor();
    await closeApp(page);
  });

  it("the palette's Sidecar dropped on the main container stays a sidecar, placed after it", async () => {
    const page = await openApp(browser);
    const main = await centre(node(page, 'Container api-server'));
    await dropPaletteItem(page, 'Sidecar', { x: main.x - 30, y: main.y });
    await node(page, 'Sidecar sidecar-1').waitFor();
    await node(page, 'Container api-server').waitFor();
    expect(names((await manifest(page)).spec.containers)).toEqual([
      'api-server',
      'sidecar-1',
      'log-shipper',
    ]);
    await closeApp(page);
  });

  it('a volume dropped on a container is added and mounted there', async () => {
    const page = await openApp(browser);
    await dropPaletteItem(page, 'Memory volume', await centre(node(page, 'Sidecar log-shipper')));
    const prompt = page.getByRole('dialog', { name: /^Mount .* in log-shipper$/ });
    await prompt.getByLabel('Mount path').fill('/cache');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await manifest(page)).spec.containers[1]!.volumeMounts?.length)
      .toBe(2);
    await closeApp(page);
  });

  it('a sidecar pattern dropped selects and inspects the new sidecar alone', async () => {
    const page = await openApp(browser);
    await dropPaletteItem(page, 'Proxy', await centre(page.locator('.pb-lane--app-lane')));
    const added = page.locator('.react-flow__node.selected');
    await expect.poll(() => added.count()).toBe(1);
    const label = await added.getAttribute('aria-label');
    expect(label).toMatch(/^Sidecar /);
    const name = label!.replace(/^Sidecar /, '');
    await expect
      .poll(() => page.getByRole('region', { name: 'Inspector' }).textContent())
      .toContain(name);
    await closeApp(page);
  });

  it('a sidecar pattern dropped among the init containers is a native sidecar there', async () => {
    const page = await openApp(browser);
    const first = (await node(page, 'Init container init-migrate').boundingBox())!;
    await dropPaletteItem(page, 'Log shipper', { x: first.x + first.width / 2, y: first.y + 8 });
    await node(page, 'Native sidecar log-shipper-1').waitFor();
    const doc = await manifest(page);
    expect(doc.spec.initContainers![0]).toMatchObject({
      name: 'log-shipper-1',
      restartPolicy: 'Always',
      image: 'grafana/promtail:2.9.0',
    });
    expect(names(doc.spec.containers)).toEqual(['api-server', 'log-shipper']);
    await closeApp(page);
  });
});
