import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import { dailyPurchaseProbability, orderValue, responsivenessOf } from './behaviour.ts';
import { buildCalendar, nextClockTime, type Calendar, type MINUTES_PER_DAY } from './calendar.ts';
import { compileJourney } from './compile.ts';
import type {
  MAX_HANDLES,
  NODE_CONDITION,
  NODE_EXIT,
  NODE_SPLIT,
  NODE_TOUCH,
  NODE_TRIGGER,
  NODE_WAIT_DURATION,
  NODE_WAIT_EVENT,
  NODE_WAIT_UNTIL,
} from './compile.ts';
import { createCounters } from './counters.ts';
import { createEntryFinder, EVENT_FIRST_PURCHASE, EVENT_PURCHASE, NEVER, type EntryFinder } from './entry.ts';
import { testFilter } from './filters.ts';
import type { FACT_CLICKED, FACT_ENTRY_TIME, FACT_NOW, FACT_PURCHASED, FACT_TOUCHES } from './filters.ts';
import type { SimulationOptions } from './options.ts';
import { hashUniform } from './random.ts';
import { TouchSender, type TouchSenderSetup } from './touch-sender.ts';
import type { TraceSink } from './trace-events.ts';
import { TraceWriter } from './trace-writer.ts';
import {
  compileWalkWhereAllowed,
  GENERATED_WALK_MIN_CUSTOMERS,
  type CompiledWalk,
  type WalkState,
} from './walk-source.ts';
import type {
  STEP_CONTINUE,
  STEP_EVENT,
  STEP_GOAL,
  STEP_HORIZON,
  VISITS_PER_INSTANT,
  VISITS_PER_STAY,
} from './walk-source.ts';

export interface RunnerHooks {
  /** a customer stopped by the loop guard (MAX_VISITS_PER_INSTANT visits in one instant or MAX_VISITS_PER_STAY in one stay) */
  onLoopGuard?: (nodeId: string, customerIndex: number) => void;
  /** test observation: every touch send, with its minute (after any quiet-hours deferral) */
  onSend?: NonNullable<TouchSenderSetup['onSend']>;
  /**
   * which walk to take (tests compare the two): by default the generated one for cohorts of
   * GENERATED_WALK_MIN_CUSTOMERS or more, else the interpreting one; hooks and traces always interpret
   */
  walk?: 'generated' | 'interpreted';
}

/** limits per customer, a const enum like `Code` below (see there why) */
const enum Limit {
  VisitsPerInstant = 1000,
  /** a customer's node visits in one stay in the journey; a 1-minute wait in a cycle would
   * otherwise go round 525,600 times a year */
  VisitsPerStay = 20_000,
  RateCacheSize = 256,
}
export const MAX_VISITS_PER_INSTANT: number = Limit.VisitsPerInstant;
export const MAX_VISITS_PER_STAY: number = Limit.VisitsPerStay;

/*
 * The numbers the walk compares and indexes with on every visit are file-local const enums, which
 * esbuild (tsx, Vite) writes out as literals. V8 reads an imported or module-level `const` from
 * memory at every use and cannot fold it into a jump table: literals made a run 15-20% faster.
 * `SameAs` ties each literal to the constant it stands for, so the two cannot drift apart. (An
 * enum exported from one file is an object property read in another, hence the copies of the few
 * that purchase-clock.ts and touch-sender.ts need.)
 */
