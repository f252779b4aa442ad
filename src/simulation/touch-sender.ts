import type { CohortColumns } from '../cohort/columns.ts';
import type { JourneySettings } from '../journey/schema.ts';
import { clockMinutes, type MINUTES_PER_DAY } from './calendar.ts';
import type { CompiledJourney } from './compile.ts';
import type { FACT_CLICKED, FACT_TOUCHES } from './filters.ts';
import { PurchaseClock, type PurchaseClockSetup } from './purchase-clock.ts';
import type { PENDING_CONVERSIONS, STEP_CONTINUE, STEP_GOAL, WalkSettings } from './walk-source.ts';

/* File-local const enums, written out as literals by esbuild (runner.ts says why). */
const enum Step {
  Continue = 0,
  Goal = 1,
}
const enum Fact {
  Clicked = 1,
  Touches = 2,
}
const enum Grid {
  MinutesPerDay = 1440,
}
const enum Limit {
  PendingConversions = 32,
}
type SameAs<Literal extends Constant, Constant> = Literal;
export type TouchSenderLiteralsChecked = [
  SameAs<Step.Continue, typeof STEP_CONTINUE>,
  SameAs<Step.Goal, typeof STEP_GOAL>,
  SameAs<Fact.Clicked, typeof FACT_CLICKED>,
  SameAs<Fact.Touches, typeof FACT_TOUCHES>,
  SameAs<Grid.MinutesPerDay, typeof MINUTES_PER_DAY>,
  SameAs<Limit.PendingConversions, typeof PENDING_CONVERSIONS>,
];

/** minute of the day; `%` on doubles compiles to a slow fmod call, this to two instructions */
const clockOf = (minute: number): number =>
  minute - Math.floor(minute / Grid.MinutesPerDay) * Grid.MinutesPerDay;

export interface TouchSenderSetup extends PurchaseClockSetup {
  settings: JourneySettings;
  cohort: CohortColumns;
  compiled: CompiledJourney;
  /** test observation: every touch send, with its minute (after any quiet-hours deferral) */
  onSend: ((nodeId: string, customerIndex: number, minute: number, delivered: boolean) => void) | undefined;
}

/**
 * Touches for one customer at a time: consent for the channel, quiet hours in the journey's clock
 * (the customer waits at the touch), the rolling frequency cap over the last `maxTouches` delivered
 * sends (a ring of their minutes), delivery, the click and the purchase a delivered send may bring.
 */
export class TouchSender extends PurchaseClock implements WalkSettings {
  readonly cohort: CohortColumns;
  readonly compiled: CompiledJourney;
  private readonly onSend: TouchSenderSetup['onSend'];
  readonly quietStart: number;
  readonly quietEnd: number;
  readonly hasQuietHours: boolean;
  readonly capSize: number;
  readonly capWindow: number;
  readonly hasCap: boolean;
  readonly goalOnClick: boolean;
  readonly attributionMinutes: number;

  /** minutes of the last `capSize` delivered sends (ring), and the touch node of each */
  readonly sendRing: Float64Array;
  readonly sendRingNode: Int32Array;
  ringCount = 0;
  ringHead = 0;
  customer = 0;
  responsiveness = 0.5;
  reached = false;

  constructor(setup: TouchSenderSetup) {
    super(setup);
    const { settings } = setup;
    this.cohort = setup.cohort;
    this.compiled = setup.compiled;
    this.onSend = setup.onSend;
    this.quietStart = settings.quietHours ? clockMinutes(settings.quietHours.start) : 0;
    this.quietEnd = settings.quietHours ? clockMinutes(settings.quietHours.end) : 0;
    this.hasQuietHours = settings.quietHours !== null && this.quietStart !== this.quietEnd;
    this.capSize = settings.frequencyCap ? Math.max(0, settings.frequencyCap.maxTouches) : 0;
    this.capWindow = settings.frequencyCap ? settings.frequencyCap.windowDays * Grid.MinutesPerDay : 0;
    this.hasCap = settings.frequencyCap !== null;
    const goal = settings.goal;
    this.goalOnClick = goal !== null && goal.exitOnGoal && goal.event === 'click';
    this.attributionMinutes = (goal ? goal.attributionDays : 7) * Grid.MinutesPerDay;
    this.sendRing = new Float64Array(Math.max(1, this.capSize));
    this.sendRingNode = new Int32Array(Math.max(1, this.capSize));
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
    this.onSend?.(compiled.nodeIds[n]!, this.customer, now, delivered);
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
  protected touch(n: number): number {
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
}
