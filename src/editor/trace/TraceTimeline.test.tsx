// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import type { JourneyNode } from '../../journey/nodes.ts';
import {
  conditionNode,
  exitNode,
  journeyOf,
  segmentTrigger,
  splitNode,
  touchNode,
  eventWait,
} from '../../simulation/journeys.test-support.ts';
import type { CustomerTrace, TraceEvent, TraceEventKind } from '../../simulation/trace-events.ts';
import { TraceTimeline } from './TraceTimeline.tsx';

afterEach(cleanup);

const labelled = (node: JourneyNode, label: string): JourneyNode => ({ ...node, label });
const journey = journeyOf(
  [
    labelled(segmentTrigger('t'), 'Dormant 90 days'),
    labelled(
      conditionNode('c', { match: 'all', rules: [{ field: 'recencyDays', op: 'gt', value: 180 }] }),
      'bought?',
    ),
    labelled(splitNode('s', [50, 50]), 'A/B'),
    labelled(eventWait('w', 'purchase', 48), 'Wait for purchase'),
    labelled(touchNode('m'), 'SMS coupon'),
    labelled(exitNode('x'), 'Done'),
  ],
  [
    ['t', 'out', 'c'],
    ['c', 'yes', 's'],
    ['s', 'v0', 'w'],
    ['w', 'timeout', 'm'],
    ['m', 'out', 'x'],
  ],
);
const DAY = 1440;
/** Dec 2, 08:00 on a run starting 2026-12-01 */
const DEC2_8AM = DAY + 8 * 60;

/** One event of every kind, with the words it must be shown in, in both languages. */
const cases: Record<TraceEventKind, { event: TraceEvent; en: string; zh: string }> = {
  entered: {
    event: { minute: 600, kind: 'entered', nodeId: 't', trigger: 'segment' },
    en: 'Entered at ‘Dormant 90 days’ (segment)',
    zh: '在 “Dormant 90 days” 进入旅程（客群）',
  },
  holdout: {
    event: { minute: 600, kind: 'holdout', nodeId: 't', trigger: 'birthday' },
    en: 'Held out at ‘Dormant 90 days’ (birthday): kept out of the journey to measure lift',
    zh: '在 “Dormant 90 days” 被划入对照组（生日）',
  },
  arrived: {
    event: { minute: 600, kind: 'arrived', nodeId: 'c' },
    en: 'Reached ‘bought?’',
    zh: '到达 “bought?”',
  },
  condition: {
    event: {
      minute: 600,
      kind: 'condition',
      nodeId: 'c',
      result: false,
      match: 'all',
      rules: [
        { field: 'recencyDays', op: 'gt', expected: 180, actual: 212, passed: false },
        { field: 'tier', op: 'eq', expected: 'vip', actual: 'vip', passed: true },
      ],
    },
    en: 'Condition ‘bought?’ false: recency 212 days, not > 180 days',
    zh: '条件 “bought?” 不成立：距上次消费为 212 天，不满足 > 180 天',
  },
  split: {
    event: { minute: 600, kind: 'split', nodeId: 's', variantId: 'v0', variantLabel: 'Variant 0' },
    en: 'Split ‘A/B’: variant ‘Variant 0’',
    zh: '分流 “A/B”：进入 “Variant 0”',
  },
  waitStarted: {
    event: { minute: 600, kind: 'waitStarted', nodeId: 'w', until: DEC2_8AM, event: 'purchase' },
    en: 'Waiting at ‘Wait for purchase’ for purchase, at most until Dec 2, 08:00',
    zh: '在 “Wait for purchase” 等待购买，最晚到 12月2日 08:00',
  },
  waitEnded: {
    event: { minute: DEC2_8AM, kind: 'waitEnded', nodeId: 'w', reason: 'timeout' },
    en: 'Wait ‘Wait for purchase’ timed out',
    zh: '等待 “Wait for purchase” 超时',
  },
  suppressedConsent: {
    event: { minute: DEC2_8AM, kind: 'suppressedConsent', nodeId: 'm', channel: 'sms' },
    en: 'Not sent at ‘SMS coupon’: no SMS consent',
    zh: '在 “SMS coupon” 未发送：没有短信授权',
  },
  suppressedFrequencyCap: {
    event: {
      minute: 5 * DAY,
      kind: 'suppressedFrequencyCap',
      nodeId: 'm',
      channel: 'sms',
      maxTouches: 3,
      windowDays: 7,
      touchesInWindow: [
        { minute: DEC2_8AM, nodeId: 'm' },
        { minute: DEC2_8AM + DAY, nodeId: 'm' },
        { minute: DEC2_8AM + 2 * DAY, nodeId: 'm' },
      ],
    },
    en: 'Not sent at ‘SMS coupon’: frequency cap — 3 touches in the last 7 days (‘SMS coupon’ Dec 2, 08:00, ‘SMS coupon’ Dec 3, 08:00, ‘SMS coupon’ Dec 4, 08:00)',
    zh: '在 “SMS coupon” 未发送：触达频次上限——近 7 天内已有 3 次触达（“SMS coupon” 12月2日 08:00',
  },
  deferredQuietHours: {
    event: { minute: 23 * 60, kind: 'deferredQuietHours', nodeId: 'm', until: DEC2_8AM },
    en: 'Deferred by quiet hours at ‘SMS coupon’ until Dec 2, 08:00',
    zh: '在 “SMS coupon” 因免打扰时段推迟到 12月2日 08:00',
  },
  delivered: {
    event: { minute: DEC2_8AM, kind: 'delivered', nodeId: 'm', channel: 'sms', cost: 0.05 },
    en: 'Sent ‘SMS coupon’ by SMS (cost 0.05)',
    zh: '已通过短信发送 “SMS coupon”（成本 0.05）',
  },
  failed: {
    event: { minute: DEC2_8AM, kind: 'failed', nodeId: 'm', channel: 'email', cost: 0.01 },
    en: 'Sending ‘SMS coupon’ by Email failed (cost 0.01)',
    zh: '通过邮件发送 “SMS coupon” 失败（成本 0.01）',
  },
  clicked: {
    event: { minute: DEC2_8AM + 30, kind: 'clicked', nodeId: 'm' },
    en: 'Clicked ‘SMS coupon’',
    zh: '点击了 “SMS coupon”',
  },
  purchased: {
    event: { minute: DEC2_8AM + 2 * DAY + 60, kind: 'purchased', value: 88, touchNodeId: 'm' },
    en: 'Bought 2 days after ‘SMS coupon’ (88)',
    zh: '在 “SMS coupon” 之后 2 天购买（88）',
  },
  goalExit: {
    event: { minute: DEC2_8AM + 2 * DAY + 60, kind: 'goalExit', nodeId: 'm' },
    en: 'Reached the goal at ‘SMS coupon’ and left the journey',
    zh: '在 “SMS coupon” 达成目标并离开旅程',
  },
  left: {
    event: { minute: 600, kind: 'left', nodeId: 'c', handle: 'no', edgeId: null },
    en: 'Took ‘No’ from ‘bought?’, which leads nowhere: left the journey',
    zh: '从 “bought?” 走 “否” 分支，该分支没有后续：离开旅程',
  },
  exit: {
    event: { minute: 9 * DAY, kind: 'exit', nodeId: 'x' },
    en: 'Left the journey at ‘Done’',
    zh: '在 “Done” 离开旅程',
  },
  loopGuard: {
    event: { minute: 9 * DAY, kind: 'loopGuard', nodeId: 'w' },
    en: 'Stopped at ‘Wait for purchase’ by the loop guard',
    zh: '在 “Wait for purchase” 被循环保护停止',
  },
  horizon: {
    event: { minute: 30 * DAY, kind: 'horizon', nodeId: 'w' },
    en: 'Still at ‘Wait for purchase’ when the run ended',
    zh: '模拟结束时仍停留在 “Wait for purchase”',
  },
};

