import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, node, openApp, replaceYaml, yamlEditor, yamlText } from './support/app';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** A Pod whose sidecar restarts on one exit code: `restartPolicyRules` arrived in 1.34. */
const RULES = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: agent
      image: registry.example/agent:1.4.2
      restartPolicy: Always
      restartPolicyRules:
        - action: Restart
          exitCodes:
            operator: In
            values: [42]
  containers:
    - name: app
      image: nginx:1.27
`;

async function chooseVersion(version: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Target Kubernetes version').selectOption(version);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const problems = () => page.getByRole('region', { name: 'Problems' });
// The panel sets the message's `code` in its own elements, without the backticks.
const notInApi = () =>
  problems().getByText(/restartPolicyRules in spec\.initContainers\[0\] is not a field/);

/** Types `text` on a new line after the app container's image, and waits for the list. */
async function typeInApp(text: string): Promise<void> {
  // The image is the text's last line. CodeMirror draws only the lines in and near its view: the
  // editor is taken to the end first, as a user would scroll there. (Once, in CI, the click
  // found no such line for the 10 s it waited: the text is checked first, to tell the two apart.)
  expect(await yamlText(page)).toContain('\n      image: nginx:1.27\n');
  await yamlEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page
    .locator('.cm-line')
    .filter({ hasText: /^\s*image: nginx:1\.27$/ })
    .click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.getByRole('listbox').waitFor();
}

describe('the target Kubernetes version', () => {
  it('offers the versions whose schema ships, the newest chosen', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const select = page.getByLabel('Target Kubernetes version');
    const offered = await select.locator('option').allTextContents();
    expect(offered[0]).toBe('1.36');
    expect(offered).toEqual(expect.arrayContaining(['1.34', '1.33', '1.27']));
    expect(await select.inputValue()).toBe('1.36');
    await page.keyboard.press('Escape');
  });

  it("checks the manifest against the chosen version's API", async () => {
    await replaceYaml(page, RULES);
    await node(page, 'Container app').waitFor();
    await page.getByRole('button', { name: /^Problems/ }).click();
    await problems().waitFor();
    expect(await notInApi().count()).toBe(0);
    await chooseVersion('1.33');
    await notInApi().waitFor();
    expect(await notInApi().textContent()).toContain('Kubernetes 1.34 and later have it');
    await chooseVersion('1.34');
    await notInApi().waitFor({ state: 'detached' });
  });

  it("completes the chosen version's fields", async () => {
    await typeInApp('restartPolicyR');
    await page.getByRole('option', { name: /^restartPolicyRules/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+z');
    await chooseVersion('1.33');
    await typeInApp('re');
    await page
      .getByRole('option', { name: /^resources/ })
      .first()
      .waitFor();
    expect(await page.getByRole('option', { name: /^restartPolicyRules/ }).count()).toBe(0);
  });
});
