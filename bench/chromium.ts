/** Debian's Chromium as the browser cases launch it, and their progress lines. */
import { chromium } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install chromium`), for the benchmarks and the e2e tests alike;
 * never a browser download. CHROMIUM_PATH points elsewhere when needed. The flags keep it from
 * reaching for the network at start-up.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORT = { width: 1440, height: 900 };

/** A new Chromium process. */
export const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const started = performance.now();
/** Progress on stderr, so that a slow step shows where it is. */
export function step(message: string) {
  process.stderr.write(`  [${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
}
