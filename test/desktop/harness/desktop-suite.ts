import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchBrowser, node } from '../../e2e/support/app';
import { buildDesktopApp } from './build';
import type { DesktopBuild } from './build';
import { DesktopApp } from './desktop-app';
import type { StartOptions } from './desktop-app';
import { SHOP } from './manifests';

/**
 * One connection to the shared browser and one build per test file; per test, a fresh folder holding the user's files
 * (`work/`) and the app's own (`userData/`, kept across restarts within the test), and every app
 * started is killed at its end.
 */
export function desktopSuite() {
  let browser: Browser;
  let build: DesktopBuild;
  let folder = '';
  const apps: DesktopApp[] = [];

  beforeAll(async () => {
    [browser, build] = await Promise.all([launchBrowser(), buildDesktopApp()]);
  });
  afterAll(async () => {
    await browser?.close();
    await build?.dispose();
  });
  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'pod-builder-user-'));
    await Promise.all(['work', 'userData', 'documents'].map((d) => mkdir(path.join(folder, d))));
  });
  afterEach(async (context) => {
    // What the main process said is the first thing to read when a test fails.
    if (context.task.result?.state === 'fail') {
      for (const app of apps) console.error(`The main process said:\n${app.log.join('\n')}`);
    }
    await Promise.all(apps.splice(0).map((app) => app.kill()));
    await rm(folder, { recursive: true, force: true });
  });

  return {
    /** The folder of the user's own files. */
    get work(): string {
      return path.join(folder, 'work');
    },
    get userData(): string {
      return path.join(folder, 'userData');
    },
    /** Writes a file of the user's, in `work/`, and returns its path. */
    async file(name: string, text: string): Promise<string> {
      const filePath = path.join(folder, 'work', name);
      await writeFile(filePath, text);
      return filePath;
    },
    /** `pod-builder shop.yaml`, once the canvas shows its Pod. */
    async startOnShop(): Promise<{ app: DesktopApp; file: string }> {
      const file = await this.file('shop.yaml', SHOP);
      const app = await this.start(['shop.yaml']);
      await node(app.page, 'Container storefront').waitFor();
      return { app, file };
    },
    /** Starts Pod Builder as `pod-builder <args>` from `work/`. */
    async start(args: string[] = [], options: Partial<StartOptions> = {}): Promise<DesktopApp> {
      const app = await DesktopApp.start(browser, build, {
        args,
        cwd: path.join(folder, 'work'),
        userData: path.join(folder, 'userData'),
        documents: path.join(folder, 'documents'),
        ...options,
      });
      apps.push(app);
      return app;
    },
  };
}
