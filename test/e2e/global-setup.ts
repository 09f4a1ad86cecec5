import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bench/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the test files connect to the one Chromium (`launchBrowser`). */
    browserEndpoint: string;
  }
}

let server: PreviewServer | undefined;
let browser: BrowserServer | undefined;

/**
 * Builds the web renderer once and serves it on a free port for every e2e test file, and starts
 * the Chromium they all drive.
 */
export async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run "apt-get install -y chromium" or set CHROMIUM_PATH`,
    );
  }
  browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  project.provide('browserEndpoint', browser.wsEndpoint());
  await build({ logLevel: 'warn' });
  server = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
  await browser?.close();
}
