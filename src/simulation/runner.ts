import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import { dailyPurchaseProbability, orderValue, responsivenessOf } from './behaviour.ts';
import {
  buildCalendar,
  clockMinutes,
  nextClockTime,
  type Calendar,
  type MINUTES_PER_DAY,
} from './calendar.ts';
import { compileJourney, type CompiledJourney } from './compile.ts';
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
import { createCounters, type Counters } from './counters.ts';
import { createEntryFinder, EVENT_FIRST_PURCHASE, EVENT_PURCHASE, NEVER, type EntryFinder } from './entry.ts';
import { FACT_SLOTS, testFilter } from './filters.ts';
import type { FACT_CLICKED, FACT_ENTRY_TIME, FACT_NOW, FACT_PURCHASED, FACT_TOUCHES } from './filters.ts';
import type { SimulationOptions } from './options.ts';
import { CustomerRandom, hashUniform } from './random.ts';
import type { TraceSink } from './trace-events.ts';
import { TraceWriter } from './trace-writer.ts';
import {
  compileWalkWhereAllowed,
  GENERATED_WALK_MIN_CUSTOMERS,
  type CompiledWalk,
  type WalkSettings,
  type WalkState,
} from './walk-source.ts';
import type {
  PENDING_CONVERSIONS,
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
  onSend?: (nodeId: string, customerIndex: number, minute: number, delivered: boolean) => void;
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
  PendingConversions = 32,
  RateCacheSize = 256,
}
export const MAX_VISITS_PER_INSTANT: number = Limit.VisitsPerInstant;
export const MAX_VISITS_PER_STAY: number = Limit.VisitsPerStay;

/*
 * The numbers the walk compares and indexes with on every visit are file-local const enums, which
 * esbuild (tsx, Vite) writes out as literals. V8 reads an imported or module-level `const` from
 * memory at every use and cannot fold it into a jump table: literals made a run 15-20% faster.
 * `SameAs` ties each literal to the constant it stands for, so the two cannot drift apart.
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
  SameAs<Limit.PendingConversions, typeof PENDING_CONVERSIONS>,
];

/** minute of the day; `%` on doubles compiles to a slow fmod call, this to two instructions */
const clockOf = (minute: number): number =>
  minute - Math.floor(minute / Grid.MinutesPerDay) * Grid.MinutesPerDay;
/** salt of the holdout draw in hashUniform; the generator's state words use other salts */
const HOLDOUT_SALT = 2;

/**
 * Walks one customer at a time through a compiled journey, adding to `counters`. All per-customer
 * state lives in fields and preallocated typed arrays (double fields are updated in place by V8,
 * unlike closure variables), so the inner loop allocates nothing. A customer's path depends only on
 * (seed, customer index): `run(i)` on a fresh runner repeats exactly what the bulk run did for i.
 * With a `trace` sink every step is also reported as a TraceEvent; bulk runs pass none.
 */
export class CustomerRunner implements WalkState, WalkSettings {
  readonly compiled: CompiledJourney;
  readonly counters: Counters;
  readonly cohort: CohortColumns;
  private readonly hooks: RunnerHooks;
  private readonly trace: TraceWriter | null;
  readonly calendar: Calendar;
  private readonly findEntry: EntryFinder;
  private readonly seed: number;
  readonly horizon: number;
  readonly quietStart: number;
  readonly quietEnd: number;
  readonly hasQuietHours: boolean;
  readonly capSize: number;
  readonly capWindow: number;
  readonly hasCap: boolean;
  private readonly goalOnPurchase: boolean;
  readonly goalOnClick: boolean;
  readonly attributionMinutes: number;
  private readonly holdoutShare: number;
  private readonly reentryCooldown: number;