const enum Code {
  Trigger = 0,
  Condition = 1,
  WaitDuration = 2,
  WaitUntil = 3,
  WaitEvent = 4,
  Touch = 5,
  Split = 6,
  Exit = 7,
}
const enum Fact {
  Purchased = 0,
  Clicked = 1,
  Touches = 2,
  EntryTime = 3,
  Now = 4,
}
const enum Grid {
  MaxHandles = 10,
  MinutesPerDay = 1440,
}
/** how a node's step ended */
const enum Step {
  Continue = 0,
  Goal = 1,
  Horizon = 2,
  Event = 3,
}
type SameAs<Literal extends Constant, Constant> = Literal;
export type RunnerLiteralsChecked = [
  SameAs<Code.Trigger, typeof NODE_TRIGGER>,
  SameAs<Code.Condition, typeof NODE_CONDITION>,
  SameAs<Code.WaitDuration, typeof NODE_WAIT_DURATION>,
  SameAs<Code.WaitUntil, typeof NODE_WAIT_UNTIL>,
  SameAs<Code.WaitEvent, typeof NODE_WAIT_EVENT>,
  SameAs<Code.Touch, typeof NODE_TOUCH>,
  SameAs<Code.Split, typeof NODE_SPLIT>,
  SameAs<Code.Exit, typeof NODE_EXIT>,
  SameAs<Fact.Purchased, typeof FACT_PURCHASED>,
  SameAs<Fact.Clicked, typeof FACT_CLICKED>,
  SameAs<Fact.Touches, typeof FACT_TOUCHES>,
  SameAs<Fact.EntryTime, typeof FACT_ENTRY_TIME>,
  SameAs<Fact.Now, typeof FACT_NOW>,
  SameAs<Grid.MaxHandles, typeof MAX_HANDLES>,
  SameAs<Grid.MinutesPerDay, typeof MINUTES_PER_DAY>,
  SameAs<Step.Continue, typeof STEP_CONTINUE>,
  SameAs<Step.Goal, typeof STEP_GOAL>,
  SameAs<Step.Horizon, typeof STEP_HORIZON>,
  SameAs<Step.Event, typeof STEP_EVENT>,
  SameAs<Limit.VisitsPerInstant, typeof VISITS_PER_INSTANT>,
  SameAs<Limit.VisitsPerStay, typeof VISITS_PER_STAY>,
];

/** salt of the holdout draw in hashUniform; the generator's state words use other salts */
const HOLDOUT_SALT = 2;

/**
 * Walks one customer at a time through a compiled journey, adding to `counters`: entry, holdout and
 * re-entry here, touches in TouchSender, the clock and purchases in PurchaseClock. All per-customer
 * state lives in fields and preallocated typed arrays (double fields are updated in place by V8,
 * unlike closure variables), so the inner loop allocates nothing. A customer's path depends only on
 * (seed, customer index): `run(i)` on a fresh runner repeats exactly what the bulk run did for i.
 * With a `trace` sink every step is also reported as a TraceEvent; bulk runs pass none.
 */
export class CustomerRunner extends TouchSender implements WalkState {
  private readonly hooks: RunnerHooks;
  readonly calendar: Calendar;
  private readonly findEntry: EntryFinder;
  private readonly seed: number;
  private readonly holdoutShare: number;
  private readonly reentryCooldown: number;
  /** daily purchase probabilities seen and their rates per minute (a small cache, see `run`) */
  private readonly rateOfDaily = new Float64Array(Limit.RateCacheSize).fill(Number.NaN);
  private readonly rateForDaily = new Float64Array(Limit.RateCacheSize);
  /** this journey's walk as generated code (walk-source.ts); null when hooks or a trace need `walk` */
  private readonly compiledWalk: CompiledWalk | null;
  readonly walkReferences: readonly unknown[];

