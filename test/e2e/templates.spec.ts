import { expect, test, type Page } from '@playwright/test';
import { openApp, saveStatus, screenshotPath, serverJourney } from './backend-helpers.ts';

/**
 * The first five minutes: a newcomer opens the app on the playbook gallery, picks one, and lands in
 * the editor on it with the getting-started guide. Each click below is one user action.
 */

async function chooseLanguage(page: Page, language: 'English' | '中文') {
  await page.getByRole('combobox', { name: /Language|语言/ }).selectOption({ label: language });
}

test('first visit → playbook → simulated results in 2 user actions, with the guide (en)', async ({
  page,
}) => {
  await openApp(page);
  const gallery = page.getByRole('region', { name: 'Start from a playbook' });
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole('img', { name: /Preview of the journey/ })).toHaveCount(9);
  await page.screenshot({ path: screenshotPath('gallery-en') });

  // action 1: the newcomer picks a playbook (the gallery is already open on a first visit)
  await gallery.getByRole('button', { name: 'Use playbook: A/B test of two offers' }).click();
  await expect(page).toHaveURL(/#\/journeys\/[\w-]+$/);
  await expect(saveStatus(page)).toHaveText('Saved');
  const guide = page.getByRole('complementary', { name: 'Getting started' });
  await expect(guide).toBeVisible();
  await expect(guide.getByRole('listitem')).toHaveCount(4);
  const id = decodeURIComponent(page.url().split('#/journeys/')[1] ?? '');
  const saved = await serverJourney(page, id);
  expect(saved.journey.nodes.length).toBeGreaterThan(5);
  expect(
    await page.evaluate((journeyId) => localStorage.getItem(`journey-canvas.cohort.${journeyId}`), id),
  ).toBe('mother-baby');
  await page.screenshot({ path: screenshotPath('template-opened-en') });

  // action 2: one click on Simulate runs on the playbook's cohort and shows results
  await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Simulation' });
  await expect(panel.getByRole('combobox', { name: 'Sample', exact: true })).toHaveValue('mother-baby');
  await expect(panel.getByRole('heading', { name: 'Results' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.react-flow__node .jc-figures').first()).toContainText(/[\d,]+ entered/, {
    timeout: 60_000,
  });
  await page.screenshot({ path: screenshotPath('template-simulated-en') });

  await guide.getByRole('button', { name: 'Got it' }).click();
  await expect(guide).toHaveCount(0);
  await page.reload();
  await expect(saveStatus(page)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Getting started' })).toHaveCount(0);
});

test('first visit in Chinese: the gallery and the playbook speak Chinese', async ({ page }) => {
  await openApp(page);
  await chooseLanguage(page, '中文');
  const gallery = page.getByRole('region', { name: '从营销剧本开始' });
  await expect(gallery).toBeVisible();
  await page.screenshot({ path: screenshotPath('gallery-zh') });
  await gallery.getByRole('button', { name: /加购未支付挽回/ }).click();
  await expect(saveStatus(page)).toHaveText('已保存');
  await expect(page.getByRole('complementary', { name: '快速上手' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← 返回旅程列表' })).toBeVisible();
  await page.getByRole('button', { name: '模拟', exact: true }).click();
  await expect(page.locator('.react-flow__node .jc-figures').first()).not.toBeEmpty({ timeout: 60_000 });
  await page.screenshot({ path: screenshotPath('template-opened-zh') });
  await page.getByRole('link', { name: '← 返回旅程列表' }).click();
  await expect(page.getByRole('heading', { name: '旅程', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '从营销剧本开始' })).toHaveCount(0);
  await page.getByRole('button', { name: '新建旅程' }).click();
  await expect(
    page.getByRole('dialog', { name: '新建旅程' }).getByRole('region', { name: '从营销剧本开始' }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('new-journey-gallery-zh') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