/** Variants of a kind worded differently: an organic purchase, an output that leads on. */
const variants: { event: TraceEvent; en: string; zh: string }[] = [
  {
    event: { minute: 3 * DAY, kind: 'purchased', value: 120, touchNodeId: null },
    en: 'Bought on their own (120)',
    zh: '自然购买（120）',
  },
  {
    event: { minute: 600, kind: 'left', nodeId: 'c', handle: 'yes', edgeId: 'e1' },
    en: 'Took ‘Yes’ from ‘bought?’',
    zh: '从 “bought?” 走 “是” 分支',
  },
  {
    event: { minute: 600, kind: 'waitStarted', nodeId: 'w', until: null, event: null },
    en: 'Waiting at ‘Wait for purchase’: it does not end within the run',
    zh: '在 “Wait for purchase” 等待：模拟期内不会结束',
  },
];

function renderTrace(events: TraceEvent[], locale: Locale, holdout = false) {
  const trace: CustomerTrace = { customerId: 'c7', customerIndex: 7, holdout, events };
  render(
    <I18nProvider locale={locale}>
      <TraceTimeline trace={trace} journey={journey} startDate="2026-12-01" title="c7" />
    </I18nProvider>,
  );
  return within(screen.getByRole('region', { name: locale === 'en' ? 'Events of c7' : 'c7 的事件' }));
}

describe.each(['en', 'zh-CN'] as const)('TraceTimeline in %s', (locale) => {
  const expected = (entry: { en: string; zh: string }) => (locale === 'en' ? entry.en : entry.zh);

  it('words every kind of event, in order, with its time', () => {
    const entries = [...Object.values(cases), ...variants];
    // the credited purchase needs the delivery it follows earlier in the same trace
    const events = entries.map((entry) => entry.event).sort((a, b) => a.minute - b.minute);
    const timeline = renderTrace(events, locale);
    const items = timeline.getAllByRole('listitem');
    expect(items).toHaveLength(entries.length);
    const texts = items.map((item) => item.textContent ?? '');
    for (const entry of entries) expect(texts.join('\n')).toContain(expected(entry));
    expect(texts[0]).toContain(locale === 'en' ? 'Dec 1, 10:00' : '12月1日 10:00');
  });

  it('marks sends that did not happen', () => {
    const timeline = renderTrace([cases.suppressedConsent.event, cases.delivered.event], locale);
    const [suppressed, delivered] = timeline.getAllByRole('listitem');
    expect(suppressed!.className).toContain('trace-event--warning');
    expect(delivered!.className).not.toContain('trace-event--warning');
  });

  it('says when the customer never entered, and when they are in the holdout', () => {
    const timeline = renderTrace([], locale, true);
    expect(timeline.getByText(locale === 'en' ? /never entered the journey/ : /没有进入旅程/)).toBeTruthy();
    expect(timeline.getByText(locale === 'en' ? /holdout group/ : /对照组/)).toBeTruthy();
  });
});
