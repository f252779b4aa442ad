import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import type { Counters } from './counters.ts';
import type { CustomerSelector } from './customer-selector.ts';
import { parseSimulationOptions, type SimulationOptionsInput } from './options.ts';
import { CustomerRunner } from './runner.ts';

/** The counter a selector points at, and the slot in it. */
function counterOf(
  journey: Journey,
  counters: Counters,
  selector: CustomerSelector,
): { values: Float64Array; slot: number } {
  if (selector.kind === 'edge') {
    const slot = journey.edges.findIndex((edge) => edge.id === selector.edgeId);
    if (slot < 0) throw new Error(`The journey has no edge "${selector.edgeId}".`);
    return { values: counters.edges, slot };
  }
  const slot = journey.nodes.findIndex((node) => node.id === selector.nodeId);
  if (slot < 0) throw new Error(`The journey has no node "${selector.nodeId}".`);
  const isTouch = journey.nodes[slot]!.type === 'touch';
  if (selector.kind !== 'node' && selector.kind !== 'waiting' && !isTouch) {
    throw new Error(
      `Node "${selector.nodeId}" is not a touch, so nobody is suppressed, failed or deferred there.`,
    );
  }
  switch (selector.kind) {
    case 'node':
      return { values: counters.nodeEntered, slot };
    case 'waiting':
      return { values: counters.nodeInProgress, slot };
    case 'failed':
      return { values: counters.failed, slot };
    case 'deferred':
      return { values: counters.deferredQuietHours, slot };
    case 'suppressed':
      return {
        values: selector.reason === 'consent' ? counters.suppressedConsent : counters.suppressedFrequencyCap,
        slot,
      };
  }
}

/**
 * Customers behind a figure on the canvas ("Show customers"): the first `limit` customer indexes,
 * in cohort order, whose run added to the counter the selector names. Each customer runs exactly
 * as in the bulk run, and the walk stops as soon as `limit` are found.
 */
export function selectCustomers(
  journey: Journey,
  cohort: CohortColumns,
  optionsInput: SimulationOptionsInput,
  selector: CustomerSelector,
  limit = 100,
): number[] {
  const options = parseSimulationOptions(optionsInput);
  const runner = new CustomerRunner(journey, cohort, options);
  const { values, slot } = counterOf(journey, runner.counters, selector);
  const found: number[] = [];
  for (let customer = 0; customer < cohort.size && found.length < limit; customer++) {
    const before = values[slot]!;
    runner.run(customer);
    if (values[slot]! > before) found.push(customer);
  }
  return found;
}
