import type { CohortColumns } from '../cohort/columns.ts';
import type { Calendar } from './calendar.ts';
import {
  MAX_HANDLES,
  NODE_CONDITION,
  NODE_EXIT,
  NODE_SPLIT,
  NODE_TOUCH,
  NODE_TRIGGER,
  NODE_WAIT_DURATION,
  NODE_WAIT_EVENT,
  NODE_WAIT_UNTIL,
  type CompiledJourney,
} from './compile.ts';
import type { Counters } from './counters.ts';
import { FACT_CLICKED, FACT_TOUCHES, filterSource } from './filters.ts';
import { functionFromSource, numberLiteral as literal } from './js-source.ts';
import type { CustomerRandom } from './random.ts';
import { generatorSource as generator } from './random.ts';

/**
 * The generated walk is V8's to compile, and the first run of a new journey runs it unoptimized
 * until that is done. Measured (docs/simulation.md), that first run ties with the interpreting walk
 * at 300k–500k customers and wins at 1M (1.0 vs 1.35 s); re-runs of the same journey win from far
 * fewer. Below this size the run interprets.
 */
export const GENERATED_WALK_MIN_CUSTOMERS = 500_000;

/** how a node's step ended (runner.ts has the same values as a const enum) */
export const STEP_CONTINUE = 0;
export const STEP_GOAL = 1;
export const STEP_HORIZON = 2;
export const STEP_EVENT = 3;
export const VISITS_PER_INSTANT = 1000;
export const VISITS_PER_STAY = 20_000;
export const PENDING_CONVERSIONS = 32;

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

/** The run's settings, written into the generated code as literals. */
export interface WalkSettings {
  readonly hasQuietHours: boolean;
  readonly quietStart: number;
  readonly quietEnd: number;
  readonly hasCap: boolean;
  readonly capSize: number;
  readonly capWindow: number;
  readonly goalOnClick: boolean;
  readonly attributionMinutes: number;
}

