import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { card, openApp, openNewJourney } from './editor-support.ts';

/**
 * The inspector in the real editor: select a step, edit it, see its card's summary follow, undo;
 * an invalid value stays in its field with the reason and never reaches the card; the filter
 * builder offers what fits; all of it in English and in Chinese.
 */

const winback: unknown = JSON.parse(readFileSync('test/fixtures/valid/winback.journey.json', 'utf8'));
const summaryOf = (page: Page, label: string) => card(page, label).locator('.jc-card__summary');

test('edit a touch, a wait and a condition in the inspector, see the cards follow, undo', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openNewJourney(page, winback);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });

  // nothing selected: the journey's settings
  await expect(inspector.getByRole('heading', { name: 'Journey' })).toBeVisible();
  await expect(inspector.getByLabel('Timezone')).toHaveValue('Asia/Shanghai');

  // a touch: the channel fills its default cost and rates; the summary follows
  await card(page, 'SMS 30% off').click();
  await expect(inspector.getByLabel('Label', { exact: true })).toHaveValue('SMS 30% off');
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('SMS · winback-48h · 30% off, 48 h');
  await inspector.getByLabel('Channel').selectOption({ label: 'WeChat' });
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('WeChat · winback-48h · 30% off, 48 h');
  await expect(inspector.getByLabel('Cost per send (¥)')).toHaveValue('0.01');
  await expect(inspector.getByText('Filled in the typical cost and rates of WeChat.')).toBeVisible();

  // typing the offer value is one undo step; an invalid value stays with its message, off the card
  const offerValue = inspector.getByLabel('Offer value');
  await offerValue.fill('');
  await offerValue.pressSequentially('45');
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('WeChat · winback-48h · 45% off, 48 h');
  const validity = inspector.getByLabel('Valid for (hours, optional)');
  await validity.fill('-2');
  await expect(validity).toHaveValue('-2');
  await expect(validity).toHaveAttribute('aria-invalid', 'true');
  await expect(inspector.getByRole('alert')).toHaveText('The offer validity must be more than 0.');
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('WeChat · winback-48h · 45% off, 48 h');
  await page.screenshot({ path: '/work/screens/h4-touch-en.png' });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('WeChat · winback-48h · 30% off, 48 h');
  await expect(offerValue).toHaveValue('30');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('SMS · winback-48h · 30% off, 48 h');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('WeChat · winback-48h · 30% off, 48 h');

  // a wait
  await card(page, 'Wait 2 days').click();
  await inspector.getByLabel('How long').fill('36');
  await inspector.getByLabel('Unit').selectOption({ label: 'Hours' });
  await expect(summaryOf(page, 'Wait 2 days')).toHaveText('Wait 36 hours');

  // a condition: the filter builder offers only what fits the field
  await card(page, 'Bought?').click();
  const rule = inspector.getByRole('group', { name: 'Rule 1' });
  await expect(rule.getByRole('combobox', { name: 'Operator' }).locator('option')).toHaveText([
    'is',
    'is not',
  ]);
  await rule.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Tier' });
  await rule.getByRole('combobox', { name: 'Value' }).selectOption({ label: 'VIP' });
  await inspector.getByRole('button', { name: 'Add rule' }).click();
  const second = inspector.getByRole('group', { name: 'Rule 2' });
  await second.getByRole('combobox', { name: 'Field' }).selectOption({ label: 'Recency' });
  await second.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'more than' });
  await second.getByRole('textbox', { name: 'Value' }).fill('180');
  await expect(summaryOf(page, 'Bought?')).toHaveText('Tier is VIP and recency > 180 days');
  await page.screenshot({ path: '/work/screens/h4-condition-en.png' });

  // keyboard: connect the wait's output from its "Next step" select
  await card(page, 'Wait 2 days').click();
  const nextStep = inspector.getByLabel('Next step', { exact: true });
  await nextStep.focus();
  await nextStep.selectOption({ label: 'Won back (exit-bought)' });
  await expect(nextStep).toHaveValue('exit-bought');
});

