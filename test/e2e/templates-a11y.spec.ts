import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openApp, saveStatus } from './backend-helpers.ts';

/** axe on what this route owns: the playbook gallery, the editor page's header, notices and save controls. */

test('the playbook gallery and the editor page controls have no axe violations', async ({ page }) => {
  await openApp(page);
  const gallery = page.getByRole('region', { name: 'Start from a playbook' });
  await expect(gallery).toBeVisible();
  const galleryScan = await new AxeBuilder({ page }).include('.gallery').analyze();
  expect(galleryScan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await gallery.getByRole('button', { name: 'Use playbook: Cart abandoned' }).click();
  await expect(saveStatus(page)).toBeVisible();
  const routeScan = await new AxeBuilder({ page })
    .include('.jc-route__header')
    .include('.jc-session__notices')
    .include('.jc-session__extras')
    .analyze();
  expect(routeScan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await page.getByRole('button', { name: 'Versions' }).click();
  await expect(page.getByRole('dialog', { name: 'Published versions' })).toBeVisible();
  const dialogScan = await new AxeBuilder({ page }).include('.jc-dialog').analyze();
  expect(dialogScan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
