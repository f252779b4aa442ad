import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseJourney, serializeJourney } from '../../src/journey/index.ts';
import { card, cards, connect, edges, flowPosition, openApp, openNewJourney } from './editor-support.ts';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** A small journey made through the palette: Trigger → Condition (yes → Exit), Touch on its own. */
async function startJourney(page: Page) {
  await openApp(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openNewJourney(page);
  await page.getByRole('button', { name: 'Trigger', exact: true }).click();
  await page.getByRole('button', { name: 'Condition', exact: true }).click();
  await page.getByRole('button', { name: 'Exit', exact: true }).click();
  await expect(cards(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);
}

test('delete, undo and redo from the keyboard', async ({ page }) => {
  await startJourney(page);
  await card(page, 'Condition').click();
  await page.keyboard.press('Delete');
  await expect(cards(page)).toHaveCount(2);
  await expect(edges(page)).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(cards(page)).toHaveCount(3);
  await expect(edges(page)).toHaveCount(2);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(cards(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(cards(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await card(page, 'Exit').click();
  await page.keyboard.press('Backspace');
  await expect(cards(page)).toHaveCount(2);
});

test('a drag is one undo step', async ({ page }) => {
  await startJourney(page);
  const before = await flowPosition(card(page, 'Exit'));
  const box = await card(page, 'Exit').boundingBox();
  if (!box) throw new Error('no card');
  await page.mouse.move(box.x + 40, box.y + 20);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1)
    await page.mouse.move(box.x + 40 + step * 15, box.y + 20 + step * 5);
  await page.mouse.up();
  await expect.poll(() => flowPosition(card(page, 'Exit'))).not.toBe(before);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => flowPosition(card(page, 'Exit'))).toBe(before);
  await expect(cards(page)).toHaveCount(3); // the drag was undone, not the step added before it
});

test('copy and paste through the clipboard as journey JSON, duplicate with Ctrl+D', async ({ page }) => {
  await startJourney(page);
  // box/shift multi-select: Condition and Exit
  await card(page, 'Condition').click();
  await card(page, 'Exit').click({ modifiers: ['Shift'] });
  await page.keyboard.press(`${mod}+c`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const json = JSON.parse(copied) as { format: string; nodes: { type: string }[]; edges: unknown[] };
  expect(json.format).toBe('journey-canvas');
  expect(json.nodes.map((node) => node.type)).toEqual(['condition', 'exit']);
  expect(json.edges).toHaveLength(1);

  await page.keyboard.press(`${mod}+v`);
  await expect(cards(page)).toHaveCount(5);
  await expect(edges(page)).toHaveCount(3);

  // the pasted pair is selected; duplicate it
  await page.keyboard.press(`${mod}+d`);
  await expect(cards(page)).toHaveCount(7);
  await expect(edges(page)).toHaveCount(4);
  await page.keyboard.press(`${mod}+z`);
  await expect(cards(page)).toHaveCount(5);
});

test('a connection into a trigger is refused with a reason', async ({ page }) => {
  await startJourney(page);
  await connect(page, card(page, 'Condition'), 'no', card(page, 'Trigger'));
  await expect(page.getByRole('status').filter({ hasText: 'nothing can connect into it' })).toBeVisible();
  await expect(edges(page)).toHaveCount(2);
  // re-connecting a used output replaces its edge
  await connect(page, card(page, 'Condition'), 'no', card(page, 'Exit'));
  await expect(edges(page)).toHaveCount(3);
  await connect(page, card(page, 'Trigger'), 'out', card(page, 'Exit'));
  await expect(edges(page)).toHaveCount(3);
});

test('a step dropped onto an edge is inserted between its ends', async ({ page }) => {
  await startJourney(page);
  const edge = page.locator('.react-flow__edge').first();
  const box = await edge.boundingBox();
  if (!box) throw new Error('no edge');
  await page
    .getByRole('button', { name: 'Wait', exact: true })
    .dragTo(page.locator('.react-flow__renderer'), { targetPosition: await centreIn(page, box) });
  await expect(cards(page)).toHaveCount(4);
  await expect(edges(page)).toHaveCount(3);
  await page.getByRole('button', { name: 'Export' }).focus();
  const problems = page.getByRole('region', { name: 'Journey editor' });
  await expect(problems).not.toContainText('No path from a trigger leads to "Wait"');
});

async function centreIn(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const renderer = await page.locator('.react-flow__renderer').boundingBox();
  if (!renderer) throw new Error('no canvas');
  return { x: box.x + box.width / 2 - renderer.x, y: box.y + box.height / 2 - renderer.y };
}

test('clicking a problem selects its step and brings it into view', async ({ page }) => {
  await startJourney(page);
  // move the view far away from the steps
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.mouse.move(700, 500);
  await page.mouse.down();
  await page.mouse.move(100, 100, { steps: 5 });
  await page.mouse.up();
  const problem = page.getByRole('button', { name: /The "no" output of "Condition" is not connected/ });
  await problem.click();
  const condition = card(page, 'Condition');
  await expect(condition).toHaveClass(/selected/);
  await page.waitForTimeout(400); // the centring animation
  const canvas = await page.locator('.jc-editor__canvas').boundingBox();
  const box = await condition.boundingBox();
  if (!canvas || !box) throw new Error('not on screen');
  expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(10);
  expect(Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(10);
});

test('Save as PNG downloads a picture of the journey; Copy JSON puts the file on the clipboard', async ({
  page,
}) => {
  await startJourney(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync(await download.path());
  await download.saveAs('/work/screens/h3-saved-canvas.png');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);

  await page.getByRole('button', { name: 'Copy JSON' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const parsed = parseJourney(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(serializeJourney(parsed.journey)).toBe(text);
  expect(parsed.journey.nodes).toHaveLength(3);
  await expect(
    page.getByRole('status').filter({ hasText: 'The journey JSON is on the clipboard.' }),
  ).toBeVisible();
});

test('a file dropped on the canvas imports it; an invalid drop or paste lists problems and changes nothing', async ({
  page,
}) => {
  await startJourney(page);
  const dropFile = async (name: string, text: string) => {
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        return transfer;
      },
      { name, text },
    );
    await page.dispatchEvent('.jc-canvas', 'drop', { dataTransfer });
  };

  await dropFile('broken.journey.json', '{ "format": "journey-canvas", "schemaVersion": 1, "nodes": 3 ');
  const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(dialog).toContainText('is not valid JSON');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(cards(page)).toHaveCount(3);

  // a pasted journey that is not valid: the same dialog, nothing pasted
  await page.evaluate(() =>
    navigator.clipboard.writeText('{"format":"journey-canvas","schemaVersion":1,"id":"x","nodes":3}'),
  );
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press(`${mod}+v`);
  await expect(dialog).toContainText('Pasted text');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(cards(page)).toHaveCount(3);

  // a valid file replaces the journey (one undoable step)
  const winback = readFileSync(new URL('../fixtures/valid/winback.journey.json', import.meta.url), 'utf8');
  const expected = parseJourney(winback);
  if (!expected.ok) throw new Error('fixture invalid');
  await dropFile('winback.journey.json', winback);
  await expect(cards(page)).toHaveCount(expected.journey.nodes.length);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards(page)).toHaveCount(3);
});
