import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The core is pure: no DOM, no Node, no Electron, no React.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*'],
              message: 'shared/ is framework-free.',
            },
            {
              group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'shared/ runs in the renderer too: no Node or Electron.',
            },
            {
              group: ['../renderer/*', '../electron/*', '../../renderer/*', '../../electron/*'],
              message: 'shared/ depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to the host only through the Host interface.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'fs', 'path', 'child_process'],
              message: 'The renderer reaches the host through shared/host.ts only.',
            },
            {
              group: ['../electron/*', '../../electron/*'],
              message: 'The renderer sees only the Host type in shared/.',
            },
            {
              // One reader and one writer of the Pod: its Pod document (shared/document).
              group: [
                'yaml',
                '**/shared/edits/*',
                '**/shared/manifest/parse',
                '**/shared/manifest/load',
                '**/shared/graph/derive-graph',
                '**/shared/validation/validate',
                '**/shared/inspect/read-target',
              ],
              message:
                'The renderer reads and edits the Pod through its Pod document (podDocumentOf, store.edit), never the YAML itself.',
            },
          ],
          paths: ['../shared', '../../shared', '../../../shared'].map((name) => ({
            name,
            importNames: [
              'applyEdit',
              'applyEdits',
              'parseManifest',
              'validateManifest',
              'deriveGraph',
            ],
            message:
              'The renderer reads and edits the Pod through its Pod document (podDocumentOf, store.edit), never the YAML itself.',
          })),
        },
      ],
    },
  },
);
