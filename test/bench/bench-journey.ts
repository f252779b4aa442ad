/**
 * The benchmark journey (issue 4): 23 nodes with conditions, waits of every kind, touches on every
 * channel, a split and a cycle through a wait; frequency cap, quiet hours and a 10% holdout.
 */
import type { JourneyNode } from '../../src/journey/nodes.ts';
import type { Journey } from '../../src/journey/schema.ts';

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
