import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp } from '../support/app';
import { anyNode, nodeClasses, teach } from './teach-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const title = (page: Page) => teach.lecture(page).getByRole('heading', { level: 2 }).textContent();

describe('lecture mode', () => {
  it('reveals the anatomy step by step with the keyboard, full canvas, and leaves with Escape', async () => {
    const page = await openApp(browser);
    await teach.lectureButton(page).click();
    await teach.lecture(page).waitFor();
    await expect(teach.lecture(page).textContent()).resolves.toContain('Step 1 of 7');
    await expect(title(page)).resolves.toBe('The Pod');
    await expect(page.getByRole('navigation', { name: 'Palette' }).isVisible()).resolves.toBe(
      false,
    );
    await expect(nodeClasses(page, 'Pod api-server')).resolves.toContain('pb-revealed');
    await expect(anyNode(page, 'Volume app-logs').count()).resolves.toBe(0);
    await expect(anyNode(page, 'Init container init-migrate').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow').getByText('/var/log/app').count()).resolves.toBe(0);

    await page.keyboard.press('ArrowRight');
    await expect(title(page)).resolves.toBe('Shared network namespace');
    await page.keyboard.press('Space');
    await expect(title(page)).resolves.toBe('Init containers');
    await expect(nodeClasses(page, 'Init container init-migrate')).resolves.toContain(
      'pb-reveal-focus',
    );
    await expect(anyNode(page, 'Container api-server').count()).resolves.toBe(0);
    await page.keyboard.press('PageDown');
    await expect(title(page)).resolves.toBe('The main container');
    await expect(nodeClasses(page, 'Container api-server')).resolves.toContain('pb-revealed');
    await expect(anyNode(page, 'Sidecar log-shipper').count()).resolves.toBe(0);

    await page.keyboard.press('End');
    await expect(title(page)).resolves.toBe('The kubelet on the Node');
    await expect(teach.lecture(page).textContent()).resolves.toContain('Step 7 of 7');
    await expect(nodeClasses(page, 'Volume app-logs')).resolves.toContain('pb-revealed');
    // The lint counts the editor shows are no part of the lesson's picture.
    await expect(page.locator('.pb-badge:visible').count()).resolves.toBe(0);
    await expect(page.locator('.react-flow').getByText('/var/log/app').count()).resolves.toBe(2);
    await page.keyboard.press('ArrowLeft');
    await expect(title(page)).resolves.toBe('Volumes');
    await page.keyboard.press('Home');
    await expect(title(page)).resolves.toBe('The Pod');

    await page.keyboard.press('Escape');
    await teach.lecture(page).waitFor({ state: 'detached' });
    await page.getByRole('navigation', { name: 'Palette' }).waitFor();
    await expect(nodeClasses(page, 'Volume app-logs')).resolves.not.toContain('pb-revealed');
    await expect(page.locator('.pb-badge:visible').count()).resolves.toBeGreaterThan(0);
    await page.context().close();
  });

  it('moves with the Next and Previous buttons and leaves with "Leave lecture"', async () => {
    const page = await openApp(browser);
    await teach.lectureButton(page).click();
    const next = teach.lecture(page).getByRole('button', { name: 'Next' });
    for (let i = 0; i < 4; i++) await next.click();
    await expect(title(page)).resolves.toBe('Sidecars');
    await expect(teach.lecture(page).textContent()).resolves.toContain('log shipper');
    await teach.lecture(page).getByRole('button', { name: 'Previous' }).click();
    await expect(title(page)).resolves.toBe('The main container');
    await teach.lecture(page).getByRole('button', { name: 'Leave lecture' }).click();
    await teach.lecture(page).waitFor({ state: 'detached' });
    await page.context().close();
  });
});
