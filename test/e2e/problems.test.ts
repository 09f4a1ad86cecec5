import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import {
  box,
  focused,
  launchBrowser,
  node,
  closeApp,
  openApp,
  paletteItem,
  replaceYaml,
  yamlText,
} from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CLASHING_PORTS = `apiVersion: v1
kind: Pod
metadata:
  name: clash
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 8080
    - name: proxy
      image: envoyproxy/envoy:v1.31.2
      ports:
        - containerPort: 8080
      resources:
        limits:
          memory: 128Mi
`;

describe('problems', () => {
  it('lists problems by severity; choosing one selects its node and moves the cursor there', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, CLASHING_PORTS);
    await node(page, 'Sidecar proxy').waitFor();
    await page.getByRole('button', { name: /^Problems \d+ errors?/ }).click();
    const panel = page.getByRole('region', { name: 'Problems' });
    const clash = panel.getByText(/8080/).first();
    await clash.click();
    await expect.poll(() => node(page, 'Sidecar proxy').getAttribute('class')).toMatch(/selected/);
    // The editor's cursor line is the proxy's port.
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('8080');
    await expect(
      node(page, 'Sidecar proxy')
        .getByLabel(/the worst: error/)
        .isVisible(),
    ).resolves.toBe(true);
    await closeApp(page);
  });

  it('a quick fix is one click and one undo step', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, CLASHING_PORTS);
    await node(page, 'Sidecar proxy').waitFor();
    await page.getByRole('button', { name: /^Problems/ }).click();
    const fix = page.getByRole('button', { name: /Fix: .*requests/i }).first();
    await fix.click();
    await expect
      .poll(async () => parse(await yamlText(page)).spec.containers[1].resources.requests)
      .toEqual({ memory: '128Mi' });
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yamlText(page)).toBe(CLASHING_PORTS);
    await closeApp(page);
  });

  it("a long manifest's problems follow a canvas edit", async () => {
    const page = await openApp(browser);
    // Past the length read at once: the worker reads it, and checks the canvas's edits of it.
    const notes = '# a note on the Pod, kept as written\n'.repeat(200);
    await replaceYaml(page, `${notes}${await yamlText(page)}`);
    const bar = page.getByRole('button', { name: /^Problems/ });
    const total = async () =>
      [...((await bar.textContent()) ?? '').matchAll(/(\d+) (error|warning|suggestion)/g)].reduce(
        (sum, [, n]) => sum + Number(n),
        0,
      );
    await expect.poll(total).toBeGreaterThan(0);
    const before = await total();
    await paletteItem(page, 'Sidecar').click();
    await expect.poll(() => page.getByRole('group', { name: /^Sidecar / }).count()).toBe(2);
    await expect.poll(total).toBeGreaterThan(before);
    await closeApp(page);
  });

  it("a long manifest's problems follow its typed keys", async () => {
    const page = await openApp(browser);
    // Past the length read at once: the worker reads each typed text, and checks it once the
    // canvas showing it is painted.
    const notes = '# a note on the Pod, kept as written\n'.repeat(200);
    await replaceYaml(page, `${notes}${await yamlText(page)}`);
    const bar = page.getByRole('button', { name: /^Problems/ });
    const errors = async () => /(\d+) errors?/.exec((await bar.textContent()) ?? '')?.[1];
    await expect.poll(errors).toBe('0');
    // The last line is `restartPolicy: Always`: a key typed at its end makes it no policy.
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('X');
    await expect.poll(() => yamlText(page)).toMatch(/restartPolicy: AlwaysX$/);
    await expect.poll(errors).toBe('1');
    await page.keyboard.press('Backspace');
    await expect.poll(errors).toBe('0');
    await closeApp(page);
  });

  it('exporting a manifest with errors asks first and lists them', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, CLASHING_PORTS);
    await node(page, 'Sidecar proxy').waitFor();
    await page.getByRole('button', { name: 'Export manifest' }).click();
    const dialog = page.getByRole('alertdialog', { name: /Export with \d+ errors?\?/ });
    await expect(dialog.getByText(/8080/).first().isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Export manifest' }).click();
        await page.getByRole('button', { name: 'Export anyway' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toBe('clash.yaml');
    await closeApp(page);
  });
});

