import { expect, test } from '@playwright/test';
import { findJourneyTemplate } from '../../src/journey/templates/index.ts';
import { card, openApp, openNewJourney } from './editor-support.ts';

test('a simulation draws its counts on steps and edges, muted as stale after an edit', async ({ page }) => {
  test.setTimeout(120_000);
  const template = findJourneyTemplate('churn-risk-recall');
  if (!template) throw new Error('template missing');
  await openApp(page);
  await openNewJourney(page, template.build('en'));
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const figures = page.locator('.jc-figures');
  await expect(figures.first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('.jc-edge__count').first()).toBeVisible();
  await expect(card(page, 'Churn risk 60%+').locator('.jc-figures')).toContainText(/\d+ entered/);
  await expect(page.locator('.jc-figures').filter({ hasText: 'delivered' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show customers' }).first()).toBeVisible();
  await expect(page.locator('.jc-figures__stale')).toHaveCount(0);
  await page.screenshot({ path: '/work/screens/h3-overlay-en.png' });

  await card(page, 'Churn risk 60%+').click();
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Label', { exact: true })
    .fill('Churn risk');
  await expect(page.locator('.jc-figures__stale').first()).toBeVisible();
  await expect(page.locator('.jc-figures--stale').first()).toBeVisible();
  await page.screenshot({ path: '/work/screens/h3-overlay-stale-en.png' });
});
