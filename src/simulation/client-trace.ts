import type { Customer } from '../cohort/customer.ts';
import type { Journey } from '../journey/schema.ts';
import type { CustomerSelector } from './customer-selector.ts';
import type { CustomerTrace } from './trace-events.ts';
import type { RunOptions, WorkerRequest, WorkerResponse } from './worker-protocol.ts';
import type { CustomerRow, RunIdentity, TraceUnavailableReason } from './worker-trace-protocol.ts';

export type { CustomerRow, RunIdentity, TraceUnavailableReason } from './worker-trace-protocol.ts';

/** What a trace or a selection came to: the answer, or why the worker could not give it. */
export type TraceOutcome<T> =
  | ({ ok: true } & T)
  | { ok: false; reason: TraceUnavailableReason; problems: { path: string; message: string }[] };

/** The client's calls for "Show customers" and customer traces (worker-trace-protocol.ts). */
export interface TraceClient {
  /** up to `limit` (≤ 100) customers behind a figure of the run `run` names, in cohort order */
  selectCustomers(
    run: RunIdentity,
    selector: CustomerSelector,
    limit: number,
  ): Promise<TraceOutcome<{ rows: CustomerRow[] }>>;
  /** one customer of that run's cohort, by id, step by step as the run took them */
  traceCustomer(
    run: RunIdentity,
    customerId: string,
  ): Promise<TraceOutcome<{ trace: CustomerTrace; customer: Customer }>>;
  /** a made-up customer through `journey` with a run's options */
  traceMadeUp(
    journey: Journey,
    options: RunOptions & { seed: number },
    customer: Customer,
  ): Promise<TraceOutcome<{ trace: CustomerTrace; customer: Customer }>>;
}

type Request = <T>(
  build: (requestId: number) => WorkerRequest,
  settle: (message: WorkerResponse, resolve: (value: T) => void, reject: (error: Error) => void) => void,
) => Promise<T>;

type Traced = TraceOutcome<{ trace: CustomerTrace; customer: Customer }>;

/** Settles on "unavailable" (a reason the page words) or an error; other messages are not ours. */
function settleOtherwise<T>(
  message: WorkerResponse,
  resolve: (value: TraceOutcome<T>) => void,
  reject: (error: Error) => void,
): void {
  if (message.type === 'trace-unavailable')
    resolve({ ok: false, reason: message.reason, problems: message.problems });
  else if (message.type === 'error') reject(new Error(message.message));
}

function settleTraced(
  message: WorkerResponse,
  resolve: (value: Traced) => void,
  reject: (error: Error) => void,
): void {
  if (message.type === 'customer-traced')
    resolve({ ok: true, trace: message.trace, customer: message.customer });
  else settleOtherwise(message, resolve, reject);
}

/** The trace calls over the client's request/response plumbing (client.ts). */
export function createTraceCalls(request: Request): TraceClient {
  return {
    selectCustomers: (run, selector, limit) =>
      request<TraceOutcome<{ rows: CustomerRow[] }>>(
        (requestId) => ({ type: 'select-customers', requestId, run, selector, limit }),
        (message, resolve, reject) => {
          if (message.type === 'customers-selected') resolve({ ok: true, rows: message.rows });
          else settleOtherwise(message, resolve, reject);
        },
      ),
    traceCustomer: (run, customerId) =>
      request<Traced>(
        (requestId) => ({ type: 'trace-customer', requestId, run, target: { kind: 'id', customerId } }),
        settleTraced,
      ),
    traceMadeUp: (journey, options, customer) =>
      request<Traced>(
        (requestId) => ({ type: 'trace-made-up', requestId, journey, options, customer }),
        settleTraced,
      ),
  };
}
