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
import { FACT_CLICKED, FACT_TOUCHES, filterSource } from './filters.ts';
import { numberLiteral as literal } from './js-source.ts';
import { generatorSource as generator } from './random.ts';

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

/**
 * The code of each node for the generated walk (walk-source.ts): what the walk of runner.ts, touch
 * and send of touch-sender.ts and the waits of purchase-clock.ts do, with the node's settings as
 * literals.
 */

/** how a node's step ended (runner.ts has the same values as a const enum) */
export const STEP_CONTINUE = 0;
export const STEP_GOAL = 1;
export const STEP_HORIZON = 2;
export const STEP_EVENT = 3;
export const VISITS_PER_INSTANT = 1000;
export const VISITS_PER_STAY = 20_000;
export const PENDING_CONVERSIONS = 32;

/** The walk ends with `result`: every end goes through the one place that saves the generator's state. */
export const end = (result: string) => `result = ${result}; break walk;`;

/** A call to a runner method that may draw numbers, with the generator's state in the runner around it. */
const callDrawing = (call: string) =>
  `this.now = now; ${generator.save('random')} ${call}; ${generator.load('random')} now = this.now;`;

export interface Context extends WalkInputs {
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
export function inlinedNodes(compiled: CompiledJourney): Set<number> {
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

export function nodeSource(inputs: Context, n: number): string {
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

/** Consent, quiet hours, frequency cap and the send of touch n, as touch-sender.ts's touch and send. */
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
