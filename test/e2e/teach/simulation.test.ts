import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, node, openApp, closeApp } from '../support/app';
import { badge, isLit, scrubTo, statusOverlaps, teach } from './teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('simulating the Pod’s lifecycle', () => {
  it('lights the init container first, then the app containers together, as the timeline moves', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await teach.simulation(page).waitFor();
    await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(
      /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\napi-server\s+0\/2\s+Pending\s+0\s+0s$/,
    );

    await scrubTo(page, 4);
    await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(
      /api-server\s+0\/2\s+Init:0\/1\s+0\s+4s$/,
    );
    await expect(badge(page, 'Init container init-migrate').textContent()).resolves.toContain(
      'Running',
    );
    await expect(isLit(page, 'Init container init-migrate')).resolves.toBe(true);
    await expect(isLit(page, 'Container api-server')).resolves.toBe(false);
    await expect(badge(page, 'Container api-server').textContent()).resolves.toBe(
      'Waiting: PodInitializing',
    );

    await scrubTo(page, 8);
    await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(
      /api-server\s+2\/2\s+Running\s+0\s+8s$/,
    );
    await expect(badge(page, 'Init container init-migrate').textContent()).resolves.toBe(
      'Terminated: Completed (exit 0)',
    );
    await expect(isLit(page, 'Init container init-migrate')).resolves.toBe(false);
    await expect(isLit(page, 'Container api-server')).resolves.toBe(true);
    await expect(isLit(page, 'Sidecar log-shipper')).resolves.toBe(true);
    await expect(badge(page, 'Container api-server').textContent()).resolves.toBe(
      'Running ✓ ready',
    );
    await closeApp(page);
  });

  it('plays a crash into CrashLoopBackOff: the canvas counts down and kubectl shows the restarts', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await teach.select(page, 'Scenario').selectOption({ label: 'App crashes (CrashLoopBackOff)' });
    await teach.select(page, 'Speed').selectOption({ label: '5×' });
    await teach.control(page, 'Play').click();
    await teach.control(page, 'Pause').waitFor();

    // The canvas and the kubectl line show the same moment.
    await page.waitForFunction(() => {
      const line = document.querySelector('[role=status][aria-label="kubectl get pods"]');
      const api = document.querySelector('[aria-label="Container api-server"] .pb-status');
      return (
        /CrashLoopBackOff/.test(line?.textContent ?? '') &&
        /^Waiting: CrashLoopBackOff \(restart in \d+ s\)/.test(api?.textContent ?? '')
      );
    });
    await teach.control(page, 'Pause').click();
    await teach.control(page, 'Play').waitFor();
    const line = (await teach.kubectlLine(page).textContent()) ?? '';
    expect(line).toMatch(/api-server\s+\d\/2\s+\S+\s+[1-9]\d* \(\d+s ago\)\s+\d+s$/);
    await expect(page.getByText(/restarts in \d+ s/).count()).resolves.toBeGreaterThan(0);
    await expect(
      teach.simulation(page).getByRole('region', { name: 'Events' }).textContent(),
    ).resolves.toContain('Back-off restarting failed container api-server');
    await closeApp(page);
  });

  it('steps with →, plays and pauses with Space, restarts at 0 and leaves', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await teach.simulation(page).waitFor();
    await page.keyboard.press('ArrowRight');
    await expect(teach.kubectlLine(page).textContent()).resolves.toContain('Init:0/1');
    await page.keyboard.press('Space');
    await teach.control(page, 'Pause').waitFor();
    await page.keyboard.press('Space');
    await teach.control(page, 'Play').waitFor();
    await teach.control(page, 'Restart').click();
    await expect(teach.kubectlLine(page).textContent()).resolves.toContain('Pending');
    await teach.simulateButton(page).click();
    await teach.simulation(page).waitFor({ state: 'detached' });
    await expect(badge(page, 'Container api-server').count()).resolves.toBe(0);
    await closeApp(page);
  });

  it('keeps each container’s status inside its node, clear of its border, handles and mount tags', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    const containers = [
      'Init container init-migrate',
      'Container api-server',
      'Sidecar log-shipper',
    ];
    const check = async (moment: string) => {
      for (const label of containers)
        expect({ moment, label, overlaps: await statusOverlaps(page, label) }).toEqual({
          moment,
          label,
          overlaps: [],
        });
    };
    await scrubTo(page, 8);
    await expect(badge(page, 'Container api-server').textContent()).resolves.toBe(
      'Running ✓ ready',
    );
    await check('healthy, 8 s');
    await teach.select(page, 'Scenario').selectOption({ label: 'Out of memory (OOMKilled)' });
    for (const second of [8, 20]) {
      await scrubTo(page, second);
      await check(`OOMKilled, ${second} s`);
    }
    await expect(badge(page, 'Container api-server').getAttribute('title')).resolves.toBeNull();
    await expect(
      badge(page, 'Container api-server').locator('.pb-status__text').getAttribute('title'),
    ).resolves.toMatch(/^Waiting: CrashLoopBackOff \(restart in \d+ s\)$/);
    await closeApp(page);
  });

  it('shows the whole kubectl get pods line, AGE included, at 1440×900', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await teach.select(page, 'Scenario').selectOption({ label: 'App crashes (CrashLoopBackOff)' });
    await scrubTo(page, 30);
    await expect(teach.kubectlLine(page).textContent()).resolves.toMatch(
      /CrashLoopBackOff\s+2 \(\d+s ago\)\s+30s$/,
    );
    const fit = await teach.kubectlLine(page).evaluate((pre) => {
      const box = pre.parentElement!;
      return {
        fits: box.scrollWidth <= box.clientWidth,
        fontSize: parseFloat(getComputedStyle(pre).fontSize),
      };
    });
    expect(fit.fits).toBe(true);
    expect(fit.fontSize).toBeGreaterThanOrEqual(9);
    await closeApp(page);
  });

  it('shows the kubectl line and the Pod phase without scrolling, down to 1024 × 700', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await scrubTo(page, 9);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1024, height: 700 },
    ]) {
      await page.setViewportSize(size);
      const at = `at ${size.width} × ${size.height}`;
      // The pane the run is shown in, and the editor's pane below it.
      const pane = (await page.locator('.teach-side').boundingBox())!;
      const line = (await teach.kubectlLine(page).boundingBox())!;
      const phase = (await page.getByText('Phase:', { exact: false }).first().boundingBox())!;
      expect(line.y + line.height, at).toBeLessThanOrEqual(pane.y + pane.height);
      expect(phase.y + phase.height, at).toBeLessThanOrEqual(pane.y + pane.height);
    }
    await closeApp(page);
  });

  it('leaves with Escape, the focus back on the Simulate button', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await page.getByRole('region', { name: 'Simulation' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Simulation' }).waitFor({ state: 'detached' });
    await expect(teach.simulateButton(page).getAttribute('aria-pressed')).resolves.toBe('false');
    await expect
      .poll(() => teach.simulateButton(page).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await closeApp(page);
  });

  it('starts a new document at the default scenario', async () => {
    const page = await openApp(browser);
    await teach.simulateButton(page).click();
    await teach.select(page, 'Scenario').selectOption({ label: 'Out of memory (OOMKilled)' });
    await page.getByRole('button', { name: 'New' }).click();
    await page
      .getByRole('menu', { name: 'New' })
      .getByRole('menuitem', { name: /Native sidecar/ })
      .click();
    await node(page, 'Container api-server').waitFor();
    await expect(teach.select(page, 'Scenario').inputValue()).resolves.toBe('healthy');
    // A native sidecar's two-line header leaves its two-line status clear of the handle too.
    await teach.select(page, 'Scenario').selectOption({ label: 'App crashes (CrashLoopBackOff)' });
    await teach.select(page, 'Target container').selectOption({ label: 'log-shipper' });
    await scrubTo(page, 40);
    await expect(
      badge(page, 'Native sidecar log-shipper').locator('.pb-status__line').count(),
    ).resolves.toBe(2);
    await expect(statusOverlaps(page, 'Native sidecar log-shipper')).resolves.toEqual([]);
    await closeApp(page);
  });
});
