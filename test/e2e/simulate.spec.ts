import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addStep } from './backend-helpers.ts';
import {
  canvasCounts,
  cliResult,
  openTemplateJourney,
  screenshotPath,
  setUpRun,
  simulatePanel,
} from './simulate-helpers.ts';

/**
 * The Simulate panel in real Chromium over the production build: the run happens in the Web Worker,
 * its counts on the canvas and in the downloaded result equal the CLI's for the same inputs.
 */

test('a sample-cohort run shows on the canvas exactly the CLI’s node and edge counts', async ({ page }) => {
  test.setTimeout(120_000);
  const journey = await openTemplateJourney(page, 'campaign-cadence');
  const panel = await setUpRun(page, { sample: 'Retail members', size: '10,000', seed: 7 });
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 30_000 });

  const { result: expected, text: cliText } = cliResult(journey, 'retail-members', 10_000, 7);
  const shown = await canvasCounts(page, journey);
  expect(shown.nodes).toEqual(
    Object.fromEntries(journey.nodes.map((node) => [node.id, expected.nodes[node.id]!.entered])),
  );
  expect(shown.edges).toEqual(Object.values(expected.edges).sort((a, b) => a - b));
  await expect(panel.locator('[data-figure="entered"] .simulate-figure-value')).toHaveText(
    expected.entered.toLocaleString('en'),
  );

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Result (JSON)' }).click();
  const file = await (await download).path();
  const downloaded = readFileSync(file, 'utf8');
  expect(JSON.parse(downloaded)).toEqual(expected);
  expect(downloaded).toBe(cliText);

  const csvDownload = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Per day (CSV)' }).click();
  const days = readFileSync(await (await csvDownload).path(), 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(days).toHaveLength(31);
  expect(days[1]).toBe(
    `0,2026-12-01,${expected.timeline[0]!.entered},${expected.timeline[0]!.delivered},${expected.timeline[0]!.conversions},${expected.timeline[0]!.cost}`,
  );
});

test('compare with the previous run, the 20-seed interval, and the stale marker after an edit', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openTemplateJourney(page, 'churn-risk-recall');
  const panel = await setUpRun(page, { sample: 'Cake shop', size: '1,000', seed: 1 });
  const run = panel.getByRole('button', { name: 'Run', exact: true });
  await run.click();
  await expect(panel.getByText(/^Seed 1 ·/)).toBeVisible({ timeout: 30_000 });

  await panel.getByRole('button', { name: 'New seed' }).click();
  const seed = Number(await panel.getByLabel('Seed').inputValue());
  expect(seed).not.toBe(1);
  await run.click();
  await expect(panel.getByText(new RegExp(`^Seed ${seed} ·`))).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText('Changes are against the previous run (seed 1).')).toBeVisible();
  // every figure shows its change against the baseline (or "no change")
  await expect(panel.locator('.simulate-figure-change')).toHaveCount(10);

  await panel.getByRole('button', { name: 'Run 20 seeds' }).click();
  await expect(panel.getByText('Over 20 seeds: mean and 90% interval')).toBeVisible({ timeout: 120_000 });
  const ranges = panel.locator('.simulate-range');
  expect(await ranges.count()).toBeGreaterThanOrEqual(8);
  const reachRange = panel.locator('[data-figure="reach"]').getByRole('img');
  await expect(reachRange).toHaveAttribute('aria-label', /^mean [\d,.]+, 90% between [\d,.]+ and [\d,.]+$/);
  await page.screenshot({ path: screenshotPath('compare-seeds-en'), fullPage: true });

  await expect(panel.getByText('Out of date', { exact: true })).toHaveCount(0);
  await addStep(page, 'Wait');
  await expect(panel.getByText('Out of date', { exact: true })).toBeVisible();
  await expect(panel.getByText(/The journey changed since this run/)).toBeVisible();
  await expect(page.locator('.jc-figures--stale').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('stale-en'), fullPage: true });
});

for (const locale of ['en', 'zh-CN'] as const) {
  test(`results over a 10-node playbook (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const zh = locale === 'zh-CN';
    // tall enough for the whole panel: the editor fills the window and the side column scrolls
    await page.setViewportSize({ width: 1440, height: 2000 });
    await page.goto('/');
    await page.evaluate((chosen) => localStorage.setItem('journey-canvas.locale', chosen), locale);
    await openTemplateJourney(page, 'welcome-second-purchase', locale);
    await page.getByRole('button', { name: zh ? '模拟' : 'Simulate', exact: true }).click();
    const panel = simulatePanel(page);
    await panel.getByLabel(zh ? '示例' : 'Sample', { exact: true }).selectOption('new-members');
    await panel.getByLabel(zh ? '客户数' : 'Customers').selectOption({ label: '10,000' });
    await panel.getByLabel(zh ? '开始日期' : 'Start date').fill('2026-12-01');
    await panel.getByLabel(zh ? '随机种子' : 'Seed').fill('3');
    await panel.getByRole('button', { name: zh ? '运行' : 'Run', exact: true }).click();
    await expect(panel.getByRole('heading', { name: zh ? '结果' : 'Results' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(panel.locator('.simulate-timeline-plot canvas')).toBeVisible();
    await expect(panel.locator('[data-figure="cost"] .simulate-figure-value')).toHaveText(zh ? /^¥/ : /^CN¥/);
    await expect(panel.getByRole('table', { name: zh ? '按触达节点' : 'By touch' })).toBeVisible();
    await expect(page.locator('.jc-figures').first()).toBeVisible();
    // the side column scrolls: bring the panel's top to the top of it so the results are in view
    await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath(`results-${zh ? 'zh' : 'en'}`), fullPage: true });
  });
}
