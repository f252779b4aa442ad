import { describe, expect, it } from 'vitest';
import { benchJourney } from '../../test/bench/bench-journey.ts';
import { generateSampleCohort } from '../cohort/index.ts';
import type { Journey } from '../journey/schema.ts';
import { simulate } from './engine.ts';
import type { SimulationResult } from './result.ts';
import { selectCustomers } from './select.ts';
import { uniformTestCohort } from './cohort.test-support.ts';
import { chainOf, durationWait, segmentTrigger, touchNode } from './journeys.test-support.ts';
import { traceCustomer, traceCustomers, type CustomerTrace } from './trace.ts';

const options = { seed: 5, startDate: '2026-12-01', horizonDays: 30 };
/** the benchmark journey with a goal exit, so traces also show goal exits and purchases in the journey */
const journey: Journey = {
  ...benchJourney,
  settings: { ...benchJourney.settings, goal: { event: 'purchase', attributionDays: 7, exitOnGoal: true } },
};
const cohort = generateSampleCohort('retail-members', { size: 600, seed: 3 });
const everyone = Array.from({ length: cohort.size }, (_, i) => i);

/** The figures a set of traces adds up to, in the shape of the result's counters. */
function figuresOf(traces: CustomerTrace[]) {
  const nodes: Record<
    string,
    { entered: number; inProgress: number; goalExits: number; outputs: Record<string, number> }
  > = {};
  const node = (id: string) => (nodes[id] ??= { entered: 0, inProgress: 0, goalExits: 0, outputs: {} });
  const edges: Record<string, number> = {};
  const touches: Record<string, Record<string, number>> = {};
  const touch = (id: string) =>
    (touches[id] ??= {
      attempted: 0,
      delivered: 0,
      failed: 0,
      suppressedConsent: 0,
      suppressedFrequencyCap: 0,
      deferredQuietHours: 0,
      clicks: 0,
      conversions: 0,
    });
  let entered = 0;
  let holdout = 0;
  for (const trace of traces) {
    if (trace.events.some((event) => event.kind === 'entered')) entered++;
    for (const event of trace.events) {
      switch (event.kind) {
        case 'holdout':
          holdout++;
          break;
        case 'entered':
        case 'arrived':
          node(event.nodeId).entered++;
          break;
        case 'left': {
          const outputs = node(event.nodeId).outputs;
          outputs[event.handle] = (outputs[event.handle] ?? 0) + 1;
          if (event.edgeId !== null) edges[event.edgeId] = (edges[event.edgeId] ?? 0) + 1;
          break;
        }
        case 'horizon':
        case 'loopGuard':
          node(event.nodeId).inProgress++;
          break;
        case 'goalExit':
          node(event.nodeId).goalExits++;
          break;
        case 'suppressedConsent':
        case 'suppressedFrequencyCap':
        case 'delivered':
        case 'failed':
          touch(event.nodeId).attempted!++;
          touch(event.nodeId)[event.kind]!++;
          break;
        case 'deferredQuietHours':
          touch(event.nodeId).deferredQuietHours!++;
          break;
        case 'clicked':
          touch(event.nodeId).clicks!++;
          break;
        case 'purchased':
          if (event.touchNodeId !== null) touch(event.touchNodeId).conversions!++;
          break;
      }
    }
  }
  return { entered, holdout, nodes, edges, touches };
}

/** The same figures read from a bulk result (zero counts left out, as traces cannot show them). */
function figuresFromResult(result: SimulationResult) {
  const nonZero = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).filter(([, count]) => count > 0));
  return {
    entered: result.entered,
    holdout: result.holdout,
    nodes: Object.fromEntries(
      Object.entries(result.nodes)
        .filter(([, counts]) => counts.entered > 0)
        .map(([id, counts]) => [id, { ...counts, outputs: nonZero(counts.outputs) }]),
    ),
    edges: nonZero(result.edges),
    touches: Object.fromEntries(
      Object.entries(result.touches)
        .filter(([, t]) => t.attempted > 0 || t.deferredQuietHours > 0 || t.conversions > 0)
        .map(([id, { channel: _channel, cost: _cost, ...counts }]) => [id, counts]),
    ),
  };
}

describe('traceCustomer', () => {
  const bulk = simulate(journey, cohort, options);

  it('the traces of every customer add up to the bulk run, figure by figure', () => {
    const traces = traceCustomers(journey, cohort, options, everyone);
    expect(figuresFromResult(bulk).nodes.trigger!.entered).toBeGreaterThan(100);
    expect(figuresOf(traces)).toEqual(figuresFromResult(bulk));
  });

  it('a customer traced alone takes the same path as among all the others', () => {
    const all = traceCustomers(journey, cohort, options, everyone);
    for (const index of [0, 17, 599])
      expect(traceCustomer(journey, cohort, options, index)).toEqual(all[index]);
  });

  it('recording traces of 100 customers leaves the bulk figures unchanged', () => {
    const before = JSON.stringify(bulk);
    traceCustomers(journey, cohort, options, everyone.slice(0, 100));
    expect(JSON.stringify(simulate(journey, cohort, options))).toBe(before);
  });

  it('names the customer and says whether they were held out', () => {
    const traces = traceCustomers(journey, cohort, options, everyone);
    const fired = traces.filter((trace) => trace.events.some((event) => event.kind === 'holdout'));
    expect(fired.length).toBe(bulk.holdout);
    for (const trace of traces.filter((t) => t.holdout)) {
      expect(trace.events.some((event) => event.kind === 'entered' || event.kind === 'arrived')).toBe(false);
    }
    for (const trace of fired) expect(trace.holdout).toBe(true);
    expect(traces[42]!.customerId).toBe(cohort.ids.get(42));
  });

  it('rejects a customer number outside the cohort', () => {
    expect(() => traceCustomer(journey, cohort, options, 600)).toThrow(/no customer number 600 .*it has 600/);
  });
});