  constructor(
    journey: Journey,
    cohort: CohortColumns,
    options: SimulationOptions,
    hooks: RunnerHooks = {},
    trace: TraceSink | null = null,
  ) {
    const settings = journey.settings;
    const goal = settings.goal;
    const compiled = compileJourney(journey, cohort);
    super({
      settings,
      cohort,
      compiled,
      counters: createCounters(compiled.nodeIds.length, options.horizonDays),
      horizon: options.horizonDays * Grid.MinutesPerDay,
      goalOnPurchase:
        goal !== null && goal.exitOnGoal && (goal.event === 'purchase' || goal.event === 'first_purchase'),
      trace: trace ? new TraceWriter(journey, cohort, compiled, trace) : null,
      onSend: hooks.onSend,
    });
    this.hooks = hooks;
    this.seed = options.seed;
    this.calendar = buildCalendar(options.startDate, options.horizonDays);
    this.findEntry = createEntryFinder(compiled, cohort, this.calendar, this.horizon);
    this.holdoutShare = settings.holdoutPercent / 100;
    this.reentryCooldown =
      settings.reentry.mode === 'after-exit' ? settings.reentry.cooldownDays * Grid.MinutesPerDay : -1;
    const generate =
      trace === null &&
      !hooks.onLoopGuard &&
      !hooks.onSend &&
      (hooks.walk ?? (cohort.size >= GENERATED_WALK_MIN_CUSTOMERS ? 'generated' : 'interpreted')) ===
        'generated';
    const generated = generate ? compileWalkWhereAllowed({ compiled, settings: this }) : null;
    this.compiledWalk = generated?.walk ?? null;
    this.walkReferences = generated?.references ?? [];
  }

  /** true when customer i is in the holdout of this run */
  isHoldout(customer: number): boolean {
    return hashUniform(this.seed, customer, HOLDOUT_SALT) < this.holdoutShare;
  }

  /** Simulate customer `customer` over the whole horizon, adding to `counters`. */
  run(customer: number): void {
    const cohort = this.cohort;
    const counters = this.counters;
    const horizon = this.horizon;
    this.customer = customer;
    this.random.reset(this.seed, customer);
    const daily = Math.min(dailyPurchaseProbability(cohort, customer), 0.999999);
    // a cohort has few distinct daily probabilities (from frequency and stage): each one's logarithm
    // is kept in a small table (a slot by the probability's leading digits, checked exactly)
    const slot = (daily * 1_048_576) & (Limit.RateCacheSize - 1);
    if (this.rateOfDaily[slot] !== daily) {
      this.rateOfDaily[slot] = daily;
      this.rateForDaily[slot] = -Math.log(1 - daily) / Grid.MinutesPerDay;
    }
    this.purchaseRatePerMinute = this.rateForDaily[slot]!;
    this.value = orderValue(cohort, customer);
    this.responsiveness = responsivenessOf(cohort, customer);
    this.treated = !this.isHoldout(customer);
    this.everEntered = this.converted = this.reached = this.inJourney = false;
    this.pendingCount = this.ringCount = this.ringHead = 0;
    this.now = 0;
    this.nextOrganic = this.random.exponential(this.purchaseRatePerMinute);
    let from = 0;
    let previousExit = -1;
    for (;;) {
      this.purchasesOutside(from);
      const entryTime = this.findEntry.next(customer, from, previousExit, this.nextOrganic, this.random);
      if (entryTime >= horizon) break;
      this.purchasesOutside(entryTime);
      this.now = entryTime;
      // a purchase that triggers the entry happens before the customer is in the journey
      if (this.nextOrganic === entryTime) this.takePurchase();
      const trigger = this.findEntry.node;
      if (!this.treated) {
        counters.holdout++;
        this.everEntered = true;
        this.trace?.entry(this.now, trigger, true);
        break;
      }
      if (!this.everEntered) counters.entered++;
      this.everEntered = true;
      this.inJourney = true;
      const facts = this.facts;
      facts[Fact.Purchased] = 0;
      facts[Fact.Clicked] = 0;
      facts[Fact.Touches] = 0;
      facts[Fact.EntryTime] = this.now;
      counters.dayEntered[Math.floor(this.now / Grid.MinutesPerDay)]!++;
      counters.nodeEntered[trigger]!++;
      this.trace?.entry(this.now, trigger, false);
      const left = this.compiledWalk ? this.compiledWalk(trigger) : this.walk(trigger);
      this.inJourney = false;
      if (!left || this.reentryCooldown < 0) break;
      previousExit = this.now;
      from = this.now + this.reentryCooldown;
    }
    this.purchasesOutside(horizon);
  }

