import { customerIndexOf, traceCustomer } from '../../simulation/trace.ts';
import { commandLineError, parseCommandLine, usageError, valueError, type Command } from '../command.ts';
import { EXIT_INPUT_ERRORS, EXIT_OK } from '../io.ts';
import { loadRunInputs, runOptionSpecs, runRequestOf } from './run-inputs.ts';
import { formatTrace } from './trace-text.ts';

const usage = `Usage: npm run journey -- trace <file.journey.json> --cohort <sample | file.csv | file.json> --customer <id>
         [--size N] [--seed N] [--horizon DAYS] [--start YYYY-MM-DD] [--format text|json]

Shows one customer's path through the journey, step by step with times and reasons: entries,
conditions with the values read, waits, touches sent, failed, suppressed (no consent, frequency cap)
or held for quiet hours, clicks, purchases, goal exits. It is the path "simulate" counts for that
customer with the same options.

Options:
  --customer  the customer's id in the cohort
  --format    text (default) or json (the trace's events)
  the others as in "simulate" (run "npm run journey -- simulate --help")

Exit code: 0 done, 1 bad input: the journey or cohort has errors, no such customer, or an
option's value is out of range; 2 a wrong command line (an unknown option, a missing argument).
`;

export const traceCommand: Command = {
  summary: "show one customer's path through a journey, with times and reasons",
  usage,
  async run(argv, io) {
    const line = parseCommandLine(argv, { ...runOptionSpecs, customer: { type: 'string' } });
    if (!line.ok) return usageError(io, usage, line.message);
    const format = line.values.format ?? 'text';
    if (format !== 'json' && format !== 'text')
      return valueError(io, `--format must be text or json, not "${String(format)}"`);
    const customerId = line.values.customer;
    if (typeof customerId !== 'string' || customerId === '')
      return usageError(io, usage, '--customer is required: the id of the customer to trace');
    const request = runRequestOf(line.values, line.positionals);
    if (!request.ok) return commandLineError(io, usage, request);
    const inputs = await loadRunInputs(request.value, io);
    if (!inputs.ok) {
      io.stderr(`${inputs.message}\n`);
      return EXIT_INPUT_ERRORS;
    }
    const { journey, cohort } = inputs.value;
    const index = customerIndexOf(cohort, customerId);
    if (index < 0) {
      const examples = [0, 1, 2]
        .filter((customer) => customer < cohort.ids.length)
        .map((customer) => cohort.ids.get(customer))
        .join(', ');
      io.stderr(
        `--customer ${customerId}: cohort "${cohort.id}" has no customer with that id (its ids look like ${examples})\n`,
      );
      return EXIT_INPUT_ERRORS;
    }
    const { options } = request.value;
    const trace = traceCustomer(journey, cohort, options, index);
    io.stdout(
      format === 'json'
        ? `${JSON.stringify({ journeyId: journey.id, cohortId: cohort.id, ...options, ...trace }, null, 2)}\n`
        : formatTrace(journey, trace, options.startDate),
    );
    return EXIT_OK;
  },
};
