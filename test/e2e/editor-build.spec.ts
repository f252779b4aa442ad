import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseJourney, serializeJourney, type Journey } from '../../src/journey/index.ts';
import {
  card,
  cards,
  connect,
  dragStep,
  edges,
  flowPosition,
  openApp,
  openNewJourney,
} from './editor-support.ts';

/**
 * The DOMAIN example, built from an empty canvas the way a marketer would: "dormant 6 months →
 * SMS 48-hour 30%-off coupon → wait 2 days → bought? → yes: exit / no: WeCom advisor message → exit".
 */

const side = (page: Page) => page.getByRole('complementary', { name: 'Inspector' });

async function setLabel(page: Page, label: string) {
  await side(page).getByLabel('Label', { exact: true }).fill(label);
}

async function addRule(page: Page, field: string, op: string, value: string, valueKind: 'select' | 'text') {
  await side(page).getByRole('button', { name: 'Add rule' }).click();
  const rule = side(page)
    .getByRole('group', { name: /^Rule \d+$/ })
    .last();
  await rule.getByRole('combobox', { name: 'Field' }).selectOption(field);
  await rule.getByRole('combobox', { name: 'Operator' }).selectOption(op);
  if (valueKind === 'select') await rule.getByRole('combobox', { name: 'Value' }).selectOption(value);
  else await rule.getByRole('textbox', { name: 'Value' }).fill(value);
}

