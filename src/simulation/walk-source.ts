import type { CohortColumns } from '../cohort/columns.ts';
import type { Calendar } from './calendar.ts';
import type { Counters } from './counters.ts';
import { functionFromSource } from './js-source.ts';
import type { CustomerRandom } from './random.ts';
import { generatorSource as generator } from './random.ts';
import {
  end,
  inlinedNodes,
  nodeSource,
  VISITS_PER_INSTANT,
  VISITS_PER_STAY,
  type Context,
  type WalkInputs,
  type WalkSettings,
} from './walk-nodes.ts';

export {
  PENDING_CONVERSIONS,
  STEP_CONTINUE,
  STEP_EVENT,
  STEP_GOAL,
  STEP_HORIZON,
  VISITS_PER_INSTANT,
  VISITS_PER_STAY,
} from './walk-nodes.ts';
export type { WalkInputs, WalkSettings };

/**
 * The generated walk is V8's to compile, and the first run of a new journey runs it unoptimized
 * until that is done. Measured (docs/simulation.md), that first run ties with the interpreting walk
 * at 300k–500k customers and wins at 1M (1.0 vs 1.35 s); re-runs of the same journey win from far
 * fewer. Below this size the run interprets.
 */
export const GENERATED_WALK_MIN_CUSTOMERS = 500_000;

/**
 * What the generated walk reads and writes through `this` (CustomerRunner has it): the run's data
 * and the customer's state. Run data is not in the generated code, so one function serves every run
 * of the same journey.
 */
export interface WalkState extends WalkSettings {
  readonly counters: Counters;
  readonly cohort: CohortColumns;
  readonly calendar: Calendar;
  /** the horizon in minutes: not a literal, so a run over another horizon reuses the function */
  readonly horizon: number;
  /** the values the generated code names ref0, ref1 … (the filters' columns and closures) */
  readonly walkReferences: readonly unknown[];
  now: number;
  customer: number;
  responsiveness: number;
  reached: boolean;
  nextOrganic: number;
  pendingCount: number;
  ringCount: number;
  ringHead: number;
  readonly random: CustomerRandom;
  readonly facts: Float64Array;
  readonly pendingTime: Float64Array;
  readonly pendingNode: Int32Array;
  readonly sendRing: Float64Array;
  readonly sendRingNode: Int32Array;
  /** the rare ends of a wait (a purchase comes first, or the horizon): returns a STEP_* */
  waitThroughPurchases(n: number, wake: number, listenPurchase: boolean): number;
  /** an event wait from start to end: returns a STEP_*, STEP_EVENT when the event came */
  waitForEvent(n: number): number;
}

/** Walks a customer from trigger `start`; false when still in the journey at the horizon. */
export type CompiledWalk = (this: WalkState, start: number) => boolean;

/** the counter arrays the walk writes, each a local of the generated code named `$<key>` */
const counterArrays = [
  'nodeOutputs',
  'nodeInProgress',
  'nodeGoalExits',
  'attempted',
  'delivered',
  'failed',
  'suppressedConsent',
  'suppressedFrequencyCap',
  'deferredQuietHours',
  'clicks',
  'dayCost',
  'dayDelivered',
] as const satisfies readonly (keyof Counters)[];

/**
 * The walk of runner.ts written out as JavaScript for one journey: a `switch` over node indexes in
 * which every node's type, target, rate, wait and filter is a literal, and no trace or hook is
 * checked. Interpreting the compiled arrays costs a load and a branch the CPU cannot predict for
 * each of them on every visit; here V8 sees constants. Bulk runs use it; traced runs and runs with
 * test hooks use the interpreting walk, and tests check both give byte-identical results.
 */
export function compileWalk(inputs: WalkInputs): { walk: CompiledWalk; references: unknown[] } {
  const references: unknown[] = [];
  const name = (value: unknown): string => {
    let index = references.indexOf(value);
    if (index < 0) index = references.push(value) - 1;
    return `ref${index}`;
  };
  const context: Context = { ...inputs, name, inlined: inlinedNodes(inputs.compiled) };
  const cases = Array.from(inputs.compiled.type, (_, n) =>
    context.inlined.has(n) ? '' : `case ${n}: {\n${nodeSource(context, n)}\n}`,
  );
  const body = `"use strict";
return function compiledWalk(start) {
  const references = this.walkReferences;
  ${references.map((_, k) => `const ref${k} = references[${k}];`).join(' ')}
  const counters = this.counters;
  const ${counterArrays.map((key) => `$${key} = counters.${key}`).join(', ')};
  const consent = this.cohort.consent, weekday = this.calendar.weekday, days = this.calendar.days;
  const horizon = this.horizon;
  const random = this.random, facts = this.facts, customer = this.customer;
  const pendingTime = this.pendingTime, pendingNode = this.pendingNode;
  const sendRing = this.sendRing, sendRingNode = this.sendRingNode;
  // the clock in a local, written back to the runner only around its methods and at the end
  let now = this.now;
  const responsiveness = this.responsiveness;
  let n = start, visitsThisInstant = 0, visits = 0, instant = now;
  let step = 0, u = 0, wake = 0, earliest = 0, result = false;
  ${generator.declare}
  ${generator.load('random')}
  walk: for (;;) {
    if (++visitsThisInstant > ${VISITS_PER_INSTANT} || ++visits > ${VISITS_PER_STAY}) {
      $nodeInProgress[n]++;
      ${end('false')}
    }
    switch (n) {
${cases.join('\n')}
      default:
        throw new Error('The compiled walk has no node ' + n + '.');
    }
  }
  this.now = now;
  ${generator.save('random')}
  return result;
};`;
  return { walk: functionFromSource<CompiledWalk>(body), references };
}

/**
 * compileWalk, or null where the page's Content-Security-Policy forbids generated code (`new
 * Function` throws EvalError): the run then interprets the journey, with the same results, slower.
 */
export function compileWalkWhereAllowed(inputs: WalkInputs): ReturnType<typeof compileWalk> | null {
  try {
    return compileWalk(inputs);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    console.warn(
      'Journey Canvas: this page does not allow generated code, so the simulator interprets the journey (same results, slower on large cohorts).',
      error,
    );
    return null;
  }
}
