import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  box as boxOf,
  launchBrowser,
  node,
  openApp,
  closeApp,
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

const width = async (page: Page, selector: string) =>
  Math.round((await page.locator(selector).boundingBox())!.width);

/**
 * Where each row of a drawn editor line starts, and the x and width of its first character
 * after the indentation.
 */
function rowStarts(line: HTMLElement) {
  const range = document.createRange();
  range.selectNodeContents(line);
  const rows = new Map<number, number>();
  for (const rect of range.getClientRects()) {
    if (rect.width === 0) continue;
    const top = Math.round(rect.top);
    rows.set(top, Math.min(rows.get(top) ?? Infinity, rect.left));
  }
  const texts = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    const at = text.textContent!.search(/\S/);
    if (at < 0) continue;
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const first = range.getBoundingClientRect();
    return {
      key: first.left,
      ch: first.width,
      rows: [...rows].sort(([a], [b]) => a - b).map(([, left]) => left),
    };
  }
  throw new Error('The line holds only spaces');
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The inspector's controls (in its open sections) that do not fit: past the edge of their list
 * or of the pane, an input too narrow to show a few characters, a select narrower than the
 * choice it shows.
 */
function unfit(inspector: HTMLElement): string[] {
  const found: string[] = [];
  const measure = document.createElement('canvas').getContext('2d')!;
  const controls = inspector.querySelectorAll<HTMLElement>(
    'input:not([type=checkbox]), select, button',
  );
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0) continue;
    const label = (control as HTMLInputElement).labels?.[0]?.textContent;
    const name = control.getAttribute('aria-label') ?? label ?? control.textContent;
    const edge = (control.closest('fieldset') ?? inspector).getBoundingClientRect();
    if (box.left < edge.left || box.right > edge.right) found.push(`${name} passes its edge`);
    if (control instanceof HTMLInputElement && box.width < 48) {
      found.push(`${name} is ${Math.round(box.width)} px wide`);
    }
    if (control instanceof HTMLSelectElement) {
      const style = getComputedStyle(control);
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const choice = control.selectedOptions[0]?.text ?? '';
      // The arrow takes some 16 px of the box.
      const room = control.clientWidth - parseFloat(style.paddingLeft) - 16;
      if (measure.measureText(choice).width > room) found.push(`${name} cuts "${choice}"`);
    }
  }
  return found;
}

describe('the divider beside the side panes', () => {
  it('on a short screen, shares the side pane between the inspector and the editor, its fields whole', async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    await node(page, 'Container api-server').click();
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await inspector.getByRole('heading', { name: 'Container api-server' }).waitFor();
    // A fixed 420 px editor left the inspector some 165 px: a field or two at a time.
    const inspectorHeight = (await boxOf(inspector)).height;
    const editorHeight = (await boxOf(page.getByRole('region', { name: 'Manifest' }))).height;
    expect(inspectorHeight).toBeGreaterThan(280);
    expect(Math.abs(inspectorHeight - editorHeight)).toBeLessThan(40);

    // Every field of the form fits, at the pane's first width and at its narrowest: the pull
    // policy's default was cut off, and the name beside a port or a variable squeezed to nothing.
    expect(await inspector.evaluate(unfit)).toEqual([]);
    await page.getByRole('separator', { name: 'Resize the side panes' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => width(page, '.side-pane')).toBe(260);
    expect(await inspector.evaluate(unfit)).toEqual([]);
    await closeApp(page);
  });

  it('on a 1024 × 700 screen, moves at once each way, and leaves the canvas its room', async () => {
    const page = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    const divider = page.getByRole('separator', { name: 'Resize the side panes' });
    const start = await width(page, '.side-pane');
    await expect.poll(() => divider.getAttribute('aria-valuenow')).toBe(String(start));

    // A line too long for the narrow editor goes on two columns past its key, not at the left
    // edge, where it would read as a key of another level.
    const command = yamlEditor(page).locator('.cm-line', { hasText: /^ +command: \[/ });
    const wrapped = await command.evaluate(rowStarts);
    expect(wrapped.rows.length).toBeGreaterThan(1);
    for (const left of wrapped.rows.slice(1)) {
      expect(left).toBeCloseTo(wrapped.key + 2 * wrapped.ch, 0);
    }

    // From the keyboard: one step wider.
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => width(page, '.side-pane')).toBe(start + 20);

    // Dragged far to the left: as wide as the canvas allows, the canvas still whole.
    const box = (await divider.boundingBox())!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x - 400, at.y, { steps: 8 });
    await page.mouse.up();
    const widest = await width(page, '.side-pane');
    expect(widest).toBeGreaterThan(start + 100);
    expect(await width(page, '.canvas-pane')).toBeGreaterThanOrEqual(420);
    const scrolls = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    expect(scrolls).toBe(false);
    // The buttons over the narrow canvas keep to one row, clear of each other.
    const zoom = (await page.locator('.react-flow__controls').boundingBox())!;
    const exports = page.getByRole('group', { name: 'Export diagram' });
    const exportBox = (await exports.boundingBox())!;
    expect(exportBox.x).toBeGreaterThan(zoom.x + zoom.width);
    expect(exportBox.height).toBeLessThan(40);
    await exports.getByRole('button', { name: 'Export diagram as PNG' }).waitFor();
    // The problems bar's counts are whole, each with its severity's mark for a word.
    const counts = page.locator('.problems-dock__toggle');
    const cut = await counts.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(cut).toBe(false);
    const marks = counts.locator('.problems-dock__mark');
    expect(await marks.evaluateAll((list) => list.map((m) => m.textContent))).toEqual([
      '✕',
      '⚠',
      'ℹ',
    ]);
    for (const mark of await marks.all()) expect(await mark.isVisible()).toBe(true);
    const words = await counts
      .locator('.problems-dock__word')
      .evaluateAll((list) => list.map((w) => w.getBoundingClientRect().width));
    expect(words.every((w) => w <= 1)).toBe(true);
    await page.getByRole('button', { name: /^Problems \d+ errors? \d+ warnings?/ }).waitFor();

    // And back to the right: it narrows with the first move, not after a stretch of nothing.
    const back = (await divider.boundingBox())!;
    await page.mouse.move(back.x + back.width / 2, back.y + back.height / 2);
    await page.mouse.down();
    await page.mouse.move(back.x + back.width / 2 + 60, back.y + back.height / 2, { steps: 4 });
    await page.mouse.up();
    expect(await width(page, '.side-pane')).toBe(widest - 60);

    // A notice over the narrow canvas (a gesture refused while the YAML does not parse) is
    // drawn below the buttons over it, not on them, and is read out as it comes.
    await yamlEditor(page)
      .locator('.cm-line', { hasText: /^kind: Pod$/ })
      .click();
    await page.keyboard.press('End');
    await page.keyboard.type(' : :');
    await node(page, 'Container api-server').click();
    await page.keyboard.press('Delete');
    const notice = page.locator('.notice');
    await expect.poll(() => notice.getAttribute('role')).toBe('alert');
    const noticeBox = await boxOf(notice);
    expect(overlaps(noticeBox, await boxOf(page.locator('.react-flow__controls')))).toBe(false);
    expect(overlaps(noticeBox, await boxOf(exports))).toBe(false);
    await notice.getByRole('button', { name: 'Dismiss' }).waitFor();
    await closeApp(page);
  });
});

