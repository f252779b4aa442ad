import { simulate } from '../../simulation/engine.ts';
import { commandLineError, parseCommandLine, usageError, valueError, type Command } from '../command.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK } from '../io.ts';
import {
  DEFAULT_HORIZON_DAYS,
  DEFAULT_SAMPLE_SIZE,
  DEFAULT_SEED,
  loadRunInputs,
  runOptionSpecs,
  runRequestOf,
} from './run-inputs.ts';
import { formatResultTable } from './simulate-table.ts';

const usage = `Usage: npm run journey -- simulate <file.journey.json> --cohort <sample | file.csv | file.json>
         [--size N] [--seed N] [--horizon DAYS] [--start YYYY-MM-DD] [--format json|table]

Simulates every customer of the cohort through the journey (model: docs/simulation.md) and prints
the result of CONTRACT §3 as JSON (the same inputs always print the same bytes), or as a table.

Options:
  --cohort   a sample cohort (retail-members, mother-baby, cake-shop, new-members) or a cohort file
  --size     customers in a sample cohort, 100 to 1,000,000 (default ${DEFAULT_SAMPLE_SIZE.toLocaleString('en')})
  --seed     the run's seed, a whole number (default ${DEFAULT_SEED}); a sample cohort is drawn with it too
  --horizon  days simulated, 1 to 365 (default ${DEFAULT_HORIZON_DAYS})
  --start    the first simulated day, 00:00 in the journey's timezone (default 2026-12-01)
  --format   json (default) or table
  --help     show this text

Exit code: 0 done, 1 bad input: the journey or cohort has errors, or an option's value is
out of range (printed on stderr); 2 a wrong command line (an unknown option, a missing argument).
`;

export const simulateCommand: Command = {
  summary: 'simulate a journey against a sample cohort or a cohort file',
  usage,
  async run(argv, io) {
    const line = parseCommandLine(argv, runOptionSpecs);
    if (!line.ok) return usageError(io, usage, line.message);
    const format = line.values.format ?? 'json';
    if (format !== 'json' && format !== 'table')
      return valueError(io, `--format must be json or table, not "${String(format)}"`);
    const request = runRequestOf(line.values, line.positionals);
    if (!request.ok) return commandLineError(io, usage, request);
    const inputs = await loadRunInputs(request.value, io);
    if (!inputs.ok) {
      io.stderr(`${inputs.message}\n`);
      return EXIT_INPUT_ERRORS;
    }
    const { journey, cohort } = inputs.value;
    const result = simulate(journey, cohort, request.value.options);
    io.stdout(
      format === 'table' ? formatResultTable(journey, result) : `${JSON.stringify(result, null, 2)}\n`,
    );
    return EXIT_OK;
  },
};
