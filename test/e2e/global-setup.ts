import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the web renderer once and serves it on a free port for every e2e test file. */
export async function setup(project: TestProject) {
  await build({ logLevel: 'warn' });
  server = await preview({ logLevel: 'warn', preview: { port: 0, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
}