describe('the Problems panel on a 1024×700 screen', () => {
  it('is reached with F8 and Ctrl+Shift+M, shows several problems, errors first, and takes the height it is dragged to', async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    // A warning (the label's number) on line 5, errors on lines 8 and 14.
    await replaceYaml(
      page,
      CLASHING_PORTS.replace('  name: clash\n', '  name: clash\n  labels:\n    version: 1.10\n'),
    );
    await node(page, 'Sidecar proxy').waitFor();

    // F8 in the editor: the next problem in the text, shown as hovering its marker shows it.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('F8');
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('1.10');
    const hover = page.locator('.cm-k8s-problem__message');
    await expect.poll(() => hover.textContent()).toMatch(/must be a string, not 1\.10/);

    // Ctrl+Shift+M: the panel opens on its first problem, an error, with more in view below it.
    await page.keyboard.press('ControlOrMeta+Shift+M');
    await expect.poll(() => focused(page)).toMatch(/^Error: /);
    const panel = page.getByRole('region', { name: 'Problems' });
    const whole = () =>
      panel.evaluate((region) => {
        const list = region.querySelector('.problems__list')!.getBoundingClientRect();
        return [...region.querySelectorAll('.problems__item')].filter((row) => {
          const { top, bottom } = row.getBoundingClientRect();
          return top >= list.top && bottom <= list.bottom + 1;
        }).length;
      });
    expect(await whole()).toBeGreaterThanOrEqual(3);

    // Its top edge, dragged up with the mouse, makes it taller, as far as the canvas keeps 200 px.
    const dock = page.locator('.problems-dock');
    const canvas = page.getByRole('application', { name: 'Pod canvas' });
    const before = (await box(dock)).height;
    const edge = await box(page.getByRole('separator', { name: 'Resize the Problems panel' }));
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2, edge.y - 80, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await box(dock)).height).toBe(before + 83);
    await page.mouse.move(edge.x + edge.width / 2, edge.y - 80);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2, 60, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await box(canvas)).height)).toBe(200);

    // The banner of a Pod copied from a cluster stands on the canvas, not over the panel's rows.
    await replaceYaml(
      page,
      readFileSync(new URL('../fixtures/cluster/pod.yaml', import.meta.url), 'utf8'),
    );
    const banner = await box(page.getByRole('group', { name: 'Copied from a cluster' }));
    const top = await box(page.getByRole('separator', { name: 'Resize the Problems panel' }));
    expect(banner.y + banner.height).toBeLessThanOrEqual(top.y);
    await closeApp(page);
  });
});

describe('a text that does not parse', () => {
  it('lists its syntax error as the one problem, and both the panel and the banner lead to it', async () => {
    const page = await openApp(browser);
    const lines = (await yamlText(page)).split('\n');
    const at = lines.findIndex((l) => l.includes('image: grafana/promtail'));
    lines[at] = '\t' + lines[at]!.trimStart();
    await replaceYaml(page, lines.join('\n'));
    const banner = page.getByRole('group', { name: 'YAML error' });
    await banner.waitFor();

    // The canvas keeps the last good Pod; the panel says what is wrong with the text.
    await node(page, 'Sidecar log-shipper').waitFor();
    const toggle = page.getByRole('button', { name: /^Problems/ });
    await page
      .getByRole('button', { name: /^Problems [1-9]\d* errors? 0 warnings 0 suggestions$/ })
      .waitFor();
    await toggle.click();
    const panel = page.getByRole('region', { name: 'Problems' });
    await panel.getByText(/tab/i).first().click();
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('promtail');

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await banner.getByRole('button', { name: `line ${at + 1}, column 1` }).click();
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('promtail');
    await closeApp(page);
  });
});

describe('a problem fixed from the panel', () => {
  it('leaves the focus on the problem now in its place, from the mouse and from the keyboard', async () => {
    const page = await openApp(browser);
    await replaceYaml(
      page,
      CLASHING_PORTS.replace('  name: clash\n', '  name: clash\n  labels:\n    version: 1.10\n'),
    );
    await node(page, 'Sidecar proxy').waitFor();
    await page.getByRole('button', { name: /^Problems \d+ errors?/ }).click();
    const panel = page.getByRole('region', { name: 'Problems' });
    const focusedRow = () =>
      page.evaluate(() =>
        document.activeElement?.classList.contains('problems__select')
          ? document.activeElement.getAttribute('aria-label')
          : `not a problem: ${document.activeElement?.tagName}`,
      );

    await panel.getByRole('button', { name: 'Fix: Write it as "1.10"' }).click();
    await expect.poll(() => yamlText(page)).toContain('version: "1.10"');
    await expect.poll(focusedRow).toMatch(/^(Error|Warning|Suggestion): /);
    // Undone from there: the problem is back, and the focus stays on the row it was on.
    const row = await focusedRow();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yamlText(page)).toContain('version: 1.10\n');
    await expect.poll(focusedRow).toBe(row);

    // From the keyboard: Tab to a fix, Enter; the focus stays in the list.
    await replaceYaml(
      page,
      CLASHING_PORTS.replace('  name: clash\n', '  name: clash\n  labels:\n    tier: 010\n'),
    );
    const fix = panel.getByRole('button', { name: 'Fix: Write it as "010"' });
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => yamlText(page)).toContain('tier: "010"');
    await expect.poll(focusedRow).toMatch(/^(Error|Warning|Suggestion): /);

    // A fix that asks first, said yes to from the keyboard: the focus comes back to the list.
    await replaceYaml(
      page,
      CLASHING_PORTS.replace('spec:\n', 'spec:\n  securityContext:\n    runAsUser: 0\n'),
    );
    const asking = panel.getByRole('button', {
      name: /^Fix: Set runAsNonRoot and runAsUser: 1000…$/,
    });
    await asking.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Apply' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => yamlText(page)).toContain('runAsUser: 1000');
    await expect.poll(focusedRow).toMatch(/^(Error|Warning|Suggestion): /);
    await closeApp(page);
  });
});
