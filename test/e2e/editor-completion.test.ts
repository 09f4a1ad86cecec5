import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, replaceYaml, yamlText } from './support/app';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WEB = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - name: http
          containerPort: 80
        - name: metrics
          containerPort: 9090
      volumeMounts:
        - name: cache
          mountPath: /cache
  volumes:
    - name: cache
      emptyDir: {}
    - name: config
      configMap:
        name: web-config
`;

async function openWeb(): Promise<Page> {
  const page = await openApp(browser);
  await replaceYaml(page, WEB);
  await node(page, 'Container app').waitFor();
  return page;
}

/** Puts the cursor at the end of the editor line that reads `text` (its indentation aside). */
async function endOfLine(page: Page, text: string): Promise<void> {
  await page
    .locator('.cm-line')
    .filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();
  await page.keyboard.press('End');
}

const completions = (page: Page) => page.getByRole('listbox');
const option = (page: Page, name: string) =>
  completions(page).getByRole('option', { name: new RegExp(`^${name}`) });

/**
 * The list ignores keys for its first 75 ms (CodeMirror's `interactionDelay`), so that an Enter
 * typed just as it opens makes a new line. A person sees it before pressing a key; so does this.
 */
async function ready(page: Page): Promise<void> {
  await completions(page).waitFor();
  const shown = Date.now();
  await expect.poll(() => Date.now() - shown, { interval: 25 }).toBeGreaterThan(100);
}

/** Moves the highlight down to `name` (the list follows the typing), then takes it. */
async function pick(page: Page, name: string): Promise<void> {
  await ready(page);
  const selected = completions(page).getByRole('option', { selected: true });
  const wanted = new RegExp(`^${name}(?!:)`);
  for (let moves = 0; !wanted.test((await selected.textContent()) ?? ''); moves++) {
    if (moves > 20) throw new Error(`No completion "${name}" in the list`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

describe('completion in the YAML editor', () => {
  it('completes a key as it is typed, then offers the values its enum takes', async () => {
    const page = await openWeb();
    await endOfLine(page, 'image: nginx:1.27');
    await page.keyboard.press('Enter');
    await page.keyboard.type('imagePullP');
    await pick(page, 'imagePullPolicy');
    // `imagePullPolicy: ` is written and its values are offered at once.
    await option(page, 'IfNotPresent').waitFor();
    await expect(completions(page).getByRole('option').allTextContents()).resolves.toEqual([
      'Always',
      'IfNotPresent',
      'Never',
    ]);
    await pick(page, 'IfNotPresent');
    await expect
      .poll(() => yamlText(page))
      .toContain('      image: nginx:1.27\n      imagePullPolicy: IfNotPresent\n');
    await closeApp(page);
  });

  it("offers the Pod's volumes for a mount's name", async () => {
    const page = await openWeb();
    await endOfLine(page, 'volumeMounts:');
    // Enter after a key with no value starts its block one unit under it.
    await page.keyboard.press('Enter');
    await page.keyboard.type('- name: ');
    await option(page, 'config').waitFor();
    await expect(completions(page).getByRole('option').allTextContents()).resolves.toEqual([
      'cachevolume of this Pod',
      'configvolume of this Pod',
    ]);
    await pick(page, 'config');
    await page.keyboard.press('Enter');
    await page.keyboard.type('mountP');
    await pick(page, 'mountPath');
    await page.keyboard.type('/etc/web');
    await expect
      .poll(() => yamlText(page))
      .toContain(
        '      volumeMounts:\n        - name: config\n          mountPath: /etc/web\n        - name: cache\n',
      );
    await node(page, 'Volume config').waitFor();
    await closeApp(page);
  });

  it("offers the container's named ports for a probe's port", async () => {
    const page = await openWeb();
    await endOfLine(page, 'image: nginx:1.27');
    await page.keyboard.press('Enter');
    await page.keyboard.type('readinessP');
    await pick(page, 'readinessProbe');
    await page.keyboard.type('httpG');
    await pick(page, 'httpGet');
    await page.keyboard.type('po');
    await pick(page, 'port');
    // The key's list closes and the value's opens: read once the value's is there.
    await option(page, 'metrics').waitFor();
    await expect(completions(page).getByRole('option').allTextContents()).resolves.toEqual([
      'httpnamed port of this container',
      'metricsnamed port of this container',
    ]);
    await pick(page, 'metrics');
    await expect
      .poll(() => yamlText(page))
      .toContain(
        '      image: nginx:1.27\n      readinessProbe:\n        httpGet:\n          port: metrics\n',
      );
    await closeApp(page);
  });

  it('inserts snippets in the style of the text: a probe at the cursor, a pattern as the palette adds it', async () => {
    const page = await openWeb();
    await endOfLine(page, 'image: nginx:1.27');
    await page.keyboard.press('Enter');
    await page.keyboard.type('livenessP');
    await pick(page, 'livenessProbe: httpGet');
    // The snippet's first field, the path, is selected: typing replaces it (Tab goes to the port).
    await page.keyboard.type('/livez');
    await expect
      .poll(() => yamlText(page))
      .toContain(
        '      image: nginx:1.27\n      livenessProbe:\n        httpGet:\n          path: /livez\n          port: http\n        periodSeconds: 10\n',
      );
    await endOfLine(page, 'containers:');
    await page.keyboard.press('Enter');
    // Enter nests the line under `containers:`; Shift+Tab takes it back to the spec's keys.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('log');
    await pick(page, 'log shipper sidecar');
    await node(page, 'Sidecar log-shipper').waitFor();
    const text = await yamlText(page);
    expect(text).toContain('    - name: log-shipper\n      image: grafana/promtail:2.9.0\n');
    expect(text).not.toMatch(/^\s*log\s*$/m);
    await closeApp(page);
  });

  it('hovering a key shows its type, its description and the lesson on it', async () => {
    const page = await openWeb();
    await page
      .locator('.cm-line')
      .filter({ hasText: 'image: nginx:1.27' })
      .getByText('image')
      .hover();
    const hover = page.locator('.cm-k8s-hover');
    await hover.waitFor();
    await expect(hover.textContent()).resolves.toMatch(/^imagestring/);
    await expect(hover.textContent()).resolves.toContain('Container image name.');
    await expect(hover.textContent()).resolves.toContain(
      'An image with no tag means :latest, which moves',
    );
    await closeApp(page);
  });

  it('a kind Kubernetes does not know: the status says which it meant, as the marker does', async () => {
    const page = await openWeb();
    await endOfLine(page, 'kind: Pod');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('pod');
    const status = page.locator('.manifest-status');
    await expect
      .poll(() => status.textContent())
      .toMatch(
        /^Kubernetes has no kind pod: kubectl apply would refuse this document\. Did you mean Pod\?/,
      );
    await expect(status.locator('code').allTextContents()).resolves.toEqual(['pod', 'Pod']);
    await page.keyboard.press('Escape');
    await page
      .locator('.cm-line')
      .filter({ hasText: 'kind: pod' })
      .locator('.cm-lintRange')
      .hover();
    const hover = page.locator('.cm-k8s-hover');
    await hover.waitFor();
    await expect(hover.locator('.cm-k8s-problem--error').textContent()).resolves.toBe(
      'Kubernetes has no kind pod: kubectl apply would refuse this document. Did you mean Pod?',
    );
    await closeApp(page);
  });

  it("keeps a problem's marker on its value while keys are typed above it", async () => {
    const page = await openWeb();
    await endOfLine(page, 'image: nginx:1.27');
    await page.keyboard.press('Enter');
    await page.keyboard.type('imagePullPolicy: always');
    await page.keyboard.press('Escape');
    const value = page.locator('.cm-line').filter({ hasText: 'imagePullPolicy: always' });
    await value.locator('.cm-lintRange').waitFor();
    // Every text the marker covers from here on, frame or not.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { markerTexts: Set<string> }).markerTexts = seen;
      const note = () => {
        for (const line of document.querySelectorAll('.cm-line')) {
          if (!line.textContent?.includes('imagePullPolicy:')) continue;
          for (const mark of line.querySelectorAll('.cm-lintRange')) seen.add(mark.textContent!);
        }
      };
      new MutationObserver(note).observe(document.querySelector('.cm-content')!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await endOfLine(page, 'name: web');
    for (const key of 'xyz') {
      await page.keyboard.type(key);
      await page.waitForTimeout(150);
    }
    await expect.poll(() => yamlText(page)).toContain('name: webxyz');
    await page.waitForTimeout(500);
    const texts = await page.evaluate(() => [
      ...(window as unknown as { markerTexts: Set<string> }).markerTexts,
    ]);
    expect(texts).toEqual(['always']);
    await closeApp(page);
  });

  it("hovering a problem's marker shows the problem and fixes it on a click", async () => {
    const page = await openWeb();
    await endOfLine(page, 'image: nginx:1.27');
    await page.keyboard.press('Enter');
    await page.keyboard.type('imagePullPolicy: always');
    await page.keyboard.press('Escape');
    const value = page.locator('.cm-line').filter({ hasText: 'imagePullPolicy: always' });
    await value.locator('.cm-lintRange').waitFor();
    await value.getByText('always').hover();
    const hover = page.locator('.cm-k8s-hover');
    await hover.waitFor();
    await expect(hover.textContent()).resolves.toContain(
      'must be one of Always, IfNotPresent, Never',
    );
    await hover.getByRole('button', { name: 'Fix: Write Always' }).click();
    await expect.poll(() => yamlText(page)).toContain('      imagePullPolicy: Always\n');
    await closeApp(page);
  });
});
