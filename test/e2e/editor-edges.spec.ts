import { expect, test, type Page } from '@playwright/test';
import { findJourneyTemplate } from '../../src/journey/templates/index.ts';
import { card, edges, openApp, openNewJourney } from './editor-support.ts';

/** The screen point in the middle of each edge's path. */
function edgeMiddles(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')].map(
      (path) => {
        const matrix = path.getScreenCTM();
        if (!matrix) throw new Error('an edge path has no screen position');
        const middle = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(matrix);
        return { x: middle.x, y: middle.y };
      },
    ),
  );
}

/**
 * Whether each edge is painted: the pixels around the middle of its path change when the edges are
 * hidden. Hit-testing would not do: the browser finds the path of an <svg> that it does not draw.
 */
async function edgesPainted(page: Page): Promise<boolean[]> {
  const clips = (await edgeMiddles(page)).map(({ x, y }) => ({ x: x - 4, y: y - 4, width: 8, height: 8 }));
  const shown = await Promise.all(clips.map((clip) => page.screenshot({ clip })));
  const hide = await page.addStyleTag({ content: '.react-flow__edges { visibility: hidden; }' });
  const hidden = await Promise.all(clips.map((clip) => page.screenshot({ clip })));
  await hide.evaluate((style) => style.parentNode?.removeChild(style));
  return shown.map((pixels, index) => !pixels.equals(hidden[index]!));
}

test('every edge is painted along its path, and follows a dragged card', async ({ page }) => {
  const template = findJourneyTemplate('churn-risk-recall');
  if (!template) throw new Error('template missing');
  await openApp(page);
  await openNewJourney(page, template.build('en'));
  await expect(edges(page)).toHaveCount(template.build('en').edges.length);
  expect(await edgesPainted(page)).not.toContain(false);

  const trigger = card(page, 'Churn risk 60%+');
  const box = await trigger.boundingBox();
  if (!box) throw new Error('trigger card not on screen');
  const firstEdge = page.locator('.react-flow__edge path.react-flow__edge-path').first();
  const before = await firstEdge.getAttribute('d');
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + 10, { steps: 6 });
  await page.mouse.up();
  await expect(firstEdge).not.toHaveAttribute('d', before ?? '');
  expect(await edgesPainted(page)).not.toContain(false);
});
