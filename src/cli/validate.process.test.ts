import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { invalidExpectations, journeyFiles } from '../../test/unit/fixture-files.ts';
import { runCli } from './main.ts';
import { processIo } from './io.ts';

// The real command, as a user runs it: one process per run keeps this test to a few seconds.
const journey = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

const expectations = invalidExpectations();
const invalid = journeyFiles('invalid').map((name) => `test/fixtures/invalid/${name}`);

describe('npx tsx src/cli/main.ts validate', () => {
  it('passes every valid fixture with exit 0', () => {
    const run = journey('validate', ...journeyFiles('valid').map((name) => `test/fixtures/valid/${name}`));
    // npx may print its own configuration warnings; the command itself must print nothing there.
    expect(run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'))).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/0 with errors: 0 errors/);
  });

  it('fails the invalid fixtures with exit 1, naming each at its expected path or lint code', () => {
    const run = journey('validate', ...invalid);
    expect(run.status).toBe(1);
    for (const file of invalid) {
      const name = file.split('/').pop()!;
      const expected = expectations[name]!;
      const lines = run.stdout.split('\n').filter((line) => line.startsWith(`${file}: `));
      // A lint without a node or edge is printed as "file: error code: message".
      const wanted =
        expected.source === 'lint' ? new RegExp(` error ${expected.code}[ :]`) : `: ${expected.path}: `;
      const found = lines.some((line) =>
        typeof wanted === 'string' ? line.includes(wanted) : wanted.test(line),
      );
      expect(found, `${name} should report ${String(wanted)}`).toBe(true);
    }
  });

  it('exits 1 for each invalid fixture on its own', async () => {
    for (const file of invalid) {
      let printed = '';
      const io = {
        ...processIo,
        stdout: (text: string) => (printed += text),
        stderr: (text: string) => (printed += text),
      };
      expect(await runCli(['validate', file], io), `${file}\n${printed}`).toBe(1);
    }
  });
});
