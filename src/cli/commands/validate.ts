import { hasLintErrors, lintJourney, parseJourney, type Lint, type Problem } from '../../journey/index.ts';
import { parseCommandLine, usageError, type Command } from '../command.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK, type CliIo } from '../io.ts';

const usage = `Usage: npm run journey -- validate [--json] <file.journey.json>...

Checks each journey file against the format (docs/journey-format.md) and its lints.
Prints every problem as "file: path: message" and every lint as
"file: severity code [node <id>|edge <id>]: message", then a summary.

Options:
  --json   print one machine-readable report: { files: [{ file, ok, problems, lints }], errors, warnings }
  --help   show this text

Exit code: 0 when no file has an error (warnings alone are fine), 1 when any has, 2 for a wrong command line.
`;

export interface FileReport {
  file: string;
  /** true when the file may be exported and simulated: no problems and no error lints */
  ok: boolean;
  problems: Problem[];
  lints: Lint[];
}

export interface ValidateReport {
  files: FileReport[];
  errors: number;
  warnings: number;
}

function readFailure(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'cannot be read: there is no such file';
  if (code === 'EISDIR') return 'cannot be read: it is a folder, not a file';
  if (code === 'EACCES') return 'cannot be read: permission denied';
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

export async function checkFile(file: string, io: CliIo): Promise<FileReport> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    // An unreadable file is that file's problem; the other files are still checked.
    return { file, ok: false, problems: [{ path: '(file)', message: readFailure(error) }], lints: [] };
  }
  const parsed = parseJourney(text);
  if (!parsed.ok) return { file, ok: false, problems: parsed.problems, lints: [] };
  const lints = lintJourney(parsed.journey);
  return { file, ok: !hasLintErrors(lints), problems: [], lints };
}

export function summarize(files: FileReport[]): ValidateReport {
  let errors = 0;
  let warnings = 0;
  for (const { problems, lints } of files) {
    errors += problems.length + lints.filter((lint) => lint.severity === 'error').length;
    warnings += lints.filter((lint) => lint.severity === 'warning').length;
  }
  return { files, errors, warnings };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatLint(file: string, lint: Lint): string {
  const place =
    lint.nodeId !== undefined
      ? ` node ${lint.nodeId}`
      : lint.edgeId !== undefined
        ? ` edge ${lint.edgeId}`
        : '';
  return `${file}: ${lint.severity} ${lint.code}${place}: ${lint.message}`;
}

export function formatReport(report: ValidateReport): string {
  const lines: string[] = [];
  for (const { file, ok, problems, lints } of report.files) {
    for (const problem of problems) lines.push(`${file}: ${problem.path}: ${problem.message}`);
    for (const lint of lints) lines.push(formatLint(file, lint));
    if (ok && lints.length === 0) lines.push(`${file}: ok`);
  }
  const failed = report.files.filter((file) => !file.ok).length;
  lines.push(
    `${plural(report.files.length, 'file')} checked, ${failed} with errors: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}`,
  );
  return `${lines.join('\n')}\n`;
}

export const validateCommand: Command = {
  summary: 'check journey files against the format and its lints',
  usage,
  async run(argv, io) {
    const line = parseCommandLine(argv, { json: { type: 'boolean' } });
    if (!line.ok) return usageError(io, usage, line.message);
    if (line.positionals.length === 0) return usageError(io, usage, 'validate needs at least one file');
    const files: FileReport[] = [];
    // One at a time keeps the output in the order given and memory bounded by the largest file.
    for (const file of line.positionals) files.push(await checkFile(file, io));
    const report = summarize(files);
    io.stdout(line.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.errors > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
  },
};
