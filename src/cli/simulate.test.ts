import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenInvariants } from '../simulation/invariants.test-support.ts';
import { SimulationResultSchema, type SimulationResult } from '../simulation/result.ts';
import { runCli } from './main.ts';
import { fakeIo } from './io.test-support.ts';

const winback = readFileSync('test/fixtures/valid/winback.journey.json', 'utf8');
const cohortCsv = [
  'id,lifecycleStage,tier,recencyDays,frequency,monetary,consentSms,consentWecom,dailyPurchaseProbability,responsiveness',
  'c1,dormant,mass,200,2,300,true,false,0.01,1',
  'c2,dormant,vip,400,0,0,false,true,0,2',
  'c3,active,growth,10,8,2000,true,true,,',
].join('\n');
const files = {
  'winback.json': winback,
  'lint.json': winback.replace('"value": 180', '"value": "old"'),
  'broken.json': winback.replace('"click": 0.15', '"click": 1.5'),
  'customers.csv': cohortCsv,
  'bad.csv': 'id,lifecycleStage\nc1,bogus\n',
};

async function simulateCli(...args: string[]) {
  const { io, stdout, stderr } = fakeIo(files);
  const code = await runCli(['simulate', ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('journey simulate', () => {
  it('prints CONTRACT §3 JSON for a sample cohort, holding the invariants', async () => {
    const run = await simulateCli(
      'winback.json',
      '--cohort',
      'retail-members',
      '--size',
      '500',
      '--seed',
      '3',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as SimulationResult;
    expect(SimulationResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({ cohort: { id: 'retail-members', size: 500 }, seed: 3, horizonDays: 30 });
    expect(brokenInvariants(JSON.parse(winback), result)).toEqual([]);
  });

  it('is byte-identical across runs, and a different seed differs', async () => {
    const args = ['winback.json', '--cohort', 'retail-members', '--size', '400'];
    const first = await simulateCli(...args);
    expect((await simulateCli(...args)).stdout).toBe(first.stdout);
    expect((await simulateCli(...args, '--seed', '2')).stdout).not.toBe(first.stdout);
  });

  it('reads a CSV cohort file and honours --horizon and --start', async () => {
    const run = await simulateCli(
      'winback.json',
      '--cohort',
      'customers.csv',
      '--horizon',
      '10',
      '--start',
      '2027-01-05',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SimulationResult;
    expect(result).toMatchObject({
      cohort: { id: 'customers', size: 3 },
      horizonDays: 10,
      startDate: '2027-01-05',
    });
    expect(result.timeline).toHaveLength(10);
  });

  it('prints a readable table with --format table', async () => {
    const run = await simulateCli(
      'winback.json',
      '--cohort',
      'retail-members',
      '--size',
      '300',
      '--format',
      'table',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Journey winback-2026q4 on cohort retail-members \(300 customers\)/);
    expect(run.stdout).toMatch(/^Touches$/m);
    expect(run.stdout).toMatch(/^sms +sms +\d/m);
  });

  it.each([
    [['missing.json', '--cohort', 'retail-members'], /missing\.json: cannot be read: there is no such file/],
    [['broken.json', '--cohort', 'retail-members'], /broken\.json: nodes\[\d+\]\.config\.rates\.click: /],
    [['lint.json', '--cohort', 'retail-members'], /fix the errors above before simulating/],
    [
      ['winback.json', '--cohort', 'nosuch'],
      /--cohort nosuch: not a sample cohort \(retail-members, .*\) and there is no such file/,
    ],
    [['winback.json', '--cohort', 'bad.csv'], /bad\.csv: Row 2, column lifecycleStage: /],
  ])('bad input %j → message on stderr, exit 1', async (args, message) => {
    const run = await simulateCli(...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [['winback.json'], /--cohort is required/],
    [['--cohort', 'retail-members'], /give exactly one journey file/],
    [['winback.json', '--cohort', 'retail-members', '--colour'], /Unknown option '--colour'/],
    [['winback.json', '--cohort', 'retail-members', '--seed'], /Option '--seed <value>' argument missing/],
  ])('usage error %j → message and usage on stderr, exit 2', async (args, message) => {
    const run = await simulateCli(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Usage: npm run journey -- simulate/);
  });

  it.each([
    [
      ['winback.json', '--cohort', 'retail-members', '--size', '10'],
      /--size must be a whole number from 100 to 1,000,000, not "10"/,
    ],
    [
      ['winback.json', '--cohort', 'customers.csv', '--size', '500'],
      /--size applies to a sample cohort only/,
    ],
    [
      ['winback.json', '--cohort', 'retail-members', '--horizon', '400'],
      /--horizon must be a whole number from 1 to 365/,
    ],
    [['winback.json', '--cohort', 'retail-members', '--seed', '1.5'], /--seed must be a whole number/],
    [
      ['winback.json', '--cohort', 'retail-members', '--start', '2026-02-30'],
      /--start: .*not a calendar date/,
    ],
    [['winback.json', '--cohort', 'retail-members', '--format', 'xml'], /--format must be json or table/],
  ])('bad option value %j → one line on stderr, nothing on stdout, exit 1', async (args, message) => {
    const run = await simulateCli(...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
