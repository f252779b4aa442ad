import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTemplateJourney, screenshotPath, setUpRun } from './simulate-helpers.ts';

/**
 * The Simulate panel under load in real Chromium: a 1,000,000-customer run keeps the page responsive
 * and stops at once on Cancel; cohort files are read in the worker, bad rows listed, nothing half-imported.
 */

declare global {
  interface Window {
    h6LongTasks: { start: number; duration: number }[];
  }
}

test('a 1,000,000-customer run shows progress and never blocks the page for more than 50 ms', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => {
    window.h6LongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.h6LongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await openTemplateJourney(page, 'dormant-winback');
  const panel = await setUpRun(page, { sample: 'Retail members', size: '1,000,000', seed: 1 });
  // the same page idle for 3 s first: long tasks there come from the machine, not from a run
  const idleFrom = await page.evaluate(() => performance.now());
  await page.waitForTimeout(3000);
  const idleTasks = await page.evaluate(
    (since) => window.h6LongTasks.filter((task) => task.start >= since),
    idleFrom,
  );
  console.log(`idle page for 3 s: ${idleTasks.length} long tasks`);
  const started = await page.evaluate(() => performance.now());
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  // the bar's share, recorded on the page at every change of the bar or its text (a MutationObserver):
  // a fast run can finish between two polls, from Playwright or from a timer on the page
  await page.evaluate(() => {
    const shares: number[] = [];
    const texts: string[] = [];
    Object.assign(window, { h6Shares: shares, h6Texts: texts });
    const record = () => {
      const bar = document.querySelector('.simulate-progress progress');
      if (!bar) return observer.disconnect();
      shares.push(Number(bar.getAttribute('data-share')));
      texts.push(document.querySelector('.simulate-progress [role="status"]')?.textContent ?? '');
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-share'],
    });
    record();
  });
  await page.screenshot({ path: screenshotPath('progress-1m-en'), fullPage: true });
  await expect(panel.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 180_000 });
  const { shares, texts } = await page.evaluate(() => {
    const sampled = window as unknown as { h6Shares: number[]; h6Texts: string[] };
    return { shares: sampled.h6Shares, texts: sampled.h6Texts };
  });
  expect(texts.some((text) => /^Simulating… \d+%$/.test(text))).toBe(true);
  console.log(`progress shares seen: ${[...new Set(shares)].map((share) => share.toFixed(2)).join(' ')}`);
  // several distinct shares between 0 and 1 (the worker reports every 50,000 customers), never going back
  expect(new Set(shares.filter((share) => share > 0 && share < 1)).size).toBeGreaterThanOrEqual(2);
  expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  await expect(panel.locator('[data-figure="entered"] .simulate-figure-value')).not.toHaveText('0');
  await page.waitForTimeout(500);
  // the run: from the click on Run to the result's arrival (the 'simulation-result' mark); then drawing it
  const { tasks, drawing, arrived } = await page.evaluate((since) => {
    const arrival = performance.getEntriesByName('simulation-result').at(-1)?.startTime ?? Infinity;
    return {
      tasks: window.h6LongTasks.filter((task) => task.start >= since && task.start < arrival),
      drawing: window.h6LongTasks.filter((task) => task.start >= arrival),
      arrived: arrival - since,
    };
  }, started);
  const list = (found: { start: number; duration: number }[]) =>
    found.length === 0 ? 'none' : found.map((task) => `${Math.round(task.duration)} ms`).join(', ');
  console.log(
    `1M-customer run: result after ${Math.round(arrived)} ms; long tasks during the run: ${list(tasks)}; while drawing the result (canvas overlay, panel, chart): ${list(drawing)}`,
  );
  expect(tasks).toEqual([]);
});

test('Cancel stops a large run at once and leaves the previous results', async ({ page }) => {
  test.setTimeout(120_000);
  await openTemplateJourney(page, 'dormant-winback');
  const panel = await setUpRun(page, { sample: 'Retail members', size: '1,000', seed: 2 });
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByText(/^Seed 2 ·/)).toBeVisible({ timeout: 30_000 });

  await panel.getByLabel('Customers').selectOption({ label: '1,000,000' });
  await panel.getByLabel('Seed').fill('3');
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  const cancel = panel.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  const clicked = Date.now();
  await cancel.click();
  await expect(panel.getByText('Cancelled. The previous results are unchanged.')).toBeVisible();
  const stoppedWithin = Date.now() - clicked;
  console.log(`Cancel: the panel was idle again ${stoppedWithin} ms after the click`);
  expect(stoppedWithin).toBeLessThan(1000);
  await expect(panel.getByRole('progressbar')).toHaveCount(0);
  await expect(panel.getByText(/^Seed 2 ·/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();

  // the respawned worker runs the next request
  await panel.getByLabel('Customers').selectOption({ label: '1,000' });
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByText(/^Seed 3 ·/)).toBeVisible({ timeout: 30_000 });
});

