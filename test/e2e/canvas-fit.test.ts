import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { box, launchBrowser, node, openApp, closeApp, replaceYaml } from './support/app';
import { template } from '../support/templates';
import { loadLargePod } from '../../bench/browser-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * How far each element `selector` finds in `box` stands inside the box's padding edge, right and
 * bottom, in canvas units: negative where it reaches into the padding or out of the box.
 */
function insets(box: Locator, selector: string) {
  return box.evaluate((el, selector) => {
    const outer = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const scale = outer.width / (el as HTMLElement).offsetWidth;
    const right =
      outer.right - (parseFloat(style.paddingRight) + parseFloat(style.borderRightWidth)) * scale;
    const bottom =
      outer.bottom -
      (parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth)) * scale;
    return [...el.querySelectorAll(selector)].map((child) => {
      const r = child.getBoundingClientRect();
      return {
        text: child.textContent,
        right: (right - r.right) / scale,
        bottom: (bottom - r.bottom) / scale,
        height: r.height / scale,
      };
    });
  }, selector);
}

describe('texts on the canvas stay inside their boxes', () => {
  it("keeps a native sidecar's header, its badge last, inside the node's padding", async () => {
    const page = await openApp(browser);
    await replaceYaml(page, template('native-sidecar.yaml'));
    const sidecar = node(page, 'Native sidecar log-shipper').locator('.pb-container');
    await sidecar.locator('.pb-badge').waitFor();
    const header = await insets(sidecar, '.pb-container__head > *');
    expect(header.map((h) => h.text)).toEqual(['1native sidecar', '↻keeps running', '1']);
    for (const part of header) expect(part.right).toBeGreaterThanOrEqual(-0.5);
    await closeApp(page);
  });

  it("writes a lane's subtitle on one line, inside a lane one container wide", async () => {
    const page = await openApp(browser);
    await replaceYaml(page, template('native-sidecar.yaml'));
    await node(page, 'Native sidecar log-shipper').waitFor();
    for (const lane of ['init-lane', 'app-lane']) {
      const [hint] = await insets(
        page.locator(`.pb-lane--${lane} .pb-lane__title`),
        '.pb-lane__hint',
      );
      expect(hint!.height).toBeLessThan(1.5 * 11.5);
      expect(hint!.right).toBeGreaterThanOrEqual(-0.5);
      // Whole: the init lane's "in order" is what its subtitle is for.
      if (lane === 'init-lane') expect(hint!.text).toBe('run first, one by one, in order');
    }
    await closeApp(page);
  });

  it('shows a text whole where it fits, and cuts only one that does not', async () => {
    const page = await openApp(browser);
    const shipper = node(page, 'Sidecar log-shipper');
    // 165.6 px in the node's 166 px (a 1.5 px border is drawn 1 px wide on this screen).
    await expect
      .poll(() => shipper.locator('.pb-container__image').textContent())
      .toBe('grafana/promtail:2.9.0');
    const [image] = await insets(shipper.locator('.pb-container'), '.pb-container__image');
    expect(image!.right).toBeGreaterThanOrEqual(-0.5);
    await replaceYaml(
      page,
      template('pod-anatomy.yaml').replace('grafana/promtail:2.9.0', 'grafana/promtail:2.9.10'),
    );
    await expect
      .poll(() => shipper.locator('.pb-container__image').textContent())
      .toMatch(/^grafana\/pr.*….*:2\.9\.10$/);
    await closeApp(page);
  });

  it('shows the network band its port chips whole, however many ports there are', async () => {
    const ports = (container: string, first: number) =>
      `  - name: ${container}\n    image: nginx\n    ports:\n` +
      [0, 1, 2, 3, 4]
        .map((i) => `      - containerPort: ${first + i}\n        name: port-${first + i}\n`)
        .join('');
    const yaml =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: many-ports\nspec:\n  containers:\n' +
      ports('api-server', 8000) +
      ports('envoy', 9000) +
      ports('cache', 6000);
    const page = await openApp(browser);
    await replaceYaml(page, yaml);
    await node(page, 'Sidecar cache').waitFor();
    const chips = await insets(page.locator('.pb-network'), '.pb-network__ports > li');
    for (const chip of chips) {
      expect(chip.right).toBeGreaterThanOrEqual(-0.5);
      expect(chip.bottom).toBeGreaterThanOrEqual(-0.5);
    }
    expect(chips.at(-1)!.text).toMatch(/^\+\d+$/);
    await closeApp(page);
  });
});

