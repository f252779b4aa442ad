import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import { NodeSchema, SettingsSchema, type JourneyNode } from '../../journey/index.ts';
import { checkAgainst, nodeAfter } from './field-issue.ts';

const wait: JourneyNode = {
  id: 'w',
  type: 'wait',
  label: '',
  position: { x: 0, y: 0 },
  config: { kind: 'duration', amount: 1, unit: 'days' },
};
const n = (value: number) => String(value);
const words = (issue: ReturnType<typeof checkAgainst>) => {
  if (!issue) throw new Error('expected an issue');
  return {
    en: en.inspector.fieldIssue(issue.issue, issue.schemaMessage, n),
    zh: zhCN.inspector.fieldIssue(issue.issue, issue.schemaMessage, n),
  };
};

describe('checkAgainst', () => {
  it('accepts a value that parses', () => {
    const next = nodeAfter(wait, (draft) => {
      if (draft.type === 'wait' && draft.config.kind === 'duration') draft.config.amount = 3;
    });
    expect(checkAgainst(NodeSchema, next, ['config', 'amount'])).toBeNull();
  });

  it('describes each kind of issue, in the schema words and in Chinese', () => {
    const withAmount = (amount: unknown) =>
      checkAgainst(NodeSchema, { ...wait, config: { ...wait.config, amount } }, ['config', 'amount']);
    expect(words(withAmount(undefined))).toEqual({ en: 'Required.', zh: '必填。' });
    expect(words(withAmount(Number.NaN))).toEqual({ en: 'Must be a number.', zh: '请输入数字。' });
    expect(words(withAmount(0))).toEqual({ en: 'The wait must be more than 0.', zh: '必须大于 0。' });
    expect(words(withAmount(600_000))).toEqual({
      en: 'Must be at most 525600 (one year in minutes).',
      zh: '不能大于 525600（一年的分钟数）。',
    });
    const settings = {
      timezone: 'Asia/Shanghai',
      reentry: { mode: 'after-exit', cooldownDays: 400 },
      frequencyCap: null,
      quietHours: { start: '9am', end: '09:00' },
      goal: null,
      holdoutPercent: 0,
    };
    // zod reuses the type message ("must be a number") for a .max() without words: the bound is named instead
    expect(words(checkAgainst(SettingsSchema, settings, ['reentry', 'cooldownDays']))).toEqual({
      en: 'Must be 365 or less.',
      zh: '不能大于 365。',
    });
    expect(words(checkAgainst(SettingsSchema, settings, ['quietHours', 'start'], 'time'))).toEqual({
      en: 'Must be a time written HH:MM, from 00:00 to 23:59.',
      zh: '请填写 HH:MM 格式的时间，从 00:00 到 23:59。',
    });
  });
});
