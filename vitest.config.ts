import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The test files under `dir` that replace a module (`vi.mock`). The others share one module
 * graph per worker (`isolate: false`): importing the app's modules again for each file took more
 * than half of these projects' time. A file that mocks a module needs modules of its own (another
 * file has already imported the real one), so it runs isolated; found here by its text, so that
 * a new one cannot be forgotten. A mock in a helper would reach the files that import it unseen:
 * there, it stops the run.
 */
function mockingFiles(dir: string): string[] {
  const mocking = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file).replaceAll('\\', '/'))
    .filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8')));
  const helpers = mocking.filter((file) => !/\.test\.tsx?$/.test(file));
  if (helpers.length > 0) {
    throw new Error(`vi.mock in ${helpers.join(', ')}: move it into the test files that need it`);
  }
  return mocking;
}

const unitFiles = 'test/unit/**/*.test.ts';
const componentFiles = 'test/component/**/*.test.{ts,tsx}';
const unitMocking = mockingFiles('test/unit');
const componentMocking = mockingFiles('test/component');
const component = { environment: 'jsdom' as const, setupFiles: ['test/component/setup.ts'] };

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest leaves a core free by default: one worker on a 2-core CI machine, with the other core
    // idle through the unit and component files (about 40 s of a run). The e2e files run after
    // them (their groupOrder), on their own: Chromium takes both cores then.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [unitFiles],
          exclude: unitMocking,
          environment: 'node',
          isolate: false,
          // What one file stubs or spies on is put back, so the next file finds the real thing.
          unstubGlobals: true,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: { name: 'unit-mocks', include: unitMocking, environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: [componentFiles],
          exclude: componentMocking,
          ...component,
          setupFiles: [...component.setupFiles, 'test/component/shared-setup.ts'],
          isolate: false,
          unstubGlobals: true,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: { name: 'component-mocks', include: componentMocking, ...component },
      },
      {
        extends: true,
        test: { name: 'electron', include: ['test/electron/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          // test/desktop: the real main process and preload, on a stand-in for Electron.
          include: ['test/e2e/**/*.test.ts', 'test/desktop/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // One browser, driven by one worker: two cores are not enough to run several well.
          fileParallelism: false,
          // The files share their imports (Playwright, the support modules), as unit tests do:
          // loading them again for each file took about 0.4 s a file.
          isolate: false,
        },
      },
    ],
  },
});
