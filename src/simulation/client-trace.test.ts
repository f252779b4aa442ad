// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mixedTestCohort } from '../journey/templates/mixed-test-cohort.test-support.ts';
import { createInProcessSimulationClient } from './client-in-process.test-support.ts';
import type { RunIdentity } from './client-trace.ts';
import { simulate } from './engine.ts';
import { chainOf, exitNode, segmentTrigger, touchNode } from './journeys.test-support.ts';
import type { CohortLibrary } from './worker-handler.ts';
import { cohortProblem } from '../cohort/problems.ts';

const library: CohortLibrary = {
  generateSample: (sampleId, size, seed) => ({ ...mixedTestCohort(size, seed), id: sampleId }),
  parseFile: () => ({ ok: false, problems: [cohortProblem('emptyFile', {})] }),
};
const journey = chainOf([segmentTrigger('t'), touchNode('sms'), exitNode('x')]);
const options = { horizonDays: 30, startDate: '2026-12-01' };
const seed = 4;
const cohortSource = { kind: 'sample' as const, sampleId: 'mixed', size: 300 };

async function ranClient() {
  const client = createInProcessSimulationClient(library);
  const [result] = await client.run({ journey, cohort: cohortSource, options, seeds: [seed] });
  const run: RunIdentity = {
    journeyId: result!.journeyId,
    seed: result!.seed,
    startDate: result!.startDate,
    horizonDays: result!.horizonDays,
    cohortId: result!.cohort.id,
    cohortSize: result!.cohort.size,
  };
  return { client, result: result!, run };
}

describe('trace requests through the worker', () => {
  it('lists the customers behind a suppression figure, each of whom was suppressed there for consent', async () => {
    const { client, result, run } = await ranClient();
    const suppressed = result.touches.sms!.suppressedConsent;
    expect(suppressed).toBeGreaterThan(0);
    const outcome = await client.selectCustomers(
      run,
      { kind: 'suppressed', nodeId: 'sms', reason: 'consent' },
      100,
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.rows).toHaveLength(Math.min(100, suppressed));
    for (const row of outcome.rows.slice(0, 5)) {
      expect(row.customer.consentSms).toBe(false);
      const traced = await client.traceCustomer(run, row.customer.id);
      if (!traced.ok) throw new Error(traced.reason);
      expect(traced.trace.events.map((event) => event.kind)).toContain('suppressedConsent');
    }
    client.dispose();
  });

  it('caps a selection at 100 customers', async () => {
    const { client, run } = await ranClient();
    const outcome = await client.selectCustomers(run, { kind: 'node', nodeId: 't' }, 5000);
    expect(outcome.ok && outcome.rows.length).toBe(100);
    client.dispose();
  });

  it('says when the run or the customer is not there', async () => {
    const { client, run } = await ranClient();
    expect(await client.traceCustomer(run, 'nobody')).toEqual({
      ok: false,
      reason: 'customer-missing',
      problems: [],
    });
    const other = await client.selectCustomers({ ...run, seed: seed + 1 }, { kind: 'node', nodeId: 't' }, 10);
    expect(other).toMatchObject({ ok: false, reason: 'run-missing' });
    client.dispose();
  });

  it('traces a made-up customer, and names the attribute a bad one breaks', async () => {
    const client = createInProcessSimulationClient(library);
    const runOptions = { ...options, seed };
    const withConsent = await client.traceMadeUp(journey, runOptions, { id: 'me', consentSms: true });
    if (!withConsent.ok) throw new Error(withConsent.reason);
    expect(withConsent.trace.events.map((event) => event.kind)).toContain('delivered');
    const without = await client.traceMadeUp(journey, runOptions, { id: 'me', consentSms: false });
    expect(without.ok && without.trace.events.map((event) => event.kind)).toContain('suppressedConsent');
    const bad = await client.traceMadeUp(journey, runOptions, { id: 'me', recencyDays: -3 });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid-customer', problems: [{ path: 'recencyDays' }] });
    client.dispose();
  });

  it('keeps the runs of the last 32 seeds traceable, the newest matching run answering', async () => {
    const { client, run } = await ranClient();
    const seeds = Array.from({ length: 32 }, (_, k) => 100 + k);
    await client.run({ journey, cohort: cohortSource, options, seeds: [seed + 1, ...seeds.slice(0, 5)] });
    // the canvas's run (seed 4) survives a later "Run 20 seeds"-like request
    expect((await client.traceCustomer(run, 'c1')).ok).toBe(true);
    await client.run({ journey, cohort: cohortSource, options, seeds });
    expect(await client.traceCustomer(run, 'c1')).toMatchObject({ ok: false, reason: 'run-missing' });
    const last = { ...run, seed: seeds[31]! };
    expect((await client.traceCustomer(last, 'c1')).ok).toBe(true);
    client.dispose();
  });

  it('leaves the run figures as the bulk run gave them', async () => {
    const { client, result } = await ranClient();
    const cohort = { ...mixedTestCohort(300, seed), id: 'mixed' };
    expect(result).toEqual(simulate(journey, cohort, { ...options, seed }));
    client.dispose();
  });
});
