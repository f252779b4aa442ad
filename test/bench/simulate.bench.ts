/**
 * Simulator benchmark (issue 4): a 24-node journey with conditions, waits, touches, a split and a
 * cycle through a wait, over 30 days, for cohorts of 100k, 1M and 2M customers. Run: npm run bench.
 */
import type { JourneyNode } from '../../src/journey/nodes.ts';
import type { Journey } from '../../src/journey/schema.ts';
import { simulate } from '../../src/simulation/engine.ts';
import { uniformTestCohort } from '../../src/simulation/test-cohort.ts';

const at = { x: 0, y: 0 };
const rates = { delivery: 0.9, click: 0.05, conversion: 0.02 };
const node = (id: string, type: JourneyNode['type'], config: unknown): JourneyNode =>
  ({ id, type, label: id, position: at, config }) as JourneyNode;
const touch = (id: string, channel: string) =>
  node(id, 'touch', { channel, template: id, costPerSend: 0.05, rates });
const wait = (id: string, amount: number, unit = 'days') =>
  node(id, 'wait', { kind: 'duration', amount, unit });
const condition = (id: string, field: string, op: string, value: unknown) =>
  node(id, 'condition', { filter: { match: 'all', rules: [{ field, op, value }] } });

const nodes: JourneyNode[] = [
  node('trigger', 'trigger', {
    kind: 'segment',
    filter: { match: 'all', rules: [{ field: 'recencyDays', op: 'gte', value: 0 }] },
  }),
  condition('vip', 'tier', 'eq', 'vip'),
  touch('wecom', 'wecom'),
  node('split', 'split', {
    variants: [
      { id: 'a', label: 'A', percent: 50 },
      { id: 'b', label: 'B', percent: 50 },
    ],
  }),
  touch('smsA', 'sms'),
  touch('emailB', 'email'),
  wait('wait1', 2),
  condition('bought1', 'purchasedSinceEntry', 'eq', true),
  node('exitBought', 'exit', {}),
  touch('push', 'push'),
  node('until', 'wait', { kind: 'until', at: '10:00', weekdays: [1, 3, 5] }),
  condition('clicked', 'clickedLastTouch', 'eq', true),
  touch('wechat', 'wechat'),
  node('waitEvent', 'wait', { kind: 'event', event: 'purchase', timeoutHours: 72 }),
  node('exitEvent', 'exit', {}),
  condition('many', 'touchesReceived', 'gte', 6),
  node('exitMany', 'exit', {}),
  wait('loopWait', 3),
  condition('old', 'daysSinceEntry', 'gte', 20),
  touch('aiCall', 'ai_call'),
  node('exitEnd', 'exit', {}),
  touch('emailVip', 'email'),
  wait('vipWait', 12, 'hours'),
];
const edgeList: [string, string, string][] = [
  ['trigger', 'out', 'vip'],
  ['vip', 'yes', 'wecom'],
  ['vip', 'no', 'split'],
  ['wecom', 'out', 'emailVip'],
  ['emailVip', 'out', 'vipWait'],
  ['vipWait', 'out', 'wait1'],
  ['split', 'a', 'smsA'],
  ['split', 'b', 'emailB'],
  ['smsA', 'out', 'wait1'],
  ['emailB', 'out', 'wait1'],
  ['wait1', 'out', 'bought1'],
  ['bought1', 'yes', 'exitBought'],
  ['bought1', 'no', 'push'],
  ['push', 'out', 'until'],
  ['until', 'out', 'clicked'],
  ['clicked', 'yes', 'waitEvent'],
  ['clicked', 'no', 'wechat'],
  ['wechat', 'out', 'many'],
  ['waitEvent', 'event', 'exitEvent'],
  ['waitEvent', 'timeout', 'many'],
  ['many', 'yes', 'exitMany'],
  ['many', 'no', 'loopWait'],
  ['loopWait', 'out', 'old'],
  ['old', 'no', 'push'],
  ['old', 'yes', 'aiCall'],
  ['aiCall', 'out', 'exitEnd'],
];
export const benchJourney: Journey = {
  format: 'journey-canvas',
  schemaVersion: 1,
  id: 'bench',
  name: 'Benchmark',
  settings: {
    timezone: 'Asia/Shanghai',
    reentry: { mode: 'once' },
    frequencyCap: { maxTouches: 4, windowDays: 7 },
    quietHours: { start: '21:00', end: '09:00' },
    goal: { event: 'purchase', attributionDays: 7, exitOnGoal: false },
    holdoutPercent: 10,
  },
  nodes,
  edges: edgeList.map(([source, sourceHandle, target], k) => ({ id: `e${k}`, source, sourceHandle, target })),
};

for (const size of [100_000, 1_000_000, 2_000_000]) {
  const generationStart = performance.now();
  const cohort = uniformTestCohort(size, { lifecycleStage: 3 });
  for (let i = 0; i < size; i++) cohort.tier[i] = i % 4;
  const generationMs = performance.now() - generationStart;
  const start = performance.now();
  const result = simulate(benchJourney, cohort, { seed: 1, startDate: '2026-12-01', horizonDays: 30 });
  const ms = performance.now() - start;
  const visits = Object.values(result.nodes).reduce((sum, counts) => sum + counts.entered, 0);
  console.log(
    `${size.toLocaleString('en')} customers: ${ms.toFixed(0)} ms, ${Math.round((size / ms) * 1000).toLocaleString('en')} customers/s, ` +
      `${Math.round((visits / ms) * 1000).toLocaleString('en')} node visits/s (${visits.toLocaleString('en')} visits); cohort built in ${generationMs.toFixed(0)} ms; ` +
      `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