test('the inspector in Chinese', async ({ page }) => {
  await openApp(page, 'zh-CN');
  await openNewJourney(page, winback);
  const inspector = page.getByRole('complementary', { name: '属性面板' });
  await expect(inspector.getByRole('heading', { name: '旅程' })).toBeVisible();
  await inspector.getByLabel('对照组（占进入客户的 %）').fill('70');
  await expect(inspector.getByRole('alert')).toHaveText('必须在 0 到 50 之间。');
  await page.screenshot({ path: '/work/screens/h4-settings-zh.png' });

  await card(page, 'SMS 30% off').click();
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('短信 · winback-48h · 7折，48 小时有效');
  await inspector.getByLabel('渠道').selectOption({ label: '企业微信' });
  await expect(summaryOf(page, 'SMS 30% off')).toHaveText('企业微信 · winback-48h · 7折，48 小时有效');
  await inspector.getByLabel('点击率').fill('1.2');
  await expect(inspector.getByRole('alert')).toHaveText('必须在 0 到 1 之间。');
  await page.screenshot({ path: '/work/screens/h4-touch-zh.png' });

  await card(page, 'Bought?').click();
  const rule = inspector.getByRole('group', { name: '规则 1' });
  await rule.getByRole('combobox', { name: '字段' }).selectOption({ label: '生命周期阶段' });
  await rule.getByRole('combobox', { name: '运算符' }).selectOption({ label: '属于' });
  await rule.getByRole('group', { name: '值' }).getByLabel('沉睡').check();
  await expect(summaryOf(page, 'Bought?')).toHaveText('生命周期阶段 属于 新客、沉睡');
  await page.screenshot({ path: '/work/screens/h4-condition-zh.png' });
});

test('the settings form in English', async ({ page }) => {
  await openApp(page, 'en');
  await openNewJourney(page, winback);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Timezone').fill('Mars/Base');
  await expect(inspector.getByText(/The timezone "Mars\/Base" is not a known timezone name/)).toBeVisible();
  await page.screenshot({ path: '/work/screens/h4-settings-en.png' });
});

test('axe finds no serious or critical problem in the inspector, whatever it shows', async ({ page }) => {
  await openApp(page, 'en');
  await openNewJourney(page, winback);
  const seen: string[] = [];
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page }).include('.insp').analyze();
    const bad = results.violations.filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    );
    seen.push(`${what}: ${bad.map((violation) => violation.id).join(', ') || 'clean'}`);
    expect(bad, what).toEqual([]);
  };
  await check('settings');
  for (const label of ['Dormant 6 months', 'SMS 30% off', 'Wait 2 days', 'Bought?', 'Won back']) {
    await card(page, label).click();
    await check(label);
  }
  await card(page, 'SMS 30% off').click();
  await page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Click rate').fill('3');
  await check('touch with an invalid rate');
  console.log(seen.join('\n'));
});

test('split, yearly-date trigger and until-wait forms in Chinese', async ({ page }) => {
  const loop: unknown = JSON.parse(
    readFileSync('test/fixtures/valid/birthday-split-loop.journey.json', 'utf8'),
  );
  await openApp(page, 'zh-CN');
  await openNewJourney(page, loop);
  const inspector = page.getByRole('complementary', { name: '属性面板' });

  await card(page, 'A/B').click();
  await expect(summaryOf(page, 'A/B')).toHaveText('SMS 33.5% · Email 33.5% · Control 33%');
  await inspector.getByRole('button', { name: '平均分配' }).click();
  await expect(summaryOf(page, 'A/B')).toHaveText('SMS 33.34% · Email 33.33% · Control 33.33%');
  await inspector.getByRole('group', { name: '分支 3' }).getByLabel('名称').fill('对照组');
  await expect(summaryOf(page, 'A/B')).toHaveText('SMS 33.34% · Email 33.33% · 对照组 33.33%');
  await expect(inspector.getByText('合计：100%')).toBeVisible();
  await page.screenshot({ path: '/work/screens/h4-split-zh.png' });

  await card(page, 'Birthday').click();
  await expect(summaryOf(page, 'Birthday')).toHaveText('生日前 3 天 10:00 · 短信授权 为 是');
  await inspector.getByLabel('提前（−）或推后（+）的天数').fill('2');
  await expect(summaryOf(page, 'Birthday')).toHaveText('生日后 2 天 10:00 · 短信授权 为 是');

  await card(page, 'Next weekday morning').click();
  await inspector.getByLabel('星期一').uncheck();
  await expect(summaryOf(page, 'Next weekday morning')).toHaveText('等到周二、周三、周四、周五 09:30');
  await page.screenshot({ path: '/work/screens/h4-wait-zh.png' });
});

test('typing Backspace and Delete in the inspector edits the field, never deletes the step', async ({
  page,
}) => {
  await openApp(page, 'en');
  await openNewJourney(page, winback);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await card(page, 'Won back').click();
  const label = inspector.getByLabel('Label', { exact: true });
  await label.click();
  await label.press('End');
  await label.press('Backspace');
  await label.press('Backspace');
  await label.press('Home');
  await label.press('Delete');
  await expect(label).toHaveValue('on ba');
  await expect(card(page, 'on ba')).toHaveCount(1);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
});
