import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp, openFile } from '../support/app';
import { seriousViolations } from '../support/axe';
import { badge, teach } from './teach-page';

/** A crash-looping Pod as `kubectl get pod web -o yaml` prints it, status included. */
const CRASH_LOOP = fileURLToPath(
  new URL('../../fixtures/cluster/crash-loop-pod.yaml', import.meta.url),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a Pod copied from a cluster, simulated from its recorded status', () => {
  it('opens the file, starts where the status left the Pod, and goes on from there', async () => {
    const page = await openApp(browser);
    await openFile(page, CRASH_LOOP);
    await node(page, 'Container app').waitFor();
    await page.getByRole('group', { name: 'Copied from a cluster' }).waitFor();

    await teach.simulateButton(page).click();
    const panel = teach.simulation(page);
    await panel.getByRole('checkbox', { name: 'Start from the recorded status' }).click();
    const recorded = panel.getByRole('status', { name: 'Recorded status' });
    await expect(recorded.textContent()).resolves.toBe(
      'Started from the status recorded at 2024-05-06 10:01:43 UTC (phase Running): ' +
        'migrate completed; app waiting (CrashLoopBackOff), 4 restarts; proxy running.',
    );
    await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(
      /\nweb\s+1\/2\s+CrashLoopBackOff\s+4 \(0s ago\)\s+103s$/,
    );
    await expect(badge(page, 'Container app').textContent()).resolves.toContain('CrashLoopBackOff');
    expect(await seriousViolations(page)).toEqual([]);

    // By the keyboard: Step goes to the next change, the restart after the 1m20s back-off.
    await teach.control(page, 'Step').focus();
    await page.keyboard.press('Enter');
    await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(
      /\nweb\s+2\/2\s+Running\s+5 \(80s ago\)\s+3m3s$/,
    );
    await closeApp(page);
  });
});
