import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../simulation/result.ts';

// The real command, as a user runs it, in its own process.
const journey = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
const ownLines = (text: string) =>
  text.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));

describe('npx tsx src/cli/main.ts simulate', () => {
  it('prints the same JSON twice for the same inputs, exit 0', () => {
    const args = [
      'simulate',
      'test/fixtures/valid/winback.journey.json',
      '--cohort',
      'mother-baby',
      '--size',
      '2000',
    ];
    const first = journey(...args);
    const second = journey(...args);
    expect(ownLines(first.stderr)).toEqual([]);
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const result = JSON.parse(first.stdout) as SimulationResult;
    expect(result.cohort).toEqual({ id: 'mother-baby', size: 2000 });
  });

  it('exits 1 with the reason on stderr for a missing cohort file, 2 for a wrong command line', () => {
    const missing = journey(
      'simulate',
      'test/fixtures/valid/winback.journey.json',
      '--cohort',
      'nowhere/c.csv',
    );
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(ownLines(missing.stderr)).toEqual(['nowhere/c.csv: cannot be read: there is no such file']);
    const usage = journey('simulate', 'test/fixtures/valid/winback.journey.json');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--cohort is required/);
  });
});
