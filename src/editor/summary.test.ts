import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en/index.ts';
import { zhCN } from '../i18n/zh-CN/index.ts';
import type { Filter, JourneyNode, NodeOf, NodeType } from '../journey/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { outputHandles, parseJourney } from '../journey/index.ts';
import { journeyTemplates } from '../journey/templates/index.ts';
import { nodeSummary, outputLabel } from './summary.ts';

const position = { x: 0, y: 0 };
function node<T extends NodeType>(type: T, config: NodeOf<T>['config']): JourneyNode {
  return { id: `${type}-1`, label: '', position, type, config } as JourneyNode;
}

const vipDormant: Filter = {
  match: 'all',
  rules: [
    { field: 'tier', op: 'eq', value: 'vip' },
    { field: 'recencyDays', op: 'gt', value: 180 },
  ],
};
const winbackSms = node('touch', {
  channel: 'sms',
  template: 'winback-48h',
  offer: { type: 'percent_off', value: 30, validHours: 48 },
  costPerSend: 0.05,
  rates: { delivery: 0.95, click: 0.03, conversion: 0.01 },
});
const abSplit = node('split', {
  variants: [
    { id: 'a', label: 'A', percent: 50 },
    { id: 'b', label: 'B', percent: 50 },
  ],
});

const en_ = (n: JourneyNode) => nodeSummary(n, en.summary, 'en');
const zh = (n: JourneyNode) => nodeSummary(n, zhCN.summary, 'zh-CN');

describe('nodeSummary in English', () => {
  it('writes the examples of the issue', () => {
    expect(en_(winbackSms)).toBe('SMS · winback-48h · 30% off, 48 h');
    expect(en_(node('wait', { kind: 'duration', amount: 2, unit: 'days' }))).toBe('Wait 2 days');
    expect(en_(node('condition', { filter: vipDormant }))).toBe('Tier is VIP and recency > 180 days');
    expect(en_(abSplit)).toBe('A 50% · B 50%');
  });

  it('speaks in the singular for one unit and groups large numbers', () => {
    expect(en_(node('wait', { kind: 'duration', amount: 1, unit: 'hours' }))).toBe('Wait 1 hour');
    expect(en_(node('wait', { kind: 'duration', amount: 1500, unit: 'minutes' }))).toBe('Wait 1,500 minutes');
  });

  it('summarises every wait kind', () => {
    expect(en_(node('wait', { kind: 'until', at: '09:00' }))).toBe('Wait until 09:00');
    expect(en_(node('wait', { kind: 'until', at: '09:00', weekdays: [3, 1] }))).toBe(
      'Wait until 09:00 on Mon, Wed',
    );
    expect(en_(node('wait', { kind: 'event', event: 'purchase', timeoutHours: 72 }))).toBe(
      'Wait for purchase, up to 72 h',
    );
  });

  it('summarises every trigger kind', () => {
    expect(en_(node('trigger', { kind: 'segment', filter: vipDormant }))).toBe(
      'Segment: Tier is VIP and recency > 180 days',
    );
    expect(en_(node('trigger', { kind: 'segment', filter: { match: 'all', rules: [] } }))).toBe(
      'Segment: everyone',
    );
    expect(en_(node('trigger', { kind: 'event', event: 'cart_abandoned' }))).toBe('On cart abandoned');
    expect(
      en_(
        node('trigger', {
          kind: 'event',
          event: 'cart_abandoned',
          filter: { match: 'all', rules: [{ field: 'tier', op: 'eq', value: 'vip' }] },
        }),
      ),
    ).toBe('On cart abandoned · Tier is VIP');
    expect(en_(node('trigger', { kind: 'date', field: 'birthday', offsetDays: -3, at: '10:00' }))).toBe(
      '3 days before birthday, at 10:00',
    );
    expect(
      en_(node('trigger', { kind: 'date', field: 'signupAnniversary', offsetDays: 0, at: '09:30' })),
    ).toBe('On signup anniversary at 09:30');
  });

  it('words every operator family and list values', () => {
    const filter: Filter = {
      match: 'any',
      rules: [
        { field: 'lifecycleStage', op: 'in', value: ['dormant', 'at_risk'] },
        { field: 'tags', op: 'has', value: 'newsletter' },
      ],
    };
    expect(en_(node('condition', { filter }))).toBe(
      'Lifecycle stage is one of dormant, at risk or tags has tag newsletter',
    );
    const dates: Filter = {
      match: 'all',
      rules: [
        { field: 'signupDate', op: 'lt', value: '2025-01-01' },
        { field: 'monetary', op: 'gte', value: 1200 },
        { field: 'consentSms', op: 'eq', value: true },
      ],
    };
    expect(en_(node('condition', { filter: dates }))).toBe(
      'Signup date before 2025-01-01 and spend in 365 days ≥ ¥1,200 +1 more',
    );
    expect(en_(node('condition', { filter: { match: 'all', rules: [] } }))).toBe('No rules yet');
  });

  it('shows a touch without template or offer', () => {
    expect(
      en_(
        node('touch', {
          channel: 'wecom',
          template: ' ',
          costPerSend: 0.3,
          rates: { delivery: 1, click: 0, conversion: 0 },
        }),
      ),
    ).toBe('WeCom · no template');
  });

  it('labels outputs', () => {
    const condition = node('condition', { filter: vipDormant });
    expect(outputLabel(condition, 'yes', en.summary)).toBe('Yes');
    expect(outputLabel(condition, 'no', en.summary)).toBe('No');
    const eventWait = node('wait', { kind: 'event', event: 'purchase', timeoutHours: 1 });
    expect(outputLabel(eventWait, 'event', en.summary)).toBe('Event');
    expect(outputLabel(eventWait, 'timeout', en.summary)).toBe('Timeout');
    expect(outputLabel(abSplit, 'b', en.summary)).toBe('B');
    expect(outputLabel(winbackSms, 'out', en.summary)).toBe('Next');
  });

  it('names an exit', () => {
    expect(en_(node('exit', {}))).toBe('Customers leave the journey');
  });
});