  readonly random = new CustomerRandom();
  readonly facts = new Float64Array(FACT_SLOTS);
  /** minutes of the last `capSize` delivered sends (ring), and the touch node of each */
  readonly sendRing: Float64Array;
  readonly sendRingNode: Int32Array;
  readonly pendingTime = new Float64Array(Limit.PendingConversions);
  readonly pendingNode = new Int32Array(Limit.PendingConversions);
  pendingCount = 0;
  ringCount = 0;
  ringHead = 0;
  customer = 0;
  now = 0.5;
  private purchaseRatePerMinute = 0.5;
  /** daily purchase probabilities seen and their rates per minute (a small cache, see `run`) */
  private readonly rateOfDaily = new Float64Array(Limit.RateCacheSize).fill(Number.NaN);
  private readonly rateForDaily = new Float64Array(Limit.RateCacheSize);
  nextOrganic = NEVER;
  private value = 0.5;
  responsiveness = 0.5;
  private treated = false;
  private everEntered = false;
  private converted = false;
  reached = false;
  private inJourney = false;
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
    this.cohort = cohort;
    this.hooks = hooks;
    this.seed = options.seed;
    this.horizon = options.horizonDays * Grid.MinutesPerDay;
    this.compiled = compileJourney(journey, cohort);
    this.calendar = buildCalendar(options.startDate, options.horizonDays);
    this.counters = createCounters(this.compiled.nodeIds.length, options.horizonDays);
    this.findEntry = createEntryFinder(this.compiled, cohort, this.calendar, this.horizon);
    this.trace = trace ? new TraceWriter(journey, cohort, this.compiled, trace) : null;
    this.quietStart = settings.quietHours ? clockMinutes(settings.quietHours.start) : 0;
    this.quietEnd = settings.quietHours ? clockMinutes(settings.quietHours.end) : 0;
    this.hasQuietHours = settings.quietHours !== null && this.quietStart !== this.quietEnd;
    this.capSize = settings.frequencyCap ? Math.max(0, settings.frequencyCap.maxTouches) : 0;
    this.capWindow = settings.frequencyCap ? settings.frequencyCap.windowDays * Grid.MinutesPerDay : 0;
    this.hasCap = settings.frequencyCap !== null;
    const goal = settings.goal;
    this.goalOnPurchase =
      goal !== null && goal.exitOnGoal && (goal.event === 'purchase' || goal.event === 'first_purchase');
    this.goalOnClick = goal !== null && goal.exitOnGoal && goal.event === 'click';
    this.attributionMinutes = (goal ? goal.attributionDays : 7) * Grid.MinutesPerDay;
    this.holdoutShare = settings.holdoutPercent / 100;
    this.reentryCooldown =
      settings.reentry.mode === 'after-exit' ? settings.reentry.cooldownDays * Grid.MinutesPerDay : -1;
    this.sendRing = new Float64Array(Math.max(1, this.capSize));
    this.sendRingNode = new Int32Array(Math.max(1, this.capSize));
    const generate =
      trace === null &&
      !hooks.onLoopGuard &&
      !hooks.onSend &&
      (hooks.walk ?? (cohort.size >= GENERATED_WALK_MIN_CUSTOMERS ? 'generated' : 'interpreted')) ===
        'generated';
    const generated = generate ? compileWalkWhereAllowed({ compiled: this.compiled, settings: this }) : null;
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

  private nextPurchaseTime(): number {
    let earliest = this.nextOrganic;
    const pendingTime = this.pendingTime;
    for (let k = 0; k < this.pendingCount; k++) if (pendingTime[k]! < earliest) earliest = pendingTime[k]!;
    return earliest;
  }

  /** Book the purchase at `now` (organic or the earliest pending touch conversion). */
  private takePurchase(): void {
    const counters = this.counters;
    const now = this.now;
    let touchSlot = -1;
    for (let k = 0; k < this.pendingCount; k++) if (this.pendingTime[k] === now) touchSlot = k;
    let touchNode = -1;
    if (touchSlot >= 0) {
      touchNode = this.pendingNode[touchSlot]!;
      counters.touchConversions[touchNode]!++;
      const last = --this.pendingCount;
      this.pendingTime[touchSlot] = this.pendingTime[last]!;
      this.pendingNode[touchSlot] = this.pendingNode[last]!;
    } else {
      this.nextOrganic = now + this.random.exponential(this.purchaseRatePerMinute);
    }
    this.trace?.purchase(now, this.value, touchNode);
    if (!this.everEntered) return;
    if (this.treated) counters.revenue += this.value;
    if (this.inJourney) this.facts[Fact.Purchased] = 1;
    if (!this.converted) {
      this.converted = true;
      if (this.treated) {
        counters.treatedConverted++;
        counters.dayConversions[Math.floor(now / Grid.MinutesPerDay)]!++;
      } else counters.holdoutConverted++;
    }
  }

  /** Purchases strictly before `until` (and the horizon) while outside the journey. */
  private purchasesOutside(until: number): void {
    const limit = Math.min(until, this.horizon);
    for (let at = this.nextPurchaseTime(); at < limit; at = this.nextPurchaseTime()) {
      this.now = at;
      this.takePurchase();
    }
  }

