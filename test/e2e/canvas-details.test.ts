import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, replaceYaml } from './support/app';
import { template } from '../support/templates';
import { loadLargePod } from '../../bench/browser-page';

/** The diagram's details read as the lesson draws them: words, arrows and edges in place. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Where the mount edges' lines run over the volumes' caption: points along each line, in screen
 * pixels, tested against its box.
 */
/**
 * Each mount edge's line over the volumes' caption, over any edge's tag (its own included) or
 * over a volume other than its own.
 */
function crossings(page: Page) {
  return page.evaluate(() => {
    const caption = document
      .querySelector('.pb-lane--volume-lane .pb-lane__title')!
      .getBoundingClientRect();
    const boxes = [{ what: 'volumes caption', box: caption }];
    for (const edge of document.querySelectorAll('.react-flow__edge')) {
      const tag = edge.querySelector('.pb-edge-tag__box');
      if (!tag) continue;
      boxes.push({
        what: `the tag of ${edge.getAttribute('data-id')}`,
        box: tag.getBoundingClientRect(),
      });
    }
    for (const volume of document.querySelectorAll('.react-flow__node-volume')) {
      boxes.push({ what: volume.getAttribute('aria-label')!, box: volume.getBoundingClientRect() });
    }
    const found: string[] = [];
    for (const edge of document.querySelectorAll('.react-flow__edge-mount')) {
      // "Mount of app-logs in …": the edge leaves its own volume, and crosses no other.
      const own = `Volume ${/^Mount of (\S+)/.exec(edge.getAttribute('aria-label')!)![1]}`;
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = new DOMPoint(path.getPointAtLength(at).x, path.getPointAtLength(at).y);
        const { x, y } = p.matrixTransform(matrix);
        for (const { what, box } of boxes) {
          if (what === own) continue;
          if (x > box.left + 1 && x < box.right - 1 && y > box.top + 1 && y < box.bottom - 1) {
            found.push(`${edge.getAttribute('data-id')} over ${what}`);
          }
        }
      }
    }
    return [...new Set(found)];
  });
}

