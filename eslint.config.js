import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { layerZones, mocksZones, productZones, testFiles } from './eslint.layers.js';

// The pure core must run in Node and in a Web Worker: no React, no React Flow, no DOM.
const coreRestrictions = {
  paths: [
    { name: 'react', message: 'The core (journey, cohort, simulation) must not import React.' },
    { name: 'react-dom', message: 'The core must not import React DOM.' },
    { name: '@xyflow/react', message: 'The core must not import React Flow.' },
  ],
  patterns: [
    {
      group: ['react/*', 'react-dom/*', '@xyflow/*', '@tanstack/*', 'msw', 'msw/*'],
      message: 'The core stays framework-free.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/editor/**/*.ts', 'src/app/**/*.ts', 'src/api/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // the layer order (eslint.layers.js, docs/architecture.md), static and dynamic imports alike
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...productZones] }],
    },
  },
  {
    files: [...testFiles.map((pattern) => `src/${pattern}`), 'src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['mocks/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: mocksZones }] },
  },
  {
    files: [
      'src/primitives/**/*.ts',
      'src/journey/**/*.ts',
      'src/cohort/**/*.ts',
      'src/simulation/**/*.ts',
      'src/export/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'HTMLElement',
        'self',
      ],
    },
  },
  {
    // the two files that talk to a Web Worker: the worker's entry and the client that starts it
    files: ['src/simulation/worker.ts', 'src/simulation/client.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
