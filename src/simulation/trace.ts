import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import { parseSimulationOptions, type SimulationOptionsInput } from './options.ts';
import { CustomerRunner } from './runner.ts';
import type { CustomerTrace, TraceEvent, TraceSink } from './trace-events.ts';

export type { CustomerTrace, RuleReading, TraceEvent, TraceEventKind, TriggerKind } from './trace-events.ts';

/** Collects one customer's events at a time. */
class EventList implements TraceSink {
  events: TraceEvent[] = [];
  record(event: TraceEvent): void {
    this.events.push(event);
  }
}

function checkIndex(cohort: CohortColumns, customerIndex: number): void {
  if (!Number.isInteger(customerIndex) || customerIndex < 0 || customerIndex >= cohort.size) {
    throw new RangeError(
      `There is no customer number ${customerIndex} in cohort "${cohort.id}" (it has ${cohort.size}).`,
    );
  }
}

/**
 * The paths of chosen customers, step by step, in the order given. Each customer is re-run alone
 * with the same (seed, customer index) stream as in the bulk run, so every trace shows exactly the
 * path that `simulate` counted for that customer with the same journey, cohort and options.
 */
export function traceCustomers(
  journey: Journey,
  cohort: CohortColumns,
  optionsInput: SimulationOptionsInput,
  customerIndexes: readonly number[],
): CustomerTrace[] {
  const options = parseSimulationOptions(optionsInput);
  for (const index of customerIndexes) checkIndex(cohort, index);
  const sink = new EventList();
  const runner = new CustomerRunner(journey, cohort, options, {}, sink);
  return customerIndexes.map((customerIndex) => {
    sink.events = [];
    runner.run(customerIndex);
    return {
      customerId: cohort.ids.get(customerIndex),
      customerIndex,
      holdout: runner.isHoldout(customerIndex),
      events: sink.events,
    };
  });
}

/** One customer's path (see traceCustomers). */
export function traceCustomer(
  journey: Journey,
  cohort: CohortColumns,
  optionsInput: SimulationOptionsInput,
  customerIndex: number,
): CustomerTrace {
  return traceCustomers(journey, cohort, optionsInput, [customerIndex])[0]!;
}

/** The index of the customer with this id, or -1. */
export function customerIndexOf(cohort: CohortColumns, customerId: string): number {
  return cohort.ids.indexOf(customerId);
}
