import { expect, test } from '@playwright/test';

test('the built app opens, shows its title and logs no console error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect(page).toHaveTitle('Journey Canvas');
  await expect(page.getByRole('heading', { name: 'Journey Canvas' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});
