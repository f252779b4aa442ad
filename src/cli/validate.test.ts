import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './main.ts';
import { fakeIo } from './io.test-support.ts';
import type { ValidateReport } from './commands/validate.ts';

const winback = readFileSync('test/fixtures/valid/winback.journey.json', 'utf8');
const withWarning = winback.replace('"target": "exit-end"', '"target": "exit-bought"');
const withLintError = winback.replace('"value": 180', '"value": "old"');
const broken = winback.replace('"click": 0.15', '"click": 1.5');
const files = {
  'good.json': winback,
  'warn.json': withWarning,
  'lint.json': withLintError,
  'bad.json': broken,
};

describe('journey validate', () => {
  it('a valid file → "ok", a summary, exit 0', async () => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(await runCli(['validate', 'good.json'], io)).toBe(0);
    expect(stdout()).toBe('good.json: ok\n1 file checked, 0 with errors: 0 errors, 0 warnings\n');
    expect(stderr()).toBe('');
  });

  it('warnings alone → printed with their node, exit 0', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await runCli(['validate', 'warn.json'], io)).toBe(0);
    expect(stdout()).toMatch(/^warn\.json: warning unreachable-node node exit-end: .+$/m);
    expect(stdout()).toMatch(/0 errors, 1 warning\n$/);
  });

  it('schema problems and error lints → "file: path: message" / "file: severity code node id: message", exit 1', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await runCli(['validate', 'bad.json', 'lint.json', 'good.json'], io)).toBe(1);
    expect(stdout()).toContain('bad.json: nodes[5].config.rates.click: must be between 0 and 1\n');
    expect(stdout()).toMatch(/^lint\.json: error rule-mismatch node trigger: .*recencyDays needs a number/m);
    expect(stdout()).toContain('good.json: ok\n');
    expect(stdout()).toMatch(/3 files checked, 2 with errors: 2 errors, 0 warnings\n$/);
  });

  it('a missing file is a problem of that file, the others are still checked', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await runCli(['validate', 'missing.json', 'good.json'], io)).toBe(1);
    expect(stdout()).toContain('missing.json: (file): cannot be read: there is no such file\n');
    expect(stdout()).toContain('good.json: ok\n');
  });

  it('--json → one machine-readable report', async () => {
    const { io, stdout } = fakeIo(files);
    expect(await runCli(['validate', '--json', 'good.json', 'bad.json', 'warn.json'], io)).toBe(1);
    const report = JSON.parse(stdout()) as ValidateReport;
    expect(report.errors).toBe(1);
    expect(report.warnings).toBe(1);
    expect(report.files.map(({ file, ok }) => ({ file, ok }))).toEqual([
      { file: 'good.json', ok: true },
      { file: 'bad.json', ok: false },
      { file: 'warn.json', ok: true },
    ]);
    expect(report.files[1]!.problems).toEqual([
      {
        path: 'nodes[5].config.rates.click',
        message: 'must be between 0 and 1',
        detail: { kind: 'between', min: 0, max: 1 },
      },
    ]);
    expect(report.files[2]!.lints[0]).toMatchObject({
      severity: 'warning',
      code: 'unreachable-node',
      nodeId: 'exit-end',
    });
  });

  it.each([
    ['no files', ['validate'], /needs at least one file/],
    ['an unknown flag', ['validate', '--strict', 'good.json'], /Unknown option '--strict'/],
    ['a value given to --json', ['validate', '--json=yes', 'good.json'], /--json/],
  ])('%s → usage error on stderr, exit 2', async (_what, argv, message) => {
    const { io, stdout, stderr } = fakeIo(files);
    expect(await runCli(argv, io)).toBe(2);
    expect(stderr()).toMatch(message);
    expect(stderr()).toContain('Usage: npm run journey -- validate');
    expect(stdout()).toBe('');
  });
});
