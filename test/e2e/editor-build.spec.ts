import { expect, test } from '@playwright/test';
import { card, cards, connect, dragStep, edges, openApp, openNewJourney } from './editor-support.ts';

test('builds a journey from an empty canvas by dragging steps and connecting them', async ({ page }) => {
  await openApp(page);
  await openNewJourney(page);
  await expect(cards(page)).toHaveCount(0);
  await dragStep(page, 'Trigger', { x: 300, y: 60 });
  await dragStep(page, 'Touch', { x: 300, y: 240 });
  await expect(cards(page)).toHaveCount(2);
  await connect(page, card(page, 'Trigger'), 'out', card(page, 'Touch'));
  await expect(edges(page)).toHaveCount(1);
  await page.screenshot({ path: '/work/screens/h3-first.png' });
});