  /** Event wait n: `event` output when the event comes before the timeout; sets `handle` via return. */
  waitForEvent(n: number): number {
    const compiled = this.compiled;
    const timeout = this.now + compiled.waitMinutes[n]!;
    const listenPurchase = compiled.event[n] === EVENT_PURCHASE || compiled.event[n] === EVENT_FIRST_PURCHASE;
    const eventAt = listenPurchase
      ? NEVER
      : this.now + this.findEntry.eventDelay(this.customer, compiled.event[n]!, this.random);
    this.trace?.waitStarted(this.now, n, timeout < this.horizon ? timeout : null);
    const step = this.waitAt(n, Math.min(eventAt, timeout), listenPurchase);
    if (step === Step.Event || (step === Step.Continue && eventAt <= timeout)) {
      this.trace?.waitEnded(this.now, n, 'event');
      return Step.Event;
    }
    if (step === Step.Continue) this.trace?.waitEnded(this.now, n, 'timeout');
    return step;
  }

  /** Walk from trigger node `start` at `now`; false when the customer is still in the journey at the horizon. */
  private walk(start: number): boolean {
    const compiled = this.compiled;
    const counters = this.counters;
    // locals, so the loop does not reload them through two objects after every call
    const { type, next, edge, filters, splitCumulative, waitMinutes } = compiled;
    const nodeOutputs = counters.nodeOutputs;
    const facts = this.facts;
    let n = start;
    let visitsThisInstant = 0;
    let visits = 0;
    let instant = this.now;
    for (;;) {
      if (this.now !== instant) {
        instant = this.now;
        visitsThisInstant = 0;
      }
      // visits to a node are not counted here: they are the entries plus the incoming edges'
      // counts, derived once at the end (counters.ts, flowCounts), one store less per visit
      if (type[n] !== Code.Trigger) this.trace?.arrived(this.now, n);
      if (++visitsThisInstant > Limit.VisitsPerInstant || ++visits > Limit.VisitsPerStay) {
        // stuck here: counted as entered and in progress, so the node's balance still holds
        counters.nodeInProgress[n]!++;
        this.hooks.onLoopGuard?.(compiled.nodeIds[n]!, this.customer);
        this.trace?.loopGuard(this.now, n);
        return false;
      }
      let handle = 0;
      let step = Step.Continue;
      switch (type[n]) {
        case Code.Trigger:
          break;
        case Code.Condition:
          facts[Fact.Now] = this.now;
          handle = testFilter(filters[n]!, this.customer, facts) ? 0 : 1;
          this.trace?.condition(this.now, n, this.customer, facts, handle === 0);
          break;
        case Code.Split: {
          const draw = this.random.uniform();
          const base = n * Grid.MaxHandles;
          while (
            handle < Grid.MaxHandles - 1 &&
            splitCumulative[base + handle + 1]! > 0 &&
            draw >= splitCumulative[base + handle]!
          )
            handle++;
          this.trace?.split(this.now, n, handle);
          break;
        }
        case Code.WaitDuration:
        case Code.WaitUntil: {
          const wake =
            type[n] === Code.WaitDuration
              ? this.now + waitMinutes[n]!
              : nextClockTime(this.calendar, this.now, compiled.clockAt[n]!, compiled.weekdayMask[n]!);
          this.trace?.waitStarted(this.now, n, wake < this.horizon ? wake : null);
          step = this.waitAt(n, wake, false);
          if (step === Step.Continue) this.trace?.waitEnded(this.now, n, 'elapsed');
          break;
        }
        case Code.WaitEvent:
          step = this.waitForEvent(n);
          if (step === Step.Event) step = Step.Continue;
          else if (step === Step.Continue) handle = 1;
          break;
        case Code.Touch:
          step = this.touch(n);
          break;
        case Code.Exit:
          this.trace?.exit(this.now, n);
          return true;
      }
      if (step === Step.Goal) return true;
      if (step === Step.Horizon) return false;
      const slot = n * Grid.MaxHandles + handle;
      nodeOutputs[slot]!++;
      const target = next[slot]!;
      this.trace?.left(this.now, n, handle, edge[slot]!);
      if (target < 0) return true;
      n = target;
    }
  }
}