const header =
  'id,lifecycleStage,tier,recencyDays,frequency,monetary,points,tags,city,churnRisk,consentSms,consentWechat';

function customerRow(index: number): string {
  const stages = ['active', 'loyal', 'at_risk', 'dormant'];
  return `cust-${index},${stages[index % 4]},mass,${30 + (index % 300)},${1 + (index % 9)},${200 + index},0,vip|app,Shanghai,0.${index % 9},true,true`;
}

test('a CSV cohort with bad rows is refused with its row numbers; a good one is simulated', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openTemplateJourney(page, 'dormant-winback');
  const panel = await setUpRun(page);
  await panel.getByRole('radio', { name: 'My own file' }).check();
  await expect(
    panel.getByText('Your file is read in this browser only. It is never uploaded.'),
  ).toBeVisible();

  const rows = Array.from({ length: 2000 }, (_, i) => customerRow(i));
  const bad = [...rows];
  bad[4] = bad[4]!.replace(',mass,', ',platinum,'); // spreadsheet row 6
  bad[9] = bad[9]!.replace(/,0\.\d,/, ',1.7,'); // row 11
  const uploads: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') uploads.push(request.url());
  });
  await panel.getByLabel('Cohort file (CSV or JSON)').setInputFiles({
    name: 'members.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...bad].join('\n')),
  });
  const problems = panel.getByRole('alert');
  await expect(problems).toContainText('members.csv was not imported: 2 problems.');
  await expect(problems).toContainText(/Row 6, column tier/);
  await expect(problems).toContainText(/Row 11, column churnRisk/);
  await expect(problems).toContainText('Nothing was imported.');
  await expect(panel.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  await page.screenshot({ path: screenshotPath('csv-problems-en'), fullPage: true });

  await panel.getByLabel('Cohort file (CSV or JSON)').setInputFiles({
    name: 'members.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\n')),
  });
  await expect(panel.getByText('members.csv: 2,000 customers ready.')).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByText(/^Seed \d+ · members · 2,000 customers/)).toBeVisible({ timeout: 30_000 });
  expect(uploads.filter((url) => !url.includes('/api/journeys'))).toEqual([]);
});

test('importing a 1,000,000-row CSV shows progress and keeps the page responsive', async ({ page }) => {
  test.setTimeout(240_000);
  const file = join(mkdtempSync(join(tmpdir(), 'h6-cohort-')), 'million.csv');
  const lines = [header];
  for (let i = 0; i < 1_000_000; i++) lines.push(customerRow(i));
  writeFileSync(file, lines.join('\n'));
  await page.addInitScript(() => {
    window.h6LongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.h6LongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await openTemplateJourney(page, 'dormant-winback');
  const panel = await setUpRun(page);
  await panel.getByRole('radio', { name: 'My own file' }).check();
  const started = await page.evaluate(() => performance.now());
  await panel.getByLabel('Cohort file (CSV or JSON)').setInputFiles(file);
  await expect(panel.getByRole('progressbar', { name: 'Progress' })).toBeVisible();
  await expect(panel.getByText(/^Checking the rows… \d+%$/)).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByText('million.csv: 1,000,000 customers ready.')).toBeVisible({ timeout: 180_000 });
  const { tasks, elapsed } = await page.evaluate(
    (since) => ({
      tasks: window.h6LongTasks.filter((task) => task.start >= since),
      elapsed: performance.now() - since,
    }),
    started,
  );
  console.log(
    `1M-row CSV import: ready after ${Math.round(elapsed)} ms; long tasks: ${
      tasks.length === 0
        ? 'none'
        : tasks
            .map((task) => `${Math.round(task.duration)} ms at +${Math.round(task.start - started)} ms`)
            .join(', ')
    }`,
  );
  expect(tasks).toEqual([]);
});