  /**
   * Wait at node n until `wake`; purchases on the way may end the wait. The usual case (no purchase
   * before `wake`, inside the horizon) is kept this small so that it is inlined at each call site;
   * a call would also box `wake` into a new heap number.
   */
  private waitAt(n: number, wake: number, listenPurchase: boolean): number {
    if (wake < this.horizon && this.nextPurchaseTime() >= wake) {
      this.now = wake;
      return Step.Continue;
    }
    return this.waitThroughPurchases(n, wake, listenPurchase);
  }

  waitThroughPurchases(n: number, wake: number, listenPurchase: boolean): number {
    for (;;) {
      const at = this.nextPurchaseTime();
      if (at >= wake || at >= this.horizon) break;
      this.now = at;
      this.takePurchase();
      if (this.goalOnPurchase) {
        this.counters.nodeGoalExits[n]!++;
        this.trace?.goalExit(this.now, n);
        return Step.Goal;
      }
      if (listenPurchase) return Step.Event;
    }
    if (wake >= this.horizon) {
      this.counters.nodeInProgress[n]!++;
      this.trace?.horizon(this.horizon, n);
      return Step.Horizon;
    }
    this.now = wake;
    return Step.Continue;
  }

  private inQuietHours(minute: number): boolean {
    const clock = clockOf(minute);
    return this.quietStart < this.quietEnd
      ? clock >= this.quietStart && clock < this.quietEnd
      : clock >= this.quietStart || clock < this.quietEnd;
  }

  private capAllows(): boolean {
    if (!this.hasCap) return true;
    if (this.capSize === 0) return false;
    return this.ringCount < this.capSize || this.sendRing[this.ringHead]! <= this.now - this.capWindow;
  }

  /** Send touch n at `now`: returns Step.Goal when a click reaches a click goal. */
  private send(n: number): number {
    const counters = this.counters;
    const compiled = this.compiled;
    const now = this.now;
    counters.attempted[n]!++;
    if (!this.capAllows()) {
      counters.suppressedFrequencyCap[n]!++;
      this.trace?.capped(now, n, this.sendRing, this.sendRingNode, this.ringHead, this.ringCount);
      return Step.Continue;
    }
    const day = Math.floor(now / Grid.MinutesPerDay);
    const delivered = this.random.uniform() < compiled.delivery[n]!;
    counters.dayCost[day]! += compiled.cost[n]!;
    this.hooks.onSend?.(compiled.nodeIds[n]!, this.customer, now, delivered);
    this.trace?.sent(now, n, delivered);
    if (!delivered) {
      counters.failed[n]!++;
      return Step.Continue;
    }
    counters.delivered[n]!++;
    counters.dayDelivered[day]!++;
    this.facts[Fact.Touches]!++;
    if (!this.reached) {
      this.reached = true;
      counters.reach++;
    }
    if (this.capSize > 0) {
      this.sendRing[this.ringHead] = now;
      this.sendRingNode[this.ringHead] = n;
      if (++this.ringHead === this.capSize) this.ringHead = 0;
      if (this.ringCount < this.capSize) this.ringCount++;
    }
    const clicked = this.random.uniform() < compiled.click[n]! * this.responsiveness;
    this.facts[Fact.Clicked] = clicked ? 1 : 0;
    if (clicked) {
      counters.clicks[n]!++;
      this.trace?.clicked(now, n);
    }
    if (
      this.random.uniform() < compiled.conversion[n]! * this.responsiveness &&
      this.pendingCount < Limit.PendingConversions
    ) {
      this.pendingTime[this.pendingCount] = now + this.random.uniform() * this.attributionMinutes;
      this.pendingNode[this.pendingCount] = n;
      this.pendingCount++;
    }
    if (clicked && this.goalOnClick) {
      counters.nodeGoalExits[n]!++;
      this.trace?.goalExit(now, n);
      return Step.Goal;
    }
    return Step.Continue;
  }

  /** Touch n: consent, then quiet hours (the customer waits at the touch), then the send. */
  private touch(n: number): number {
    const compiled = this.compiled;
    if (!((this.cohort.consent[this.customer]! >> compiled.channel[n]!) & 1)) {
      this.counters.attempted[n]!++;
      this.counters.suppressedConsent[n]!++;
      this.trace?.noConsent(this.now, n);
      return Step.Continue;
    }
    if (this.hasQuietHours && this.inQuietHours(this.now)) {
      this.counters.deferredQuietHours[n]!++;
      const clock = clockOf(this.now);
      const end = this.now - clock + this.quietEnd + (clock < this.quietEnd ? 0 : Grid.MinutesPerDay);
      this.trace?.deferred(this.now, n, end);
      const step = this.waitAt(n, end, false);
      if (step !== Step.Continue) return step;
    }
    return this.send(n);
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
