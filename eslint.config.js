import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    {
      group: ['**/editor/**', '**/app/**', '**/api/**', '../editor', '../app', '../api'],
      message: 'The core must not depend on UI layers.',
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
    files: ['src/journey/**/*.ts', 'src/cohort/**/*.ts', 'src/simulation/**/*.ts'],
    ignores: ['src/simulation/worker*.ts', 'src/simulation/client*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'HTMLElement'],
    },
  },
);
