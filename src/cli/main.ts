import { fileURLToPath } from 'node:url';
import type { Command } from './command.ts';
import { simulateCommand } from './commands/simulate.ts';
import { traceCommand } from './commands/trace.ts';
import { validateCommand } from './commands/validate.ts';
import { EXIT_OK, EXIT_USAGE, processIo, type CliIo } from './io.ts';

/** Every subcommand: adding one is one line here plus its file in commands/. */
export const commands: Record<string, Command> = {
  validate: validateCommand,
  simulate: simulateCommand,
  trace: traceCommand,
};

export function mainUsage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `Usage: npm run journey -- <command> [options]\n\nCommands:\n${list}\n\nRun "npm run journey -- <command> --help" for a command's options.\n`;
}

/** Runs one command line and returns the process exit code; never calls process.exit itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`journey: no command given\n\n${mainUsage()}`);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainUsage());
    return EXIT_OK;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`journey: unknown command "${name}"\n\n${mainUsage()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  return command.run(rest, io);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2), processIo);
}
