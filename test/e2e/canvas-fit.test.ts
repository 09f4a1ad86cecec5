import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, node, openApp, replaceYaml } from './support/app';
import { template } from '../support/templates';

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
    expect(header.map((h) => h.text)).toEqual(['1native sidecar', 'keeps running', '1']);
    for (const part of header) expect(part.right).toBeGreaterThanOrEqual(-0.5);
    await page.context().close();
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
    }
    await page.context().close();
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
    await page.context().close();
  });
});
