import type { Customer } from '../cohort/customer.ts';
import type { Journey } from '../journey/schema.ts';
import type { CustomerSelector } from './customer-selector.ts';
import type { CustomerTrace } from './trace-events.ts';
import type { RunOptions } from './options.ts';

/**
 * Which finished run a trace request is about, as the page knows it from the result it shows
 * (SimulationResult's seed, dates and cohort). The worker keeps the journey and cohort of recent
 * runs and answers only when all of these still match, so the customers listed are the ones counted.
 */
export interface RunIdentity {
  journeyId: string;
  seed: number;
  startDate: string;
  horizonDays: number;
  cohortId: string;
  cohortSize: number;
}

/** A customer behind a figure: their place in the cohort and their attributes (for the list and "Try a customer"). */
export interface CustomerRow {
  index: number;
  customer: Customer;
}

export type TraceWorkerRequest =
  | {
      type: 'select-customers';
      requestId: number;
      run: RunIdentity;
      selector: CustomerSelector;
      limit: number;
    }
  | {
      type: 'trace-customer';
      requestId: number;
      run: RunIdentity;
      target: { kind: 'id'; customerId: string };
    }
  | {
      /** a made-up customer runs alone through `journey` (the live one) with the shown run's options */
      type: 'trace-made-up';
      requestId: number;
      journey: Journey;
      options: RunOptions & { seed: number };
      customer: Customer;
    };

/**
 * `run-missing`: the worker no longer holds that run (it was restarted after a cancel, or later runs
 * replaced it); `customer-missing`: no customer with that id in the run's cohort; `invalid-customer`:
 * the made-up customer's attributes break the cohort rules (`problems` says which).
 */
export type TraceUnavailableReason = 'run-missing' | 'customer-missing' | 'invalid-customer';

export type TraceWorkerResponse =
  | { type: 'customers-selected'; requestId: number; rows: CustomerRow[] }
  | { type: 'customer-traced'; requestId: number; trace: CustomerTrace; customer: Customer }
  | {
      type: 'trace-unavailable';
      requestId: number;
      reason: TraceUnavailableReason;
      problems: { path: string; message: string }[];
    };