describe('nodeSummary in Chinese', () => {
  it('writes the examples of the issue, with discounts in 折', () => {
    expect(zh(winbackSms)).toBe('短信 · winback-48h · 7折，48 小时有效');
    expect(zh(node('wait', { kind: 'duration', amount: 2, unit: 'days' }))).toBe('等待 2 天');
    expect(zh(node('condition', { filter: vipDormant }))).toBe('会员等级 为 VIP 且 距上次消费 > 180 天');
    expect(zh(abSplit)).toBe('A 50% · B 50%');
  });

  it('summarises waits, triggers and lists', () => {
    expect(zh(node('wait', { kind: 'until', at: '09:00', weekdays: [1, 3] }))).toBe('等到周一、周三 09:00');
    expect(zh(node('wait', { kind: 'event', event: 'purchase', timeoutHours: 72 }))).toBe(
      '等待购买，最长 72 小时',
    );
    expect(zh(node('trigger', { kind: 'event', event: 'cart_abandoned' }))).toBe('发生加购未支付时');
    expect(zh(node('trigger', { kind: 'date', field: 'birthday', offsetDays: -3, at: '10:00' }))).toBe(
      '生日前 3 天 10:00',
    );
    expect(
      zh(
        node('condition', {
          filter: {
            match: 'any',
            rules: [{ field: 'lifecycleStage', op: 'in', value: ['dormant', 'churned'] }],
          },
        }),
      ),
    ).toBe('生命周期阶段 属于 沉睡、已流失');
  });

  it('labels outputs', () => {
    expect(outputLabel(node('condition', { filter: vipDormant }), 'yes', zhCN.summary)).toBe('是');
    expect(
      outputLabel(node('wait', { kind: 'event', event: 'click', timeoutHours: 1 }), 'timeout', zhCN.summary),
    ).toBe('超时');
    expect(outputLabel(abSplit, 'a', zhCN.summary)).toBe('A');
  });
});

describe('every node of every fixture and playbook', () => {
  const journeys = [
    ...readdirSync('test/fixtures/valid').map((file) => {
      const result = parseJourney(readFileSync(`test/fixtures/valid/${file}`, 'utf8'));
      if (!result.ok) throw new Error(`${file} does not parse`);
      return result.journey;
    }),
    ...journeyTemplates.flatMap((template) => [template.build('en'), template.build('zh-CN')]),
  ];

  it('has a summary and output labels in both languages, with no gap in the words', () => {
    for (const journey of journeys) {
      for (const node of journey.nodes) {
        for (const [words, locale] of [
          [en.summary, 'en'],
          [zhCN.summary, 'zh-CN'],
        ] as const) {
          const texts = [
            nodeSummary(node, words, locale),
            ...outputHandles(node).map((h) => outputLabel(node, h, words)),
          ];
          for (const text of texts) {
            expect(text.trim(), `${journey.id}/${node.id}`).not.toBe('');
            expect(text, `${journey.id}/${node.id}`).not.toMatch(/undefined|null|NaN|\[object/);
          }
        }
      }
    }
    expect(journeys.length).toBeGreaterThan(5);
  });
});
