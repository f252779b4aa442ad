import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSampleCohort } from '../cohort/index.ts';
import { selectCustomers } from '../simulation/select.ts';
import type { TraceEvent } from '../simulation/trace.ts';
import { runCli } from './main.ts';
import { fakeIo } from './io.test-support.ts';

const winback = readFileSync('test/fixtures/valid/winback.journey.json', 'utf8');
const files = { 'winback.json': winback };
const sample = ['--cohort', 'retail-members', '--size', '300'];
const options = { seed: 1, startDate: '2026-12-01', horizonDays: 30 };
const cohort = generateSampleCohort('retail-members', { size: 300, seed: 1, startDate: '2026-12-01' });

async function traceCli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo(files);
  const code = await runCli(['trace', 'winback.json', ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** the first customer in the sample the engine suppressed for lack of consent at the WeCom touch */
const suppressedId = () => {
  const [index] = selectCustomers(JSON.parse(winback), cohort, options, {
    kind: 'suppressed',
    nodeId: 'wecom',
    reason: 'consent',
  });
  return cohort.ids.get(index!);
};

describe('journey trace', () => {
  it('prints the timeline in words: times, the quiet-hours hold and the missing consent', async () => {
    const run = await traceCli(...sample, '--customer', suppressedId());
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Customer RM\d+\n/);
    expect(run.stdout).toMatch(
      /^day 0, Tue 2026-12-01 00:00 {2}entered the journey at "Dormant 6 months" \(segment trigger\)$/m,
    );
    expect(run.stdout).toMatch(
      /"SMS 30% off" is due in quiet hours: held until day 0, Tue 2026-12-01 09:00$/m,
    );
    expect(run.stdout).toMatch(/not sent: "WeCom advisor" — no consent for wecom$/m);
  });

  it('--format json prints the events with the run it belongs to', async () => {
    const id = suppressedId();
    const run = await traceCli(...sample, '--customer', id, '--format', 'json');
    expect(run.code).toBe(0);
    const trace = JSON.parse(run.stdout) as { customerId: string; seed: number; events: TraceEvent[] };
    expect(trace).toMatchObject({
      customerId: id,
      seed: 1,
      journeyId: 'winback-2026q4',
      cohortId: 'retail-members',
    });
    expect(trace.events).toContainEqual(
      expect.objectContaining({ kind: 'suppressedConsent', nodeId: 'wecom' }),
    );
  });

  it('says so when the customer is not in the cohort (exit 1), a bad --format (exit 1), or --customer is missing (exit 2)', async () => {
    const missing = await traceCli(...sample, '--customer', 'nobody');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--customer nobody: cohort "retail-members" has no customer with that id/);
    const usage = await traceCli(...sample);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--customer is required/);
    const format = await traceCli(...sample, '--customer', 'RM1', '--format', 'xml');
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/--format must be text or json, not "xml"/);
  });
});
