import { describe, expect, it } from 'vitest';
import { fill } from './fill.ts';
import { messages, translation } from './message.ts';
import { plural } from './plural.ts';

// The @ts-expect-error lines are the test of the types: `npm run typecheck` fails when one of them
// stops being an error (a slot check that no longer checks).
const english = messages({
  open: 'Open {name} ({count} steps)',
  copied: { one: '{count} step copied.', other: '{count} steps copied.' },
  plain: 'Nothing to fill',
});

describe('catalog sentences with typed slots', () => {
  it('fills the named slots and leaves the text alone otherwise', () => {
    expect(fill(english.open, { name: 'Win-back', count: 3 })).toBe('Open Win-back (3 steps)');
    expect(fill(english.plain, {})).toBe('Nothing to fill');
    // @ts-expect-error a slot is missing
    expect(fill(english.open, { name: 'Win-back' })).toBe('Open Win-back ({count} steps)');
    // @ts-expect-error a slot is misspelt
    fill(english.open, { name: 'x', count: 1, cuont: 1 });
  });

  it('refuses a translation that drops a slot of the English sentence', () => {
    const chinese = translation<typeof english>({
      open: '打开 {name}（{count} 个步骤）',
      copied: { other: '已复制 {count} 个步骤。' },
      plain: '无需填写',
    });
    expect(fill(chinese.open, { name: '召回', count: 3 })).toBe('打开 召回（3 个步骤）');
    translation<typeof english>({
      // @ts-expect-error {count} is missing
      open: '打开 {name}',
      copied: { other: '已复制 {count} 个步骤。' },
      plain: '无需填写',
    });
  });

  it('picks the plural category of the locale (Intl.PluralRules)', () => {
    expect(plural('en', english.copied, 1, { count: '1' })).toBe('1 step copied.');
    expect(plural('en', english.copied, 2, { count: '2' })).toBe('2 steps copied.');
    expect(plural('en', english.copied, 0, { count: '0' })).toBe('0 steps copied.');
    expect(plural('zh-CN', { other: '已复制 {count} 个步骤。' }, 1, { count: '1' })).toBe(
      '已复制 1 个步骤。',
    );
  });
});