describe('what floats over the canvas leaves the fitted Pod in view', () => {
  it.each([
    [1440, 900, 'pod-anatomy.yaml'],
    [1440, 900, 'native-sidecar.yaml'],
    [1100, 750, 'native-sidecar.yaml'],
    // With a minimap, in the corner a Pod this tall and wide would reach.
    [1440, 900, 'a Pod of 20 containers'],
    // Too tall to fit even at the smallest zoom: shown from its top, not cut off above (the
    // minimap is how one finds one's way in it).
    [1024, 700, 'the 60-container Pod'],
  ])(
    'at %i × %i, with %s, what floats over the canvas covers none of the fitted Pod',
    async (width, height, file) => {
      const page = await openApp(browser, { viewport: { width, height } });
      if (file.endsWith('60-container Pod')) {
        await loadLargePod(page);
      } else if (file.endsWith('containers')) {
        const containers = Array.from(
          { length: 20 },
          (_, i) => `    - name: c${String(i + 1).padStart(2, '0')}\n      image: nginx:1.27\n`,
        );
        await replaceYaml(
          page,
          `apiVersion: v1\nkind: Pod\nmetadata:\n  name: twenty\nspec:\n  containers:\n${containers.join('')}`,
        );
        await node(page, 'Sidecar c20').waitFor();
      } else if (file !== 'pod-anatomy.yaml') await replaceYaml(page, template(file));
      // The canvas's own fit button, as a user would press it after pasting another Pod.
      await page.locator('.react-flow__controls-fitview').click();
      // The fit is animated: measure once the Pod's frame has stopped moving.
      const pod = page.locator('.pb-pod');
      let last = '';
      for (let steady = 0; steady < 3;) {
        await page.waitForTimeout(100);
        const now = JSON.stringify(await pod.boundingBox());
        steady = now === last ? steady + 1 : 0;
        last = now;
      }
      const overlap = async (a: Locator, b: Locator) => {
        const [p, q] = [await a.boundingBox(), await b.boundingBox()];
        if (!p || !q) throw new Error('not on the page');
        return (
          p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height
        );
      };
      const exportButtons = page.getByRole('group', { name: 'Export diagram' });
      const zoomButtons = page.locator('.react-flow__controls');
      const minimap = page.locator('.react-flow__minimap');
      for (const part of ['.pb-pod__title', '.pb-pod', '.pb-kubelet']) {
        expect(await overlap(exportButtons, page.locator(part)), part).toBe(false);
        expect(await overlap(zoomButtons, page.locator(part)), part).toBe(false);
        if (!file.endsWith('60-container Pod') && (await minimap.count()) > 0)
          expect(await overlap(minimap, page.locator(part)), `${part} and the minimap`).toBe(false);
      }
      if (file.endsWith('containers')) expect(await minimap.count()).toBe(1);
      // The Pod's name is on the canvas, not above its top edge.
      const [title, canvas] = [
        await page.locator('.pb-pod__title').boundingBox(),
        await page.locator('.react-flow').boundingBox(),
      ];
      expect(title!.y).toBeGreaterThan(canvas!.y);
      expect(title!.x).toBeGreaterThanOrEqual(canvas!.x);
      await closeApp(page);
    },
  );
});

describe('a Pod with the objects it needs beside it', () => {
  /** The on-screen size of the Pod's smallest text, its container's image, and the view. */
  const measure = (page: Page) =>
    page.locator('.pb-container__image').evaluate((el) => {
      const scale = el.getBoundingClientRect().height / (el as HTMLElement).offsetHeight;
      const view = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      return { px: parseFloat(getComputedStyle(el).fontSize) * scale, view: view.style.transform };
    });
  /** The view once it has stopped moving. */
  const settled = async (page: Page) => {
    let last = await measure(page);
    for (let steady = 0; steady < 3;) {
      await page.waitForTimeout(100);
      const now = await measure(page);
      steady = now.view === last.view ? steady + 1 : 0;
      last = now;
    }
    return last;
  };

  it('keeps its text legible, the cards in view where they fit, and Fit comes back to it', async () => {
    const page = await openApp(browser, { viewport: { width: 1440, height: 900 } });
    await replaceYaml(
      page,
      readFileSync(
        new URL('../fixtures/manifests/multi-service-deployment-configmap.yaml', import.meta.url),
        'utf8',
      ),
    );
    const cards = ['Service web, document 3', 'ConfigMap web-config, document 1'];
    for (const card of cards) await node(page, card).waitFor();
    // At 1440 × 900 the cards fit beside the Pod. At 1024 × 700, fitted beside it as they were,
    // they drew this text at 7.3 px; the Pod's text now stays at 9 px or more, the cards in view
    // only where that leaves room for them.
    const canvas = page.locator('.react-flow');
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      const fitted = await settled(page);
      expect(fitted.px, `${width} × ${height}`).toBeGreaterThanOrEqual(9);
      const right = (await box(canvas)).x + (await box(canvas)).width;
      if (width === 1440) {
        for (const card of cards) expect((await box(node(page, card))).x).toBeLessThan(right);
      }
      // The fit button, after the user moved the view, comes back to the same view.
      await page.locator('.react-flow__controls-zoomout').click();
      expect((await settled(page)).view).not.toBe(fitted.view);
      await page.locator('.react-flow__controls-fitview').click();
      expect((await settled(page)).view).toBe(fitted.view);
    }
    await closeApp(page);
  });
});

describe('mount tags have room below their container', () => {
  const twoRows =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two-rows\nspec:\n  containers:\n' +
    ['a', 'b', 'c', 'd', 'e']
      .map(
        (name) =>
          `    - name: ${name}\n      image: busybox\n      volumeMounts:\n` +
          '        - name: data\n          mountPath: /data\n' +
          '        - name: cache\n          mountPath: /cache\n          readOnly: true\n',
      )
      .join('') +
    '  volumes:\n    - name: data\n      emptyDir: {}\n    - name: cache\n      emptyDir: {}\n';

  it.each([
    ['native-sidecar.yaml', 'Native sidecar log-shipper'],
    ['five app containers in two rows', 'Sidecar e'],
  ])('with %s, no tag covers a container or the hand-off label', async (name, waitFor) => {
    const page = await openApp(browser);
    await replaceYaml(page, name.endsWith('.yaml') ? template(name) : twoRows);
    if (waitFor) await node(page, waitFor).waitFor();
    await page.locator('.pb-edge-tag--mount').first().waitFor();
    const boxes = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }),
      );
    type Box = Awaited<ReturnType<typeof boxes>>[number];
    const overlap = (p: Box, q: Box) =>
      p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
    const tags = await boxes('.pb-edge-tag--mount .pb-edge-tag__box');
    const others = [
      ...(await boxes('.react-flow__node-container')),
      ...(await boxes('.pb-edge-tag--sequence .pb-edge-tag__box')),
    ];
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) for (const other of others) expect(overlap(tag, other)).toBe(false);
    await closeApp(page);
  });
});