describe('the inspector', () => {
  const scrolled = (page: Page) =>
    page.getByRole('region', { name: 'Inspector' }).evaluate((el) => el.scrollTop);

  it('shows another node from the top of its form, and keeps its place through an edit', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Container api-server').click();
    await inspector.getByRole('heading', { name: 'Container api-server', exact: true }).waitFor();
    // Down the form, to a field near its end.
    const security = inspector.locator('details', { hasText: 'Security context' });
    if ((await security.getAttribute('open')) === null) {
      await security.locator('summary').click();
    }
    await inspector.hover();
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => scrolled(page)).toBeGreaterThan(300);

    // A field down there edited: the form stays where it is.
    const field = inspector.getByLabel('Run as user (UID)');
    await field.fill('1000');
    const far = await scrolled(page);
    expect(far).toBeGreaterThan(300);
    await field.press('Enter');
    await expect.poll(() => yamlText(page)).toContain('runAsUser: 1000');
    expect(await scrolled(page)).toBe(far);

    // Another container: its form from the top, its name in view.
    await node(page, 'Sidecar log-shipper').click();
    await inspector.getByRole('heading', { name: 'Container log-shipper' }).waitFor();
    expect(await scrolled(page)).toBe(0);
    await closeApp(page);
  });

  it('Ctrl+Z in a field undoes its typing, then, with nothing typed, the last change of the Pod', async () => {
    const page = await openApp(browser, { viewport: { width: 1280, height: 720 } });
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Container api-server').click();
    const image = inspector.getByLabel('Image', { exact: true });
    const before = await yamlText(page);
    const original = await image.inputValue();

    // A new image, committed with Enter: one change of the Pod.
    await image.click();
    await page.keyboard.press('End');
    await page.keyboard.type('-rc1');
    await page.keyboard.press('Enter');
    await expect.poll(() => yamlText(page)).toContain(`image: ${original}-rc1`);

    // Typing not yet committed: Ctrl+Z takes back the typing only.
    await page.keyboard.type('x');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => image.inputValue()).toBe(`${original}-rc1`);
    expect(await yamlText(page)).toContain(`image: ${original}-rc1`);

    // Nothing typed: Ctrl+Z undoes the new image, in the manifest and in the field.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => yamlText(page)).toBe(before);
    await expect.poll(() => image.inputValue()).toBe(original);
    expect(await image.evaluate((el) => el === document.activeElement)).toBe(true);

    // Leaving the field does not bring the undone image back; Ctrl+Shift+Z does.
    await page.keyboard.press('Tab');
    expect(await yamlText(page)).toBe(before);
    await image.focus();
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect.poll(() => yamlText(page)).toContain(`image: ${original}-rc1`);

    // A rename undone in its own field: the form stays on the container, under its old name.
    const name = inspector.getByLabel('Name', { exact: true });
    await name.fill('api-server2');
    await name.press('Enter');
    await inspector.getByRole('heading', { name: 'Container api-server2', exact: true }).waitFor();
    await page.keyboard.press('ControlOrMeta+Z');
    await inspector.getByRole('heading', { name: 'Container api-server', exact: true }).waitFor();
    await expect.poll(() => name.inputValue()).toBe('api-server');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await closeApp(page);
  });
});