describe('every suppression and deferral reason appears where the simulator applied it', () => {
  const still = { dailyPurchaseProbability: 0, responsiveness: 1 };

  it('no consent: the touch and its channel', () => {
    const line = chainOf([segmentTrigger(), touchNode('sms')]);
    const trace = traceCustomer(line, uniformTestCohort(1, { ...still, consent: 0b10 }), options, 0);
    expect(trace.events).toContainEqual({
      minute: 0,
      kind: 'suppressedConsent',
      nodeId: 'sms',
      channel: 'sms',
    });
    expect(trace.events.some((event) => event.kind === 'delivered')).toBe(false);
  });

  it('frequency cap: the touches in the window that used it up', () => {
    const line = chainOf(
      [
        segmentTrigger(),
        touchNode('a'),
        durationWait('w', 1),
        touchNode('b'),
        durationWait('w2', 1),
        touchNode('c'),
      ],
      { frequencyCap: { maxTouches: 2, windowDays: 7 } },
    );
    const trace = traceCustomer(line, uniformTestCohort(1, still), options, 0);
    expect(trace.events).toContainEqual({
      minute: 2880,
      kind: 'suppressedFrequencyCap',
      nodeId: 'c',
      channel: 'sms',
      maxTouches: 2,
      windowDays: 7,
      touchesInWindow: [
        { minute: 0, nodeId: 'a' },
        { minute: 1440, nodeId: 'b' },
      ],
    });
  });

  it('quiet hours: deferred until their end, then delivered at that minute', () => {
    const line = chainOf([segmentTrigger(), touchNode('sms')], {
      quietHours: { start: '21:00', end: '09:00' },
    });
    const trace = traceCustomer(line, uniformTestCohort(1, still), options, 0);
    const kinds = trace.events.map((event) => `${event.minute} ${event.kind}`);
    expect(kinds).toEqual([
      '0 entered',
      '0 left',
      '0 arrived',
      '0 deferredQuietHours',
      '540 delivered',
      '540 left',
    ]);
    expect(trace.events[3]).toEqual({ minute: 0, kind: 'deferredQuietHours', nodeId: 'sms', until: 540 });
  });

  it('in the bulk journey, every suppressed or deferred count has a customer whose trace says why', () => {
    const bulk = simulate(journey, cohort, options);
    for (const [nodeId, touch] of Object.entries(bulk.touches)) {
      const reasons = [
        ['consent', touch.suppressedConsent, 'suppressedConsent'],
        ['frequencyCap', touch.suppressedFrequencyCap, 'suppressedFrequencyCap'],
      ] as const;
      for (const [reason, count, kind] of reasons) {
        const chosen = selectCustomers(
          journey,
          cohort,
          options,
          { kind: 'suppressed', nodeId, reason },
          1000,
        );
        // a customer going round the cycle may be suppressed at the same touch more than once
        let events = 0;
        for (const trace of traceCustomers(journey, cohort, options, chosen)) {
          const here = trace.events.filter((event) => event.kind === kind && event.nodeId === nodeId).length;
          expect(here).toBeGreaterThan(0);
          events += here;
        }
        expect(events).toBe(count);
      }
      const deferred = selectCustomers(journey, cohort, options, { kind: 'deferred', nodeId }, 1000);
      expect(deferred.length).toBeLessThanOrEqual(touch.deferredQuietHours);
      expect(deferred.length > 0).toBe(touch.deferredQuietHours > 0);
    }
  });
});

describe('selectCustomers', () => {
  const bulk = simulate(journey, cohort, options);

  it('finds the customers behind an edge and a waiting count, up to the limit', () => {
    const edgeId = Object.entries(bulk.edges).find(([, count]) => count > 10)![0];
    const edge = journey.edges.find((e) => e.id === edgeId)!;
    const chosen = selectCustomers(journey, cohort, options, { kind: 'edge', edgeId }, 5);
    expect(chosen).toHaveLength(5);
    for (const trace of traceCustomers(journey, cohort, options, chosen)) {
      expect(trace.events).toContainEqual(
        expect.objectContaining({ kind: 'left', nodeId: edge.source, handle: edge.sourceHandle, edgeId }),
      );
    }
    // cut at 12 days, many customers are still in the journey
    const short = { ...options, horizonDays: 12 };
    const shortRun = simulate(journey, cohort, short);
    const waitingAt = Object.entries(shortRun.nodes).find(([, counts]) => counts.inProgress > 0)![0];
    const waiting = selectCustomers(journey, cohort, short, { kind: 'waiting', nodeId: waitingAt });
    expect(waiting.length).toBe(Math.min(100, shortRun.nodes[waitingAt]!.inProgress));
    for (const trace of traceCustomers(journey, cohort, short, waiting)) {
      const last = trace.events.filter((event) => event.kind === 'horizon' || event.kind === 'loopGuard');
      expect(last.map((event) => 'nodeId' in event && event.nodeId)).toContain(waitingAt);
    }
  });

  it('says clearly when the selector names something the journey does not have', () => {
    expect(() => selectCustomers(journey, cohort, options, { kind: 'node', nodeId: 'nope' })).toThrow(
      'The journey has no node "nope".',
    );
    expect(() => selectCustomers(journey, cohort, options, { kind: 'failed', nodeId: 'vip' })).toThrow(
      /not a touch/,
    );
  });
});
