import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT_INPUT_ERRORS, EXIT_USAGE, type CliIo } from './io.ts';

/** One `journey <name>` subcommand. Registered in main.ts. */
export interface Command {
  /** one line for the list of commands */
  summary: string;
  /** the full usage text, shown for --help and after a usage error */
  usage: string;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

export type ParsedCommandLine =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; message: string };

/** Strict parsing: an unknown flag or a flag missing its value is a usage error, not ignored. */
export function parseCommandLine(argv: string[], options: CommandOptions): ParsedCommandLine {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    // node:util parseArgs reports bad command lines by throwing; anything else is a bug to surface.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
      return { ok: false, message: error.message };
    throw error;
  }
}

export function usageError(io: CliIo, usage: string, message: string): number {
  io.stderr(`journey: ${message}\n\n${usage}`);
  return EXIT_USAGE;
}

/** A value the command line gave that cannot be used (out of range, not a date…): bad input, exit 1. */
export function valueError(io: CliIo, message: string): number {
  io.stderr(`journey: ${message}\n`);
  return EXIT_INPUT_ERRORS;
}

/** Either kind of command-line problem, as runRequestOf tells them apart. */
export function commandLineError(
  io: CliIo,
  usage: string,
  problem: { usage: boolean; message: string },
): number {
  return problem.usage ? usageError(io, usage, problem.message) : valueError(io, problem.message);
}
