import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { box, launchBrowser, node, openApp, closeApp, replaceYaml } from './support/app';
import { seriousViolations } from './support/axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FILE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: web-svc
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
    - name: job
      image: busybox:1.36
`;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the Document picker of a file of several documents', () => {
  it('is whole on screens down to 1024 × 700, keeps the page its width, and works from the keyboard', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, FILE);
    const picker = page.getByRole('combobox', { name: 'Document' });
    await expect.poll(() => picker.inputValue()).toBe('1');
    const header = page.getByRole('region', { name: 'Manifest' }).locator('.pane-header');
    const title = page.getByRole('heading', { name: 'Manifest YAML' });
    const hint = header.locator('.pane-hint');

    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(size);
      const at = `at ${size.width} × ${size.height}`;
      const widths = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth,
      }));
      expect(widths.scrollWidth, at).toBe(widths.innerWidth);

      // On screen, inside the pane's header, clear of its title and hint.
      const own = await box(picker);
      const room = await box(header);
      expect(own.x, at).toBeGreaterThanOrEqual(room.x);
      expect(own.x + own.width, at).toBeLessThanOrEqual(Math.min(room.x + room.width, size.width));
      expect(own.y + own.height, at).toBeLessThanOrEqual(room.y + room.height);
      expect(overlaps(own, await box(title)), at).toBe(false);
      expect(overlaps(own, await box(hint)), at).toBe(false);

      // The chosen document's label is shown whole, and is the select's title as well.
      const shown = await picker.evaluate((el) => {
        const select = el as HTMLSelectElement;
        const style = getComputedStyle(select);
        const text = select.selectedOptions[0]?.textContent ?? '';
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        // The drop-down arrow takes about 16 px of the room.
        return { text, fits: context.measureText(text).width + 16 <= room };
      });
      expect(shown, at).toEqual({ text: '2. Pod web', fits: true });
    }
    await expect.poll(() => picker.getAttribute('title')).toBe('2. Pod web');

    // From the editor, Esc then Shift+Tab reaches it, with a focus ring to show it.
    await page.getByRole('textbox', { name: 'Manifest YAML' }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    const ring = await picker.evaluate((el) => ({
      focused: el === document.activeElement && el.matches(':focus-visible'),
      outline: getComputedStyle(el).outlineStyle,
    }));
    expect(ring).toEqual({ focused: true, outline: 'solid' });
    // The Service is passed over: it holds no Pod to edit.
    await page.keyboard.press('ArrowDown');
    await node(page, 'Container job').waitFor();
    await expect.poll(() => picker.getAttribute('title')).toBe('4. Pod worker');
    // The editor moves to the document chosen; the focus stays on the picker.
    const lastSplit = FILE.split('\n').lastIndexOf('---') + 1;
    await expect
      .poll(async () =>
        Number(await page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent()),
      )
      .toBeGreaterThanOrEqual(lastSplit);
    expect(await picker.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(await seriousViolations(page)).toEqual([]);
    await closeApp(page);
  }, 30_000);

  it('shows the document an undo changed, when another one is shown, and says so', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, FILE);
    const picker = page.getByRole('combobox', { name: 'Document' });
    await picker.selectOption({ label: '4. Pod worker' });
    await node(page, 'Container job').click();
    // Ctrl+D adds a copy of the container to the worker Pod.
    await page.keyboard.press('ControlOrMeta+D');
    await node(page, 'Sidecar job-1').waitFor();

    await picker.selectOption({ label: '2. Pod web' });
    await node(page, 'Container app').click();
    await page.keyboard.press('ControlOrMeta+z');
    // The copy goes, in the worker Pod: that is the Pod shown now, and a notice says why.
    await expect.poll(() => picker.getAttribute('title')).toBe('4. Pod worker');
    await node(page, 'Container job').waitFor();
    expect(await node(page, 'Sidecar job-1').count()).toBe(0);
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('Undone in document 4 (Pod worker), shown now.');
    await closeApp(page);
  }, 30_000);
});
