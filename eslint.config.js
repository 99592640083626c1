// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'test/fixtures/dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Shared code sits below its users; content never imports ui, ui and background never import
    // content, src/detect and src/sites import nothing of the extension (eslint/layers.js).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { veil: layers },
    rules: { 'veil/layers': 'error' },
  },
  {
    // Only src/platform talks to webextension-polyfill: one place to fake, one place to change.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Import from src/platform/browser instead.' }] },
      ],
    },
  },
  {
    // The detector is pure: no browser, no storage, no UI (a unit test also proves every relative
    // import stays inside src/detect, and src/detect/tsconfig.json has no DOM or Node types).
    files: ['src/detect/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['webextension-polyfill', 'node:*', 'dexie', 'preact', 'preact/*'],
              message: 'src/detect is pure.',
            },
          ],
        },
      ],
    },
  },
  {
    // The service worker has no window or document; a reference to them is a bug that only shows
    // when the worker restarts.
    files: ['src/background/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  },
);
