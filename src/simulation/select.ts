import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import type { CompiledJourney } from './compile.ts';
import type { Counters } from './counters.ts';
import type { CustomerSelector } from './customer-selector.ts';
import { parseSimulationOptions, type SimulationOptionsInput } from './options.ts';
import { CustomerRunner } from './runner.ts';

/** Reads, at any moment of a run, the running total of the figure a selector points at. */
function figureOf(
  journey: Journey,
  compiled: CompiledJourney,
  counters: Counters,
  selector: CustomerSelector,
): () => number {
  if (selector.kind === 'edge') {
    const e = journey.edges.findIndex((edge) => edge.id === selector.edgeId);
    if (e < 0) throw new Error(`The journey has no edge "${selector.edgeId}".`);
    const slot = compiled.edgeSlot[e]!;
    return () => counters.nodeOutputs[slot]!;
  }
  const n = journey.nodes.findIndex((node) => node.id === selector.nodeId);
  if (n < 0) throw new Error(`The journey has no node "${selector.nodeId}".`);
  const isTouch = journey.nodes[n]!.type === 'touch';
  if (selector.kind !== 'node' && selector.kind !== 'waiting' && !isTouch) {
    throw new Error(
      `Node "${selector.nodeId}" is not a touch, so nobody is suppressed, failed or deferred there.`,
    );
  }
  const at = (values: Float64Array) => () => values[n]!;
  switch (selector.kind) {
    case 'node': {
      // visits are entries plus what the incoming edges carried (counters.ts, flowCounts)
      const incoming = [...compiled.edgeTarget.keys()]
        .filter((e) => compiled.edgeTarget[e] === n)
        .map((e) => compiled.edgeSlot[e]!);
      return () =>
        incoming.reduce((sum, slot) => sum + counters.nodeOutputs[slot]!, counters.nodeEntered[n]!);
    }
    case 'waiting':
      return at(counters.nodeInProgress);
    case 'failed':
      return at(counters.failed);
    case 'deferred':
      return at(counters.deferredQuietHours);
    case 'suppressed':
      return at(selector.reason === 'consent' ? counters.suppressedConsent : counters.suppressedFrequencyCap);
  }
}

/**
 * Customers behind a figure on the canvas ("Show customers"): the first `limit` customer indexes,
 * in cohort order, whose run added to the figure the selector names. Each customer runs exactly
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
  const figure = figureOf(journey, runner.compiled, runner.counters, selector);
  const found: number[] = [];
  for (let customer = 0; customer < cohort.size && found.length < limit; customer++) {
    const before = figure();
    runner.run(customer);
    if (figure() > before) found.push(customer);
  }
  return found;
}
