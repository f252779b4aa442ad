import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Journey } from '../../src/journey/index.ts';
import { chainOf, exitNode, segmentTrigger, touchNode } from '../../src/simulation/journeys.test-support.ts';
import { createJourneyThroughApi, openApp, openEditor } from './backend-helpers.ts';
import { setUpRun } from './simulate-helpers.ts';

/**
 * "Show customers" and a customer's trace in real Chromium over the production build: the list and
 * the trace come from the Web Worker that ran the simulation.
 */

const screenshot = (what: string) => `/work/screens/h7-${what}.png`;

/** Everyone → SMS coupon → Done: customers without SMS consent are suppressed at the touch. */
function smsJourney(): Journey {
  const journey = chainOf([segmentTrigger('t'), touchNode('m'), exitNode('x')]);
  const placed: Record<string, { x: number; y: number; label: string }> = {
    t: { x: 0, y: 0, label: 'Everyone' },
    m: { x: 0, y: 220, label: 'SMS coupon' },
    x: { x: 0, y: 440, label: 'Done' },
  };
  return {
    ...journey,
    id: `trace-e2e-${Date.now()}`,
    name: 'Trace e2e',
    nodes: journey.nodes.map((node) => ({
      ...node,
      label: placed[node.id]!.label,
      position: { x: placed[node.id]!.x, y: placed[node.id]!.y },
    })),
  };
}

async function openAndRun(page: Page) {
  await openApp(page);
  const id = await createJourneyThroughApi(page, smsJourney() as unknown as Record<string, unknown>);
  await openEditor(page, id);
  const panel = await setUpRun(page, { sample: 'Retail members', size: '1,000', seed: 3 });
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 30_000 });
  // the Simulate panel closes so the customers panel has the side column
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
}

test('a touch’s suppressed customers: list them, open one, read the reason in English and Chinese', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAndRun(page);
  const touch = page.locator('.react-flow__node[data-id="m"]');
  // the touch card's suppression figure opens the customers behind it
  await touch.getByRole('button', { name: /\d+ suppressed/ }).click();

  const customers = page.getByRole('region', { name: 'Customers' });
  await expect(customers).toBeVisible();
  // the panel shows the touch's figures with the run's counts, the consent suppression chosen
  const suppression = customers
    .getByRole('group', { name: 'Customers who' })
    .getByRole('button', { name: /were not sent: no consent/ });
  await expect(suppression).toContainText(/\d/);
  await expect(suppression).toHaveAttribute('aria-pressed', 'true');
  await customers
    .getByRole('group', { name: 'Customers who' })
    .screenshot({ path: screenshot('figures-en') });
  const list = customers.getByRole('list', { name: 'Customers behind the figure' });
  const rows = list.getByRole('button');
  await expect(rows.first()).toBeVisible({ timeout: 20_000 });
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(100);

  // keyboard: the first customer is opened with Enter
  await rows.first().focus();
  await page.keyboard.press('Enter');
  const reason = customers.locator('.trace-event[data-kind="suppressedConsent"]');
  await expect(reason).toContainText('Not sent at ‘SMS coupon’: no SMS consent');
  await expect(rows.first()).toHaveAttribute('aria-pressed', 'true');
  // the customer's path is highlighted on the canvas: the touch card and the edges they took
  await expect(touch.locator('.jc-card--highlighted')).toBeVisible();
  await expect(page.locator('.jc-edge--highlighted')).toHaveCount(2);
  await customers.locator('.trace-shown').screenshot({ path: screenshot('trace-en') });
  await page.screenshot({ path: screenshot('trace-page-en') });

  await page.getByLabel('Language').selectOption('zh-CN');
  const chinese = page.getByRole('region', { name: '客户' });
  await expect(chinese.locator('.trace-event[data-kind="suppressedConsent"]')).toContainText(
    '在 “SMS coupon” 未发送：没有短信授权',
  );
  await chinese.locator('.trace-shown').screenshot({ path: screenshot('trace-zh') });
  await page.screenshot({ path: screenshot('trace-page-zh') });
});

test('search by id and Try a customer with SMS consent', async ({ page }) => {
  test.setTimeout(120_000);
  await openAndRun(page);
  await page
    .locator('.react-flow__node[data-id="m"]')
    .getByRole('button', { name: 'Show customers' })
    .click();
  const customers = page.getByRole('region', { name: 'Customers' });
  await customers.getByLabel('Find a customer by id').fill('no-such-customer');
  await customers.getByRole('button', { name: 'Find' }).click();
  await expect(customers.getByRole('alert')).toHaveText(
    'There is no customer "no-such-customer" in this run’s cohort.',
  );

  const first = customers
    .getByRole('list', { name: 'Customers behind the figure' })
    .getByRole('button')
    .first();
  await expect(first).toBeVisible({ timeout: 20_000 });
  const id = (await first.locator('.trace-list__id').textContent())!;
  await customers.getByLabel('Find a customer by id').fill(id);
  await customers.getByLabel('Find a customer by id').press('Enter');
  await expect(customers.getByRole('heading', { name: `Path of ${id}` })).toBeVisible();

  await customers.getByRole('button', { name: 'Try a customer' }).click();
  const form = customers.getByRole('form', { name: 'Try a customer' });
  await expect(form.getByLabel('Id')).toHaveValue(id);
  const sms = form.getByRole('checkbox', { name: 'SMS' });
  if (await sms.isChecked()) await sms.uncheck();
  await form.getByRole('button', { name: 'Trace this customer' }).click();
  await expect(customers.getByRole('heading', { name: 'Path of a made-up customer' })).toBeVisible();
  await expect(customers.locator('.trace-event[data-kind="suppressedConsent"]')).toBeVisible();
  await sms.check();
  await form.getByRole('button', { name: 'Trace this customer' }).click();
  await expect(customers.locator('.trace-event[data-kind="delivered"]')).toContainText(
    'Sent ‘SMS coupon’ by SMS',
  );
  await customers.locator('.trace-shown').screenshot({ path: screenshot('try-en') });

  // the panel with its list, a trace and the form open: no accessibility violations
  const audit = await new AxeBuilder({ page }).include('.trace-panel').analyze();
  expect(audit.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByRole('form', { name: '试一位客户' }).screenshot({ path: screenshot('try-form-zh') });
});
