/**
 * The cases that run in Debian's Chromium against the built web renderer: dragging a node on
 * the large Pod's canvas, completion in its editor, start-up against a blank page, and the size
 * of the renderer's script.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launch, step } from './chromium';
import { completion } from './completion-case';
import { dragging } from './drag-case';
import { dropCase } from './drop-case';
import { KEYSTROKE_CASES, keystrokes } from './keystroke-case';
import { openManyKeysCase } from './open-case';
import { startUp } from './startup-case';
import type { CaseResult } from './results';

async function scriptSize(outDir: string): Promise<CaseResult> {
  const assets = path.join(outDir, 'assets');
  const files = (await readdir(assets)).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(assets, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return {
    id: 'script-size',
    title: `Renderer JavaScript (${files.length} file${files.length === 1 ? '' : 's'}), raw / gzip`,
    unit: 'kB',
    median: raw / 1000,
    floor: { label: 'gzip', median: gzip / 1000 },
    samples: 1,
    exact: true,
  };
}

export interface BrowserRun {
  browser: string;
  results: CaseResult[];
}

export async function runBrowserCases(
  root: string,
  quick: boolean,
  only: (id: string) => boolean = () => true,
): Promise<BrowserRun> {
  // A build of its own: the e2e tests build into dist/renderer, perhaps while this runs.
  const outDir = path.join(root, 'bench', 'results', 'renderer');
  const config = { configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' as const };
  step('building the renderer');
  await build({ ...config, build: { outDir, emptyOutDir: true } });
  const server = await preview({
    ...config,
    build: { outDir },
    preview: { port: 0, strictPort: false },
  });
  const appUrl = server.resolvedUrls?.local[0];
  if (!appUrl) throw new Error('The preview server did not report its address');
  const browser = await launch();
  try {
    const results: CaseResult[] = [];
    if (only('dragging')) results.push(await dragging(browser, appUrl, quick ? 1 : 3, 2_000));
    if (KEYSTROKE_CASES.some(only)) {
      step('keystrokes');
      results.push(...(await keystrokes(browser, root, appUrl, quick ? 10 : 30, only)));
    }
    if (only('drop')) results.push(await dropCase(browser, appUrl, quick ? 5 : 20));
    if (only('open-many-keys')) {
      step('opening the file of many keys');
      results.push(await openManyKeysCase(browser, appUrl, quick ? 5 : 10));
    }
    if (only('completion')) results.push(await completion(browser, appUrl, quick ? 10 : 30));
    if (only('start-up')) results.push(await startUp(appUrl, quick ? 5 : 15));
    if (only('script-size')) results.push(await scriptSize(outDir));
    return { browser: `Chromium ${browser.version()}`, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
