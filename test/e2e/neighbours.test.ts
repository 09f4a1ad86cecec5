import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import {
  focused,
  launchBrowser,
  node,
  openApp,
  closeApp,
  replaceYaml,
  yamlText,
} from './support/app';
import { seriousViolations } from './support/axe';

const fixture = (path: string) =>
  readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

const SERVICE = `---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: http
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a Pod copied from a cluster', () => {
  it('is reported, its clean-up listed before it is made, and the result is the hand-written Pod', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, fixture('cluster/deployment-pod.yaml'));
    const banner = page.getByRole('group', { name: 'Copied from a cluster' });
    await banner.getByRole('button', { name: 'Clean up…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clean up the Pod copied from a cluster' });
    await dialog.getByText('spec.containers[nginx].terminationMessagePath').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Remove 29 fields' }).click();
    await expect
      .poll(async () => parse(await yamlText(page)) as unknown)
      .toEqual(parse(fixture('cluster/deployment-pod.written.yaml')));
    await expect.poll(() => banner.count()).toBe(0);
    await closeApp(page);
  });
});

describe('the objects a Pod needs', () => {
  it('are drawn outside the Pod; a missing one is added, one in the file is shown', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, fixture('manifests/multi-pod-with-needs.yaml') + SERVICE);
    await node(page, 'Service web, document 4').waitFor();
    await node(page, 'ConfigMap web-config, document 1').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // A link into a container says how the container reads the object.
    const labels = page.locator('.react-flow__edge[data-id^="uses:"] text');
    expect((await labels.allTextContents()).sort()).toEqual(['env', 'envFrom']);

    // From the keyboard: the canvas may still be moving the new nodes into view.
    await page.getByRole('button', { name: 'Add ConfigMap web-env to the file' }).focus();
    await page.keyboard.press('Enter');
    await node(page, 'ConfigMap web-env, document 5').waitFor();
    expect(await yamlText(page)).toContain(
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-env\n',
    );

    // Lines typed above it move it down: it is shown where it is now.
    await page.getByRole('textbox', { name: 'Manifest YAML' }).click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('# the objects it needs\n# first\n');
    await page.getByRole('button', { name: 'Show ConfigMap web-config in the editor' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.cm-activeLine').textContent())
      .toContain('name: web-config');

    // With the mouse, anywhere on the card: its name, say.
    await node(page, 'Service web, document 4').locator('.pb-neighbour__name').click();
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('name: web');
    expect(await page.locator('.cm-activeLine').textContent()).not.toContain('web-config');
    // The click leaves the keyboard on the canvas: Delete there deletes no character of the
    // Service's name in its document, and says why it deletes nothing.
    const text = await yamlText(page);
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('Service web is another document of the file (document 4), not part of the Pod');
    expect(await yamlText(page)).toBe(text);
    // Nor has it a menu, and Shift+F10 says so rather than nothing.
    await page.keyboard.press('Shift+F10');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain('Service web has no menu: it is edited in the YAML editor.');

    // Reached with Tab, an object beside the Pod takes the selection made before with it: the
    // inspector shows the Pod, not a node the keys no longer act on.
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await node(page, 'Volume config').click();
    await inspector.getByRole('heading', { name: 'Volume config' }).waitFor();
    const card = 'ConfigMap web-config, document 1';
    for (let i = 0; i < 30 && (await focused(page)) !== card; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused(page)).toBe(card);
    await inspector.getByRole('heading', { name: 'Pod web' }).waitFor();
    await closeApp(page);
  });

  it('keeps their links drawn while the Pod beside them grows', async () => {
    const page = await openApp(browser);
    await replaceYaml(page, fixture('manifests/multi-pod-with-needs.yaml') + SERVICE);
    await node(page, 'Service web, document 4').waitFor();
    const links = page.locator('.react-flow__edge[data-id^="uses:"]');
    const drawn = await links.count();
    expect(drawn).toBeGreaterThan(3);
    // Every link taken off the page from here on, even for a frame.
    await page.evaluate(() => {
      const gone: string[] = [];
      (window as unknown as { linksGone: string[] }).linksGone = gone;
      new MutationObserver((records) => {
        for (const record of records)
          for (const removed of record.removedNodes)
            if (removed instanceof Element) {
              for (const edge of [removed, ...removed.querySelectorAll('.react-flow__edge')])
                if (edge.getAttribute('data-id')?.startsWith('uses:'))
                  gone.push(edge.getAttribute('data-id')!);
            }
      }).observe(document.querySelector('.react-flow')!, { childList: true, subtree: true });
    });
    const before = await node(page, 'Service web, document 4').boundingBox();
    for (const item of ['Sidecar', 'Sidecar', 'Init container']) {
      await page
        .getByRole('navigation', { name: 'Palette' })
        .getByRole('button', { name: item, exact: true })
        .click();
    }
    await expect.poll(() => yamlText(page)).toContain('name: init-1');
    await expect
      .poll(() => node(page, 'Service web, document 4').boundingBox())
      .not.toEqual(before);
    await page.waitForTimeout(300);
    expect(await links.count()).toBe(drawn);
    expect(
      await page.evaluate(() => (window as unknown as { linksGone: string[] }).linksGone),
    ).toEqual([]);
    await closeApp(page);
  });

  it('renames a linked ConfigMap and the Pod’s references to it from the volume’s inspector', async () => {
    const page = await openApp(browser);
    const text = fixture('manifests/multi-pod-with-needs.yaml');
    await replaceYaml(page, text);
    await node(page, 'Volume config').click();
    const field = page.getByRole('textbox', {
      name: "Rename the ConfigMap and the Pod's references",
    });
    // The form shows the volume's ConfigMap, its checks in, before the user types over its name.
    await expect.poll(() => field.inputValue()).toBe('web-config');
    await page.waitForTimeout(300);
    await field.fill('site-config');
    await expect.poll(() => field.inputValue()).toBe('site-config');
    await field.press('Enter');
    await node(page, 'ConfigMap site-config, document 1').waitFor();
    expect(await yamlText(page)).toBe(
      text
        .replace('  name: web-config\n', '  name: site-config\n')
        .replace('        name: web-config\n', '        name: site-config\n'),
    );
    // The field keeps the focus, with the new name: a second Enter or Tab goes on from there.
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.inputValue()).toBe('site-config');
    await closeApp(page);
  });
});
