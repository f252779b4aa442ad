import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { findJourneyTemplate } from '../../src/journey/templates/index.ts';
import { card, cards, edges, openApp, openNewJourney } from './editor-support.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.jc-editor').analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

for (const locale of ['en', 'zh-CN'] as const) {
  test(`a 10-step journey in ${locale}: drawn, and axe finds no serious violation`, async ({ page }) => {
    const template = findJourneyTemplate('churn-risk-recall');
    if (!template) throw new Error('template missing');
    await openApp(page, locale);
    await openNewJourney(page, template.build(locale));
    await expect(cards(page)).toHaveCount(10);
    await expect(edges(page)).toHaveCount(10);
    await page.locator('.react-flow__node').nth(3).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/work/screens/h3-10-steps-${locale}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('keyboard only: add, select, connect, delete and undo', async ({ page }) => {
  await openApp(page);
  await openNewJourney(page);
  // Tab from the toolbar into the palette and add two steps with Enter
  await page.getByRole('button', { name: 'Tidy up' }).focus();
  const trigger = page.getByRole('button', { name: 'Trigger', exact: true });
  for (
    let presses = 0;
    presses < 30 && !(await trigger.evaluate((el) => el === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // Condition
  await page.keyboard.press('Tab'); // Wait
  await page.keyboard.press('Tab'); // Touch
  await page.keyboard.press('Enter');
  await expect(cards(page)).toHaveCount(2);
  await expect(edges(page)).toHaveCount(1); // added after the selected trigger, connected
  await page.keyboard.press('Tab'); // Split
  await page.keyboard.press('Tab'); // Exit
  await page.keyboard.press('Enter');
  await expect(cards(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);

  // Tab reaches the steps on the canvas; Enter selects the focused one
  const touch = card(page, 'Touch');
  for (
    let presses = 0;
    presses < 40 && !(await touch.evaluate((el) => el === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(touch).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(touch).toHaveClass(/selected/);

  // connect through the inspector's "next step" select: the touch goes to nothing, then back to the exit
  const next = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByRole('combobox', { name: 'Next step' });
  await next.selectOption({ index: 0 });
  await expect(edges(page)).toHaveCount(1);
  await next.selectOption({ label: 'Exit (n3)' });
  await expect(edges(page)).toHaveCount(2);

  // delete the focused, selected step and undo it, all from the keyboard
  await touch.focus();
  await page.keyboard.press('Delete');
  await expect(cards(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(cards(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);
});
