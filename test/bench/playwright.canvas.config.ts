import { defineConfig } from '@playwright/test';
import e2e from '../e2e/playwright.config.ts';

/**
 * The canvas benchmark (`npm run bench:canvas`) in the same real Chromium and production build as
 * the browser tests, but outside `npm test`: it prints figures and is not a pass/fail gate.
 */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: 'canvas.bench.ts',
  outputDir: '../../test-results/bench',
  retries: 0,
});
