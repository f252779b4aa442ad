import { expect, test } from '@playwright/test';
import type { Journey, JourneyEdge, JourneyNode } from '../../src/journey/index.ts';
import { newNode } from '../../src/journey/commands/new-node.ts';
import { settings } from '../../src/journey/templates/builders.ts';
import { openApp, openNewJourney } from './editor-support.ts';

/** 80 touches in rows of 20: fitted into view, the canvas is zoomed far out (about 0.17). */
function wideJourney(): Journey {
  const nodes: JourneyNode[] = [newNode('trigger', 'n0', 'Start', { x: 0, y: 0 })];
  const edges: JourneyEdge[] = [];
  for (let index = 1; index < 80; index += 1) {
    const position = { x: (index % 20) * 260, y: Math.floor(index / 20) * 180 };
    nodes.push(newNode('touch', `n${index}`, `Step ${index}`, position));
    edges.push({ id: `e${index}`, source: `n${index - 1}`, sourceHandle: 'out', target: `n${index}` });
  }
  return {
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'wide',
    name: 'Wide',
    settings: settings(),
    nodes,
    edges,
  };
}

test('zoomed far out, cards keep their label and hide the words too small to read', async ({ page }) => {
  await openApp(page);
  await openNewJourney(page, wideJourney());
  const card = page.locator('.react-flow__node[data-id="n5"]');
  await expect(page.locator('.jc-canvas--far')).toHaveCount(1);
  await expect(card.locator('.jc-card__label')).toBeVisible();
  await expect(card.locator('.jc-card__summary')).toBeHidden();
  await expect(card.locator('.jc-card__type')).toBeHidden();
  const farBox = await card.boundingBox();

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  for (let click = 0; click < 12 && (await page.locator('.jc-canvas--far').count()) > 0; click += 1)
    await zoomIn.click();
  await expect(page.locator('.jc-canvas--far')).toHaveCount(0);
  await expect(card.locator('.jc-card__summary')).toBeVisible();
  await expect(card.locator('.jc-card__type')).toBeVisible();
  // the words came back without changing the card's size (nothing re-measured, edges stay put)
  const nearBox = await card.boundingBox();
  if (!farBox || !nearBox) throw new Error('card not on screen');
  expect(nearBox.width / nearBox.height).toBeCloseTo(farBox.width / farBox.height, 1);
});
