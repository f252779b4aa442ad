import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cards, edges, openApp, openNewJourney } from './editor-support.ts';

/** Journey import problems in both languages: the editor's Import and the journeys page's import. */

const winbackText = readFileSync(new URL('../fixtures/valid/winback.journey.json', import.meta.url), 'utf8');
const winback = () => JSON.parse(winbackText) as Record<string, unknown>;

/** The winback journey broken four ways: no timezone, an unknown channel, a wait of 0, a stray field. */
function invalidFile(): string {
  const journey = winback() as {
    settings: { timezone: string };
    nodes: { config: Record<string, unknown> }[];
    owner?: string;
  };
  journey.settings.timezone = '';
  journey.nodes[1]!.config.channel = 'fax';
  journey.nodes[2]!.config.amount = 0;
  journey.owner = 'marketing';
  return JSON.stringify(journey, null, 2);
}

const chinese = [
  'settings.timezone 必须填写时区，例如 Asia/Shanghai。',
  'nodes[1].config.channel 必须是以下之一："sms"、"email"、"push"、"wechat"、"wecom"、"ai_call"。',
  'nodes[2].config.amount 必须大于 0。',
  'owner 不是已知字段：请删除它。',
];
const english = [
  'settings.timezone must name a timezone, e.g. Asia/Shanghai',
  'nodes[1].config.channel must be one of "sms", "email", "push", "wechat", "wecom", "ai_call"',
  'nodes[2].config.amount the wait must be more than 0',
  'owner is not a known field: remove it',
];

async function chooseFile(page: Page, button: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.journey.json',
    mimeType: 'application/json',
    buffer: Buffer.from(invalidFile()),
  });
}

/** The journey on the canvas, in words no language changes: each card's id, label and place, and the edges. */
async function canvasState(page: Page) {
  const nodes = await cards(page).evaluateAll((elements) =>
    elements.map((element) => [
      element.getAttribute('data-id'),
      element.querySelector('.jc-card__label')?.textContent,
      (element as HTMLElement).style.transform,
    ]),
  );
  const edgeIds = await edges(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-id')),
  );
  return { nodes, edgeIds };
}

test('an invalid journey file is refused with its problems in Chinese, then in English; the journey is unchanged', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openNewJourney(page, winback());
  await expect(cards(page)).toHaveCount(7);
  const before = await canvasState(page);
  expect(
    before.nodes.flat().every(Boolean) && before.edgeIds.length > 0 && before.edgeIds.every(Boolean),
  ).toBe(true);

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '中文' });
  await chooseFile(page, '导入');
  const dialogZh = page.getByRole('dialog', { name: '无法导入此文件' });
  await expect(dialogZh).toContainText(
    'broken.journey.json 未导入，当前旅程没有改动。请修正以下 4 个问题后重试',
  );
  await expect(dialogZh.getByRole('listitem')).toHaveText(chinese);
  await expect(dialogZh.locator('li > code').last()).toHaveText('owner');
  await page.screenshot({ path: '/work/screens/h8-import-zh.png' });
  await dialogZh.getByRole('button', { name: '关闭' }).click();
  await expect(dialogZh).toBeHidden();
  expect(await canvasState(page)).toEqual(before);

  await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
  await chooseFile(page, 'Import');
  const dialogEn = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(dialogEn.getByRole('listitem')).toHaveText(english);
  await page.screenshot({ path: '/work/screens/h8-import-en.png' });
  await dialogEn.getByRole('button', { name: 'Close' }).click();
  expect(await canvasState(page)).toEqual(before);
});

test('the journeys page refuses an invalid file with its problems in Chinese', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await chooseFile(page, '导入文件…');
  const dialog = page.getByRole('dialog', { name: '无法导入此文件' });
  await expect(dialog.getByRole('listitem')).toHaveText(chinese);
  await page.screenshot({ path: '/work/screens/h8-journeys-import-zh.png' });
});
