import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './electron/security/csp';

// The Content Security Policy goes into the built page only: the dev server's React refresh needs
// an inline preamble script, which this policy (rightly) forbids. The desktop app sends the same
// policy as a header (electron/security/csp.ts holds it for both).
function contentSecurityPolicy(): Plugin {
  return {
    name: 'pod-builder-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: {
    alias: [
      {
        find: /^ajv-i18n$/,
        replacement: fileURLToPath(new URL('./renderer/vendor/ajv-i18n-en.ts', import.meta.url)),
      },
    ],
  },
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: {
    port: Number(process.env.PORT ?? 4173),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 2000,
  },
});