export interface WalkInputs {
  compiled: CompiledJourney;
  settings: WalkSettings;
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

/** The walk ends with `result`: every end goes through the one place that saves the generator's state. */
const end = (result: string) => `result = ${result}; break walk;`;

/** A call to a runner method that may draw numbers, with the generator's state in the runner around it. */
const callDrawing = (call: string) =>
  `this.now = now; ${generator.save('random')} ${call}; ${generator.load('random')} now = this.now;`;

interface Context extends WalkInputs {
  /** the name generated code uses for a runtime value (ref0, ref1 …) */
  name: (value: unknown) => string;
  /** nodes written out where their one incoming edge leaves, not as a case of the switch */
  inlined: ReadonlySet<number>;
}

/**
 * Nodes with exactly one incoming edge (and no trigger, where customers also enter). Their code is
 * written where that edge leaves its source, so the walk goes on without the `switch`, whose jump
 * the CPU mispredicts on most visits. Every other node keeps a case; a cycle always passes through
 * one of them (its first node reached has two incoming edges), so the inlining ends.
 */
function inlinedNodes(compiled: CompiledJourney): Set<number> {
  const incoming = new Int32Array(compiled.type.length);
  for (const target of compiled.next) if (target >= 0) incoming[target]!++;
  const inlined = new Set<number>();
  incoming.forEach((count, n) => {
    if (count === 1 && compiled.type[n] !== NODE_TRIGGER) inlined.add(n);
  });
  return inlined;
}

/** Leave node n by `handle`: count the output, then go to the target or leave the journey. */
function leave(context: Context, n: number, handle: number): string {
  const slot = n * MAX_HANDLES + handle;
  const target = context.compiled.next[slot]!;
  if (target < 0) return `$nodeOutputs[${slot}]++; ${end('true')}`;
  if (!context.inlined.has(target)) return `$nodeOutputs[${slot}]++; n = ${target}; continue;`;
  // the visit the loop's head would have counted, then the target's code in its own block
  return `$nodeOutputs[${slot}]++;
    if (++visitsThisInstant > ${VISITS_PER_INSTANT} || ++visits > ${VISITS_PER_STAY}) {
      $nodeInProgress[${target}]++;
      ${end('false')}
    }
    {
${nodeSource(context, target)}
    }`;
}

/**
 * The loop guard counts visits per instant. The interpreting walk compares the clock on every
 * visit; only waits move it, so the generated walk compares after each wait instead.
 */
const newInstant = `if (now !== instant) {
      instant = now;
      visitsThisInstant = 0;
    }`;

/** The wait's usual end inline (no purchase before `wake`, inside the horizon), else the runner's slow path. */
function waitSource(n: number, listenPurchase: boolean): string {
  return `earliest = this.nextOrganic;
    for (let k = 0; k < this.pendingCount; k++) if (pendingTime[k] < earliest) earliest = pendingTime[k];
    if (wake < horizon && earliest >= wake) {
      now = wake;
      step = ${STEP_CONTINUE};
    } else {
      ${callDrawing(`step = this.waitThroughPurchases(${n}, wake, ${listenPurchase})`)}
    }
    ${newInstant}`;
}

const stopOnGoalOrHorizon = `if (step === ${STEP_GOAL}) { ${end('true')} }
    if (step === ${STEP_HORIZON}) { ${end('false')} }`;

function nodeSource(inputs: Context, n: number): string {
  const { compiled, name } = inputs;
  switch (compiled.type[n]) {
    case NODE_TRIGGER:
      return leave(inputs, n, 0);
    case NODE_CONDITION:
      // V8 drops the load of \`now\` when no rule reads it
      return `
    if (${filterSource(compiled.filters[n]!, name)}) { ${leave(inputs, n, 0)} }
    ${leave(inputs, n, 1)}`;
    case NODE_SPLIT:
      return splitSource(inputs, n);
    case NODE_WAIT_DURATION:
      return `wake = now + ${literal(compiled.waitMinutes[n]!)};
    ${waitSource(n, false)}
    ${stopOnGoalOrHorizon}
    ${leave(inputs, n, 0)}`;
    case NODE_WAIT_UNTIL: {
      // nextClockTime (calendar.ts) with the node's time and weekdays as literals
      const at = literal(compiled.clockAt[n]!);
      return `{
      let day = Math.floor(now / 1440);
      if (now - day * 1440 > ${at}) day++;
      wake = Infinity;
      for (let k = 0; k < 8 && day < days; k++, day++) {
        if (${compiled.weekdayMask[n]!} & (1 << weekday[day])) {
          wake = day * 1440 + ${at};
          break;
        }
      }
    }
    ${waitSource(n, false)}
    ${stopOnGoalOrHorizon}
    ${leave(inputs, n, 0)}`;
    }
    case NODE_WAIT_EVENT:
      return `${callDrawing(`step = this.waitForEvent(${n})`)}
    ${newInstant}
    if (step === ${STEP_EVENT}) { ${leave(inputs, n, 0)} }
    if (step === ${STEP_CONTINUE}) { ${leave(inputs, n, 1)} }
    ${end(`step === ${STEP_GOAL}`)}`;
    case NODE_TOUCH:
      return touchSource(inputs, n);
    case NODE_EXIT:
      return end('true');
    default:
      throw new Error(`Node ${n} has no known type (${compiled.type[n]}).`);
  }
}

/** The split's draw against its cumulative shares, as runner.ts's loop, unrolled. */
function splitSource(inputs: Context, n: number): string {
  const cumulative = inputs.compiled.splitCumulative;
  const base = n * MAX_HANDLES;
  let code = `${generator.uniform('u')}\n`;
  for (let handle = 0; ; handle++) {
    if (!(handle < MAX_HANDLES - 1 && cumulative[base + handle + 1]! > 0)) {
      return `${code}{ ${leave(inputs, n, handle)} }`;
    }
    code += `if (!(u >= ${literal(cumulative[base + handle]!)})) { ${leave(inputs, n, handle)} }\n`;
  }
}

/** Consent, quiet hours, frequency cap and the send of touch n, as runner.ts's touch and send. */
function touchSource(inputs: Context, n: number): string {
  const { compiled, settings } = inputs;
  const { quietStart, quietEnd, capSize } = settings;
  const label = `touch${n}`;
  const inQuietHours =
    quietStart < quietEnd
      ? `clock >= ${quietStart} && clock < ${quietEnd}`
      : `clock >= ${quietStart} || clock < ${quietEnd}`;
  const quietHours = settings.hasQuietHours
    ? `{
      const clock = now - Math.floor(now / 1440) * 1440;
      if (${inQuietHours}) {
        $deferredQuietHours[${n}]++;
        wake = now - clock + ${quietEnd} + (clock < ${quietEnd} ? 0 : 1440);
        ${waitSource(n, false)}
        ${stopOnGoalOrHorizon}
      }
    }`
    : '';
  const capBlocks = settings.hasCap
    ? capSize === 0
      ? 'true'
      : `!(this.ringCount < ${capSize} || sendRing[this.ringHead] <= now - ${literal(settings.capWindow)})`
    : '';
  const capCheck = capBlocks
    ? `if (${capBlocks}) {
      $suppressedFrequencyCap[${n}]++;
      break ${label};
    }`
    : '';
  const ring =
    capSize > 0
      ? `sendRing[this.ringHead] = now;
    sendRingNode[this.ringHead] = ${n};
    if (++this.ringHead === ${capSize}) this.ringHead = 0;
    if (this.ringCount < ${capSize}) this.ringCount++;`
      : '';
  const responsive = (rate: number) => `${literal(rate)} * responsiveness`;
  // every way out of a touch leaves by its one output: all of them break out of one block, so the
  // code that follows (perhaps the next node, written inline) is written once
  return `${label}: {
    if (!((consent[customer] >> ${compiled.channel[n]!}) & 1)) {
      $attempted[${n}]++;
      $suppressedConsent[${n}]++;
      break ${label};
    }
    ${quietHours}
    $attempted[${n}]++;
    ${capCheck}
    const day = Math.floor(now / 1440);
    ${generator.uniform('u')}
    $dayCost[day] += ${literal(compiled.cost[n]!)};
    if (!(u < ${literal(compiled.delivery[n]!)})) {
      $failed[${n}]++;
      break ${label};
    }
    $delivered[${n}]++;
    $dayDelivered[day]++;
    facts[${FACT_TOUCHES}]++;
    if (!this.reached) {
      this.reached = true;
      counters.reach++;
    }
    ${ring}
    ${generator.uniform('u')}
    const clicked = u < ${responsive(compiled.click[n]!)};
    facts[${FACT_CLICKED}] = clicked ? 1 : 0;
    if (clicked) $clicks[${n}]++;
    ${generator.uniform('u')}
    if (u < ${responsive(compiled.conversion[n]!)} && this.pendingCount < ${PENDING_CONVERSIONS}) {
      ${generator.uniform('u')}
      pendingTime[this.pendingCount] = now + u * ${literal(settings.attributionMinutes)};
      pendingNode[this.pendingCount] = ${n};
      this.pendingCount++;
    }
    ${settings.goalOnClick ? `if (clicked) { $nodeGoalExits[${n}]++; ${end('true')} }` : ''}
    }
    ${leave(inputs, n, 0)}`;
}
