import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, paletteItem, replaceYaml } from './support/app';
import { template } from '../support/templates';

/** The whole Pod stays in view, and its text legible, whatever the screen and the Pod's shape. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

/**
 * The labels of the Pod's nodes that stick out of the visible canvas. (The objects the Pod needs
 * are drawn beside it, in view only while that leaves its text legible: canvas-fit.test.ts.)
 */
function outside(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node:not(.react-flow__node-neighbour)')]
      .map((el) => ({ label: el.getAttribute('aria-label'), box: el.getBoundingClientRect() }))
      .filter(
        ({ box }) =>
          box.left < pane.left - 0.5 ||
          box.top < pane.top - 0.5 ||
          box.right > pane.right + 0.5 ||
          box.bottom > pane.bottom + 0.5,
      )
      .map(({ label }) => label);
  });
}

const zoom = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => Number(/scale\(([\d.]+)\)/.exec((el as HTMLElement).style.transform)?.[1]));

async function openTemplate(page: Page, title: string) {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('menu', { name: 'New' }).getByRole('menuitem', { name: title }).click();
}

describe('the whole Pod stays in view', () => {
  it('after opening each template, and after resizing the window to each screen size', async () => {
    const page = await openApp(browser);
    const titles = (JSON.parse(template('index.json')) as { title: string }[]).map((t) => t.title);
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) {
      await openTemplate(page, title);
      await page.locator('.pb-kubelet').waitFor();
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await expect
          .poll(() => outside(page), { message: `${title} at ${size.width}×${size.height}` })
          .toEqual([]);
      }
    }
    await closeApp(page);
  }, 120_000);

  it('when the Pod grows from the YAML or from a drag into another lane', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    const pod = (containers: string[]) =>
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: grow\nspec:\n' +
      '  initContainers:\n    - name: migrate\n      image: busybox:1.36\n  containers:\n' +
      containers.map((name) => `    - name: ${name}\n      image: nginx:1.27\n`).join('');
    await replaceYaml(page, pod(['web']));
    await node(page, 'Container web').waitFor();
    await replaceYaml(page, pod(['web', 'cache', 'metrics', 'exporter']));
    await node(page, 'Sidecar exporter').waitFor();
    await expect.poll(() => outside(page)).toEqual([]);
    // Dragging a sidecar into the init lane makes that lane taller.
    const sidecar = (await node(page, 'Sidecar exporter').boundingBox())!;
    const init = (await node(page, 'Init container migrate').boundingBox())!;
    await page.mouse.move(sidecar.x + sidecar.width / 2, sidecar.y + 30);
    await page.mouse.down();
    await page.mouse.move(init.x + init.width / 2, init.y + init.height - 10, { steps: 14 });
    await page.mouse.up();
    await node(page, 'Init container exporter').waitFor();
    await expect.poll(() => outside(page)).toEqual([]);
    await closeApp(page);
  });

  it('keeps a zoom the user chose when the Pod changes; Fit brings the whole Pod back', async () => {
    const page = await openApp(browser);
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    const chosen = await zoom(page);
    await paletteItem(page, 'Init container').click();
    await node(page, 'Init container init-1').waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => zoom(page)).toBeCloseTo(chosen, 3);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await expect.poll(() => outside(page)).toEqual([]);
    // Fitted again, the view follows the Pod once more.
    await paletteItem(page, 'Init container').click();
    await node(page, 'Init container init-2').waitFor();
    await expect.poll(() => outside(page)).toEqual([]);
    await closeApp(page);
  });
});

describe('text on the canvas is legible on a 1280×720 screen', () => {
  it("draws the lesson's Pod with no text under 11 CSS px at the default fit", async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    await page.locator('.pb-badge').first().waitFor();
    const smallest = await page.evaluate(() => {
      const scale = Number(
        /scale\(([\d.]+)\)/.exec(
          (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform,
        )?.[1],
      );
      const texts = [
        ...document.querySelectorAll('.react-flow__node *, .react-flow__edge text'),
      ].filter((el) =>
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
      );
      return texts
        .map((el) => ({
          text: el.textContent,
          px: parseFloat(getComputedStyle(el).fontSize) * scale,
        }))
        .sort((a, b) => a.px - b.px)[0];
    });
    expect(smallest?.px, `"${smallest?.text}"`).toBeGreaterThanOrEqual(11);
    expect(await outside(page)).toEqual([]);
    await closeApp(page);
  });
});