describe('the details of the diagram', () => {
  it('names roles in plain words, as the lesson does', async () => {
    const page = await openApp(browser);
    const role = node(page, 'Init container init-migrate').locator('.pb-role');
    expect(await role.textContent()).toBe('1init container');
    expect(await role.evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');
    await closeApp(page);
  });

  it('ends the init containers\' "exits 0 →" at the app lane, level with its first row', async () => {
    const page = await openApp(browser);
    const lane = (await page.locator('.pb-lane--app-lane').boundingBox())!;
    const main = (await node(page, 'Container api-server').boundingBox())!;
    const end = await page
      .locator('.pb-sequence-edge')
      .last()
      .evaluate((path) => {
        const svg = path as SVGPathElement;
        const point = svg.getPointAtLength(svg.getTotalLength());
        return new DOMPoint(point.x, point.y).matrixTransform(svg.getScreenCTM()!);
      });
    expect(Math.abs(end.x - lane.x)).toBeLessThan(4);
    expect(Math.abs(end.y - (main.y + main.height / 2))).toBeLessThan(4);
    await closeApp(page);
  });

  it("draws no mount edge over the volumes caption, an edge's tag or another volume, in each template", async () => {
    const page = await openApp(browser);
    for (const file of [
      'pod-anatomy.yaml',
      'api-with-sidecar.yaml',
      'native-sidecar.yaml',
      'vault-agent.yaml',
      'envoy-proxy.yaml',
    ]) {
      await replaceYaml(page, template(file));
      await page.locator('.react-flow__edge-mount').first().waitFor();
      await expect.poll(() => crossings(page)).toEqual([]);
    }
    await closeApp(page);
  }, 60_000);

  it("leaves out the links' tags where they are too small to read, and draws them zoomed in", async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    /** The tags drawn, and the height of the smallest on the screen, in pixels. */
    const tags = () =>
      page.evaluate(() => {
        const all = [...document.querySelectorAll('.pb-edge-tag, .pb-neighbour-edge__label')];
        const heights = all.map((tag) => tag.querySelector('text')!.getBoundingClientRect().height);
        return { count: all.length, smallest: Math.min(...heights) };
      });
    // The lesson on the smallest screen: every mount's path and "exits 0 →", legible.
    await page.locator('.pb-edge-tag--mount').first().waitFor();
    const lesson = await tags();
    expect(lesson.count).toBe(
      await page.locator('.react-flow__edge-mount, .pb-sequence-edge').count(),
    );
    expect(lesson.smallest).toBeGreaterThanOrEqual(6);

    // The 60-container Pod fitted whole: its links are drawn, without their specks of text.
    await loadLargePod(page);
    await expect.poll(async () => (await tags()).count).toBe(0);
    expect(await page.locator('.react-flow__edge-mount').count()).toBeGreaterThan(100);
    expect(await page.locator('.react-flow__edge-neighbour').count()).toBeGreaterThan(100);
    const zoom = () =>
      page.evaluate(() => {
        const style = document.querySelector<HTMLElement>('.react-flow__viewport')!.style;
        return Number(/scale\(([\d.]+)\)/.exec(style.transform)![1]);
      });
    expect(await zoom()).toBeLessThan(0.4);
    // Each mount's line, without its tag, runs on into the column below its container.
    const apart = await page.evaluate(() =>
      [...document.querySelectorAll('.react-flow__edge-mount')].flatMap((edge) => {
        const container = /^Mount of \S+ in (\S+) at /.exec(edge.getAttribute('aria-label')!)![1]!;
        const card = document.querySelector(`.react-flow__node[data-id="container:${container}"]`)!;
        const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
        const end = path.getPointAtLength(path.getTotalLength());
        const { x } = new DOMPoint(end.x, end.y).matrixTransform(path.getScreenCTM()!);
        const box = card.getBoundingClientRect();
        const off = Math.abs(x - (box.left + box.width / 2));
        return off > 1 ? [`${edge.getAttribute('aria-label')}: ${off.toFixed(1)} px`] : [];
      }),
    );
    expect(apart).toEqual([]);

    // A mount reached with the keyboard is its line alone: 4 px wide on the screen, in the focus
    // colour, over the links beside it.
    await page.locator('.react-flow__edge-mount').first().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const edge = document.activeElement!.closest('.react-flow__edge')!;
      const style = getComputedStyle(edge.querySelector('.react-flow__edge-path')!);
      const layer = (e: Element) => Number(getComputedStyle(e.parentElement!).zIndex);
      return {
        label: edge.getAttribute('aria-label'),
        width: parseFloat(style.strokeWidth),
        stroke: style.stroke,
        volume: getComputedStyle(
          document.querySelector('.react-flow__edge-mount:not(:focus) path')!,
        ).stroke,
        above: [...document.querySelectorAll('.react-flow__edge')].every(
          (other) => other === edge || layer(other) < layer(edge),
        ),
      };
    });
    expect(focused.label).toMatch(/^Mount of /);
    expect(focused.width * (await zoom())).toBeCloseTo(4, 1);
    expect(focused.stroke).not.toBe(focused.volume);
    expect(focused.above).toBe(true);

    // Zoomed in with the canvas's + button, the tags come back at 40 %, as soon as they can be
    // read.
    const zoomIn = page.locator('.react-flow__controls-zoomin');
    let before = await zoom();
    for (let press = 0; press < 20 && (await tags()).count === 0; press++) {
      before = await zoom();
      await zoomIn.click();
      await page.waitForTimeout(150);
    }
    expect(before).toBeLessThan(0.4);
    expect(await zoom()).toBeGreaterThanOrEqual(0.4);
    const zoomed = await tags();
    expect(zoomed.count).toBeGreaterThan(100);
    expect(zoomed.smallest).toBeGreaterThanOrEqual(4);
    await closeApp(page);
  }, 60_000);

  it('brings a link reached with the keyboard into view, by the container it ends at', async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    await loadLargePod(page);
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    const seen = async (name: string) => {
      const card = (await node(page, name).boundingBox())!;
      return (
        card.x < canvas.x + canvas.width &&
        card.x + card.width > canvas.x &&
        card.y < canvas.y + canvas.height &&
        card.y + card.height > canvas.y
      );
    };
    // The view dragged up, past the Pod's first row.
    const from = { x: canvas.x + canvas.width - 120, y: canvas.y + canvas.height - 60 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x, from.y - 550, { steps: 8 });
    await page.mouse.up();
    expect(await seen('Init container init-00')).toBe(false);

    // Tab onto the first mount, init-00's: the view comes back to init-00.
    // From the link before it, as a keyboard user goes from link to link.
    await page.locator('.react-flow__edge-mount').nth(1).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^Mount of \S+ in init-00 /,
    );
    await expect.poll(() => seen('Init container init-00')).toBe(true);
    await closeApp(page);
  }, 60_000);
});
