import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../journey/nodes.ts';
import type { Journey, JourneySettings } from '../journey/schema.ts';
import { simulate } from './engine.ts';
import { brokenInvariants } from './invariants.test-support.ts';
import { SimulationResultSchema } from './result.ts';
import { uniformTestCohort } from './cohort.test-support.ts';

const at = { x: 0, y: 0 };
const baseSettings: JourneySettings = {
  timezone: 'Asia/Shanghai',
  reentry: { mode: 'once' },
  frequencyCap: null,
  quietHours: null,
  goal: null,
  holdoutPercent: 0,
};
const trigger: JourneyNode = {
  id: 't',
  type: 'trigger',
  label: '',
  position: at,
  config: { kind: 'segment', filter: { match: 'all', rules: [] } },
};
const touch = (
  id: string,
  rates = { delivery: 1, click: 0, conversion: 0 },
  channel: 'sms' | 'email' = 'sms',
): JourneyNode => ({
  id,
  type: 'touch',
  label: '',
  position: at,
  config: { channel, template: 'x', costPerSend: 0.05, rates },
});
const waitDays = (id: string, amount: number): JourneyNode => ({
  id,
  type: 'wait',
  label: '',
  position: at,
  config: { kind: 'duration', amount, unit: 'days' },
});

function chain(nodes: JourneyNode[], settings: Partial<JourneySettings> = {}): Journey {
  return {
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'j',
    name: 'j',
    settings: { ...baseSettings, ...settings },
    nodes,
    edges: nodes
      .slice(1)
      .map((node, k) => ({ id: `e${k}`, source: nodes[k]!.id, sourceHandle: 'out', target: node.id })),
  };
}
const options = { seed: 7, startDate: '2026-12-01', horizonDays: 30 };
const none = { dailyPurchaseProbability: 0, responsiveness: 1 };

describe('simulate: exact behaviour', () => {
  it('suppresses sends to customers without consent for the channel', () => {
    const result = simulate(
      chain([trigger, touch('sms')]),
      uniformTestCohort(100, { ...none, consent: 0b000010 }),
      options,
    );
    expect(result.touches.sms).toMatchObject({ attempted: 100, suppressedConsent: 100, delivered: 0 });
    expect(result.nodes.sms!.outputs.out).toBe(100);
    expect(brokenInvariants(chain([trigger, touch('sms')]), result)).toEqual([]);
  });

  it('suppresses the touches over the frequency cap in the rolling window', () => {
    const journey = chain(
      [
        trigger,
        touch('a'),
        waitDays('w1', 1),
        touch('b'),
        waitDays('w2', 1),
        touch('c'),
        waitDays('w3', 6),
        touch('d'),
      ],
      {
        frequencyCap: { maxTouches: 2, windowDays: 7 },
      },
    );
    const result = simulate(journey, uniformTestCohort(50, none), options);
    // sends at day 0 and 1; day 2 is capped; day 8 is 8 days after day 0 and 7 after day 1: allowed
    expect(result.touches.a!.delivered).toBe(50);
    expect(result.touches.b!.delivered).toBe(50);
    expect(result.touches.c!.suppressedFrequencyCap).toBe(50);
    expect(result.touches.d!.delivered).toBe(50);
    expect(brokenInvariants(journey, result)).toEqual([]);
  });

  it('defers a touch due in quiet hours to their end and sends it then', () => {
    const journey = chain([trigger, touch('sms')], { quietHours: { start: '21:00', end: '09:00' } });
    const minutes: number[] = [];
    const result = simulate(journey, uniformTestCohort(10, none), options, {
      onSend: (_n, _c, minute) => minutes.push(minute),
    });
    expect(result.touches.sms!.deferredQuietHours).toBe(10);
    expect(new Set(minutes)).toEqual(new Set([9 * 60]));
  });

  it('waits the stated duration and leaves customers in progress at the horizon', () => {
    const journey = chain([trigger, waitDays('w', 10), touch('sms'), waitDays('long', 40), touch('late')]);
    const result = simulate(journey, uniformTestCohort(20, none), options);
    expect(result.timeline[10]!.delivered).toBe(20);
    expect(result.nodes.long).toMatchObject({ entered: 20, inProgress: 20 });
    expect(result.nodes.late!.entered).toBe(0);
  });

  it('re-enters a segment after exit plus the cooldown, at the next midnight', () => {
    const journey = chain([trigger, touch('sms'), waitDays('w', 1)], {
      reentry: { mode: 'after-exit', cooldownDays: 5 },
    });
    const result = simulate(journey, uniformTestCohort(3, none), { ...options, horizonDays: 20 });
    // entries on days 0, 6, 12, 18
    expect(result.timeline.filter((day) => day.entered > 0).map((day) => day.day)).toEqual([0, 6, 12, 18]);
    expect(result.entered).toBe(3);
    expect(brokenInvariants(journey, result)).toEqual([]);
  });
});

describe('simulate: statistics and determinism', () => {
  it('has no lift when every rate is zero', () => {
    const journey = chain([trigger, touch('sms', { delivery: 1, click: 0, conversion: 0 })], {
      holdoutPercent: 20,
    });
    const result = simulate(
      journey,
      uniformTestCohort(20_000, { dailyPurchaseProbability: 0, responsiveness: 1 }),
      options,
    );
    expect(result.conversions).toMatchObject({ treated: 0, holdout: 0, incremental: 0 });
    const share = result.holdout / 20_000;
    expect(Math.abs(share - 0.2)).toBeLessThan(5 * Math.sqrt((0.2 * 0.8) / 20_000));
  });

  it('gives clicks and touch conversions at the configured rates × responsiveness', () => {
    const journey = chain([trigger, touch('sms', { delivery: 1, click: 0.2, conversion: 0.1 })]);
    const n = 40_000;
    const result = simulate(
      journey,
      uniformTestCohort(n, { dailyPurchaseProbability: 0, responsiveness: 0.5 }),
      options,
    );
    const within = (observed: number, p: number) =>
      expect(Math.abs(observed - n * p)).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)));
    within(result.touches.sms!.clicks, 0.1);
    within(result.touches.sms!.conversions, 0.05);
  });

  it('holds the invariants, validates, and is byte-identical for the same seed', () => {
    const journey = chain(
      [
        trigger,
        touch('sms', { delivery: 0.8, click: 0.1, conversion: 0.05 }),
        waitDays('w', 3),
        touch('email', { delivery: 0.9, click: 0.1, conversion: 0.05 }, 'email'),
      ],
      {
        goal: { event: 'purchase', attributionDays: 7, exitOnGoal: true },
        holdoutPercent: 10,
        quietHours: { start: '21:00', end: '09:00' },
      },
    );
    const cohort = uniformTestCohort(5_000, { dailyPurchaseProbability: 0.01 });
    const first = simulate(journey, cohort, options);
    expect(SimulationResultSchema.safeParse(first).success).toBe(true);
    expect(brokenInvariants(journey, first)).toEqual([]);
    expect(JSON.stringify(simulate(journey, cohort, options))).toBe(JSON.stringify(first));
    expect(JSON.stringify(simulate(journey, cohort, { ...options, seed: 8 }))).not.toBe(
      JSON.stringify(first),
    );
  });
});