async function exportFile(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** What the journey must be, whatever the ids and positions came out as. */
function shape(journey: Journey) {
  const labelOf = new Map(journey.nodes.map((node) => [node.id, node.label]));
  return {
    nodes: journey.nodes.map(({ type, label, config }) => ({ type, label, config })),
    edges: journey.edges.map(
      (edge) => `${labelOf.get(edge.source)} -${edge.sourceHandle}-> ${labelOf.get(edge.target)}`,
    ),
  };
}

const expectedShape = {
  nodes: [
    {
      type: 'trigger',
      label: 'Dormant 6 months',
      config: {
        kind: 'segment',
        filter: { match: 'all', rules: [{ field: 'recencyDays', op: 'gt', value: 180 }] },
      },
    },
    {
      type: 'touch',
      label: 'SMS 30% off, 48 h',
      config: {
        channel: 'sms',
        template: 'winback-48h',
        offer: { type: 'percent_off', value: 30, validHours: 48 },
        costPerSend: 0.05,
        rates: { delivery: 0.95, click: 0.03, conversion: 0.01 },
      },
    },
    { type: 'wait', label: 'Wait 2 days', config: { kind: 'duration', amount: 2, unit: 'days' } },
    {
      type: 'condition',
      label: 'Bought?',
      config: { filter: { match: 'all', rules: [{ field: 'purchasedSinceEntry', op: 'eq', value: true }] } },
    },
    { type: 'exit', label: 'Won back', config: {} },
    {
      type: 'touch',
      label: 'WeCom advisor message',
      config: {
        channel: 'wecom',
        template: 'advisor-checkin',
        costPerSend: 0.3,
        rates: { delivery: 0.92, click: 0.15, conversion: 0.04 },
      },
    },
    { type: 'exit', label: 'End', config: {} },
  ],
  edges: [
    'Dormant 6 months -out-> SMS 30% off, 48 h',
    'SMS 30% off, 48 h -out-> Wait 2 days',
    'Wait 2 days -out-> Bought?',
    'Bought? -yes-> Won back',
    'Bought? -no-> WeCom advisor message',
    'WeCom advisor message -out-> End',
  ],
};

test('builds the dormant win-back journey, undoes, exports, re-imports, survives a reload, speaks Chinese', async ({
  page,
}) => {
  await openApp(page);
  const id = await openNewJourney(page);

  // trigger: dragged from the palette, configured in the inspector (filter builder)
  await dragStep(page, 'Trigger', { x: 420, y: 80 });
  await setLabel(page, 'Dormant 6 months');
  await addRule(page, 'recencyDays', 'gt', '180', 'text');

  // the next steps: Enter/click on the palette adds after the selected step, connected
  await page.getByRole('button', { name: 'Touch', exact: true }).click();
  await setLabel(page, 'SMS 30% off, 48 h');
  await side(page).getByLabel('Template', { exact: true }).fill('winback-48h');
  await side(page).getByRole('combobox', { name: 'Offer' }).selectOption('percent_off');
  await side(page).getByLabel('Offer value', { exact: true }).fill('30');
  await side(page)
    .getByLabel(/Valid for/)
    .fill('48');

  await page.getByRole('button', { name: 'Wait', exact: true }).press('Enter');
  await setLabel(page, 'Wait 2 days');
  await side(page).getByLabel('How long', { exact: true }).fill('2');

  await page.getByRole('button', { name: 'Condition', exact: true }).click();
  await setLabel(page, 'Bought?');
  await addRule(page, 'purchasedSinceEntry', 'eq', 'yes', 'select');

  await page.getByRole('button', { name: 'Exit', exact: true }).click();
  await setLabel(page, 'Won back');

  // the "no" branch: select the condition, add a touch (connected to its free "no" output)
  await card(page, 'Bought?').click();
  await page.getByRole('button', { name: 'Touch', exact: true }).click();
  await setLabel(page, 'WeCom advisor message');
  await side(page).getByRole('combobox', { name: 'Channel' }).selectOption('wecom');
  await side(page).getByLabel('Template', { exact: true }).fill('advisor-checkin');

  // the last exit is dragged and connected by dragging from the touch's output onto it
  await page.getByRole('button', { name: 'Tidy up' }).click();
  await dragStep(page, 'Exit', { x: 760, y: 520 });
  await setLabel(page, 'End');
  await connect(page, card(page, 'WeCom advisor message'), 'out', card(page, 'End'));
  await expect(cards(page)).toHaveCount(7);
  await expect(edges(page)).toHaveCount(6);

  // tidy up, then undo and redo it
  await page.getByRole('button', { name: 'Tidy up' }).click();
  const tidied = await flowPosition(card(page, 'End'));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => flowPosition(card(page, 'End'))).not.toBe(tidied);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => flowPosition(card(page, 'End'))).toBe(tidied);
  await page.getByRole('button', { name: 'Tidy up' }).focus(); // leave the inspector fields
  await page.screenshot({ path: '/work/screens/h3-winback-en.png' });

  // export: the canonical file, named after the journey, with the expected content
  const exported = await exportFile(page);
  expect(exported.name).toBe(`${id}.journey.json`);
  const parsed = parseJourney(exported.text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(serializeJourney(parsed.journey)).toBe(exported.text);
  expect(shape(parsed.journey)).toEqual(expectedShape);
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${id}.journey.json` })).toBeVisible();

  // re-import the downloaded file: nothing changes, the next export is byte-identical
  await page.locator('.jc-editor input[type=file]').setInputFiles({
    name: exported.name,
    mimeType: 'application/json',
    buffer: Buffer.from(exported.text),
  });
  await expect(cards(page)).toHaveCount(7);
  expect((await exportFile(page)).text).toBe(exported.text);

  // an invalid file: every problem listed, the journey unchanged
  const broken = { ...JSON.parse(exported.text), name: '', nodes: 'none' };
  await page.locator('.jc-editor input[type=file]').setInputFiles({
    name: 'broken.journey.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const dialog = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog).toContainText('broken.journey.json');
  await page.screenshot({ path: '/work/screens/h3-import-refused-en.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(cards(page)).toHaveCount(7);
  expect((await exportFile(page)).text).toBe(exported.text);

  // reload: the journey comes back
  await expect(page.getByRole('status', { name: 'Save status' })).toContainText('Saved');
  await page.reload();
  await expect(cards(page)).toHaveCount(7);
  await expect(edges(page)).toHaveCount(6);

  // Chinese: palette, toolbar and cards speak it
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  for (const name of ['触发', '条件', '等待', '触达', '分流', '退出']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '问题' })).toBeVisible();
  await page.screenshot({ path: '/work/screens/h3-winback-zh.png' });
});
