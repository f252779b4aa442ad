import type { MINUTES_PER_DAY } from './calendar.ts';
import type { Counters } from './counters.ts';
import { NEVER } from './entry.ts';
import { FACT_SLOTS, type FACT_PURCHASED } from './filters.ts';
import { CustomerRandom } from './random.ts';
import type { TraceWriter } from './trace-writer.ts';
import type {
  PENDING_CONVERSIONS,
  STEP_CONTINUE,
  STEP_EVENT,
  STEP_GOAL,
  STEP_HORIZON,
} from './walk-source.ts';

/* File-local const enums, written out as literals by esbuild (runner.ts says why); SameAs ties each
 * to the constant it stands for. */
const enum Step {
  Continue = 0,
  Goal = 1,
  Horizon = 2,
  Event = 3,
}
const enum Fact {
  Purchased = 0,
}
const enum Grid {
  MinutesPerDay = 1440,
}
const enum Limit {
  PendingConversions = 32,
}
type SameAs<Literal extends Constant, Constant> = Literal;
export type PurchaseClockLiteralsChecked = [
  SameAs<Step.Continue, typeof STEP_CONTINUE>,
  SameAs<Step.Goal, typeof STEP_GOAL>,
  SameAs<Step.Horizon, typeof STEP_HORIZON>,
  SameAs<Step.Event, typeof STEP_EVENT>,
  SameAs<Fact.Purchased, typeof FACT_PURCHASED>,
  SameAs<Grid.MinutesPerDay, typeof MINUTES_PER_DAY>,
  SameAs<Limit.PendingConversions, typeof PENDING_CONVERSIONS>,
];

/** what a runner fixes for the whole run before any customer's clock starts */
export interface PurchaseClockSetup {
  counters: Counters;
  /** the horizon in minutes */
  horizon: number;
  /** a purchase while in the journey exits it (goal `purchase` or `first_purchase` with exitOnGoal) */
  goalOnPurchase: boolean;
  trace: TraceWriter | null;
}

/**
 * One customer's clock and purchases: the organic purchase process, the purchases that delivered
 * touches will bring (pending, at most PENDING_CONVERSIONS at a time), their booking as conversions
 * and revenue, and waits that a purchase may end. The runner (runner.ts) builds on it; all state is
 * in fields and preallocated typed arrays, reset per customer by the runner, so nothing allocates.
 */
export class PurchaseClock {
  readonly counters: Counters;
  readonly horizon: number;
  protected readonly goalOnPurchase: boolean;
  protected readonly trace: TraceWriter | null;

  readonly random = new CustomerRandom();
  readonly facts = new Float64Array(FACT_SLOTS);
  readonly pendingTime = new Float64Array(Limit.PendingConversions);
  readonly pendingNode = new Int32Array(Limit.PendingConversions);
  pendingCount = 0;
  now = 0.5;
  nextOrganic = NEVER;
  protected purchaseRatePerMinute = 0.5;
  protected value = 0.5;
  protected treated = false;
  protected everEntered = false;
  protected converted = false;
  protected inJourney = false;

  constructor(setup: PurchaseClockSetup) {
    this.counters = setup.counters;
    this.horizon = setup.horizon;
    this.goalOnPurchase = setup.goalOnPurchase;
    this.trace = setup.trace;
  }

  protected nextPurchaseTime(): number {
    let earliest = this.nextOrganic;
    const pendingTime = this.pendingTime;
    for (let k = 0; k < this.pendingCount; k++) if (pendingTime[k]! < earliest) earliest = pendingTime[k]!;
    return earliest;
  }

  /** Book the purchase at `now` (organic or the earliest pending touch conversion). */
  protected takePurchase(): void {
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
  protected purchasesOutside(until: number): void {
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
  protected waitAt(n: number, wake: number, listenPurchase: boolean): number {
    if (wake < this.horizon && this.nextPurchaseTime() >= wake) {
      this.now = wake;
      return Step.Continue;
    }
    return this.waitThroughPurchases(n, wake, listenPurchase);
  }

  /** the rare ends of a wait: a purchase first (goal exit, or the awaited event), or the horizon */
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
}
