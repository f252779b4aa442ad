import { cohortColumnsFromCustomers } from '../cohort/build.ts';
import type { CohortColumns } from '../cohort/columns.ts';
import { CustomerSchema } from '../cohort/customer.ts';
import { customerAt } from '../cohort/export.ts';
import { formatPath } from '../journey/problems.ts';
import type { Journey } from '../journey/schema.ts';
import { selectCustomers } from './select.ts';
import { customerIndexOf, traceCustomer } from './trace.ts';
import type { CohortSource, RunOptions, WorkerResponse } from './worker-protocol.ts';
import type { RunIdentity, TraceWorkerRequest } from './worker-trace-protocol.ts';

/** The inputs of one finished run, kept so its customers can be listed and traced afterwards. */
interface RememberedRun {
  journey: Journey;
  cohort: CohortSource;
  options: RunOptions;
  seed: number;
  cohortId: string;
  cohortSize: number;
}

/** "Run 20 seeds" remembers 20 runs; a few more keep the single run shown on the canvas among them. */
const REMEMBERED_RUNS = 32;
const MAX_SELECTED = 100;

export interface TraceHandlerDeps {
  /** the run's cohort: a kept file, or the sample drawn again (or from cache) with the run's seed */
  cohortOf(source: CohortSource, seed: number, startDate: string): CohortColumns;
  post(message: WorkerResponse): void;
}

function sameRun(run: RememberedRun, identity: RunIdentity): boolean {
  return (
    run.journey.id === identity.journeyId &&
    run.seed === identity.seed &&
    run.options.startDate === identity.startDate &&
    run.options.horizonDays === identity.horizonDays &&
    run.cohortId === identity.cohortId &&
    run.cohortSize === identity.cohortSize
  );
}

/**
 * Answers "Show customers" and "trace this customer" in the worker, where the cohorts are. Runs are
 * remembered as they finish; a request names the run by what its result says, and the newest
 * matching run answers, so the customers listed are exactly the ones that run counted.
 */
export function createTraceRequests({ cohortOf, post }: TraceHandlerDeps) {
  const runs: RememberedRun[] = [];

  function find(identity: RunIdentity): RememberedRun | undefined {
    for (let i = runs.length - 1; i >= 0; i--) if (sameRun(runs[i]!, identity)) return runs[i];
    return undefined;
  }

  function unavailable(
    requestId: number,
    reason: 'run-missing' | 'customer-missing' | 'invalid-customer',
    problems: { path: string; message: string }[] = [],
  ): void {
    post({ type: 'trace-unavailable', requestId, reason, problems });
  }

  function handle(request: TraceWorkerRequest): void {
    if (request.type === 'trace-made-up') {
      const parsed = CustomerSchema.safeParse(request.customer);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: issue.message,
        }));
        unavailable(request.requestId, 'invalid-customer', problems);
        return;
      }
      const cohort = cohortColumnsFromCustomers([parsed.data], { id: 'made-up', name: 'made-up' });
      const trace = traceCustomer(request.journey, cohort, request.options, 0);
      post({ type: 'customer-traced', requestId: request.requestId, trace, customer: parsed.data });
      return;
    }
    const run = find(request.run);
    if (!run) {
      unavailable(request.requestId, 'run-missing');
      return;
    }
    const cohort = cohortOf(run.cohort, run.seed, run.options.startDate);
    const options = { ...run.options, seed: run.seed };
    if (request.type === 'select-customers') {
      const limit = Math.max(0, Math.min(MAX_SELECTED, Math.floor(request.limit)));
      const indexes = selectCustomers(run.journey, cohort, options, request.selector, limit);
      const rows = indexes.map((index) => ({ index, customer: customerAt(cohort, index) }));
      post({ type: 'customers-selected', requestId: request.requestId, rows });
      return;
    }
    const index = customerIndexOf(cohort, request.target.customerId);
    if (index < 0) {
      unavailable(request.requestId, 'customer-missing');
      return;
    }
    const trace = traceCustomer(run.journey, cohort, options, index);
    post({
      type: 'customer-traced',
      requestId: request.requestId,
      trace,
      customer: customerAt(cohort, index),
    });
  }

  return {
    /** called as each seed of a run finishes, with the cohort it ran on */
    remember(
      journey: Journey,
      source: CohortSource,
      options: RunOptions,
      seed: number,
      cohort: CohortColumns,
    ) {
      runs.push({ journey, cohort: source, options, seed, cohortId: cohort.id, cohortSize: cohort.size });
      if (runs.length > REMEMBERED_RUNS) runs.shift();
    },
    /** file cohorts that are forgotten take their runs with them */
    forgetCohort(key: string) {
      for (let i = runs.length - 1; i >= 0; i--) {
        const source = runs[i]!.cohort;
        if (source.kind === 'file' && source.key === key) runs.splice(i, 1);
      }
    },
    handle,
  };
}

export function isTraceRequest(request: { type: string }): request is TraceWorkerRequest {
  return (
    request.type === 'select-customers' ||
    request.type === 'trace-customer' ||
    request.type === 'trace-made-up'
  );
}
