import type { CohortColumns } from '../cohort/columns.ts';
import type { Journey } from '../journey/schema.ts';
import { dailyPurchaseProbability, orderValue, responsivenessOf } from './behaviour.ts';
import { buildCalendar, clockMinutes, MINUTES_PER_DAY, nextClockTime } from './calendar.ts';
import {
  compileJourney,
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
import { buildResult, createCounters } from './counters.ts';
import { createEntryFinder, EVENT_FIRST_PURCHASE, EVENT_PURCHASE, NEVER } from './entry.ts';
import {
  FACT_CLICKED,
  FACT_ENTRY_TIME,
  FACT_NOW,
  FACT_PURCHASED,
  FACT_SLOTS,
  FACT_TOUCHES,
} from './filters.ts';
import { parseSimulationOptions, type SimulationOptionsInput } from './options.ts';
import { customerGenerator, hashUniform, uniform } from './random.ts';
import type { SimulationResult } from './result.ts';

export interface SimulationHooks {
  /** called every `progressEvery` customers and at the end */
  onProgress?: (done: number, total: number) => void;
  /** checked every chunk; returning true stops the run with a SimulationCancelled error */
  shouldCancel?: () => boolean;
  progressEvery?: number;
  /** a customer stopped by the loop guard (more than MAX_VISITS_PER_INSTANT nodes in one instant) */
  onLoopGuard?: (nodeId: string, customerIndex: number) => void;
  /** test observation: every touch send, with its minute (after any quiet-hours deferral) */
  onSend?: (nodeId: string, customerIndex: number, minute: number, delivered: boolean) => void;
}

export class SimulationCancelled extends Error {
  constructor() {
    super('The simulation was cancelled.');
  }
}

export const MAX_VISITS_PER_INSTANT = 1000;
const MAX_PENDING_CONVERSIONS = 32;
const STEP_CONTINUE = 0;
const STEP_GOAL = 1;
const STEP_HORIZON = 2;
const STEP_EVENT = 3;

/** Simulate a journey against a cohort (CONTRACT §3; model in docs/simulation.md). */
export function simulate(
  journey: Journey,
  cohort: CohortColumns,
  optionsInput: SimulationOptionsInput,
  hooks: SimulationHooks = {},
): SimulationResult {
  const options = parseSimulationOptions(optionsInput);
  const { seed, horizonDays, startDate } = options;
  const horizon = horizonDays * MINUTES_PER_DAY;
  const compiled = compileJourney(journey, cohort);
  const settings = journey.settings;
  const calendar = buildCalendar(startDate, horizonDays);
  const counters = createCounters(compiled.nodeIds.length, compiled.edgeIds.length, horizonDays);
  const findEntry = createEntryFinder(compiled, cohort, calendar, horizon);
  const { type, next, edge } = compiled;

  const quietStart = settings.quietHours ? clockMinutes(settings.quietHours.start) : 0;
  const quietEnd = settings.quietHours ? clockMinutes(settings.quietHours.end) : 0;
  const hasQuietHours = settings.quietHours !== null && quietStart !== quietEnd;
  const capSize = settings.frequencyCap ? Math.max(0, settings.frequencyCap.maxTouches) : 0;
  const capWindow = settings.frequencyCap ? settings.frequencyCap.windowDays * MINUTES_PER_DAY : 0;
  const hasCap = settings.frequencyCap !== null;
  const goal = settings.goal;
  const goalOnPurchase =
    goal !== null && goal.exitOnGoal && (goal.event === 'purchase' || goal.event === 'first_purchase');
  const goalOnClick = goal !== null && goal.exitOnGoal && goal.event === 'click';
  const attributionMinutes = (goal ? goal.attributionDays : 7) * MINUTES_PER_DAY;
  const holdoutShare = settings.holdoutPercent / 100;
  const reentryCooldown =
    settings.reentry.mode === 'after-exit' ? settings.reentry.cooldownDays * MINUTES_PER_DAY : -1;

  // Per-customer state, preallocated once and reset per customer.
  const facts = new Float64Array(FACT_SLOTS);
  const sendRing = new Float64Array(Math.max(1, capSize));
  const pendingTime = new Float64Array(MAX_PENDING_CONVERSIONS);
  const pendingNode = new Int32Array(MAX_PENDING_CONVERSIONS);
  let pendingCount = 0;
  let ringCount = 0;
  let ringHead = 0;
  let customer = 0;
  let generator = customerGenerator(seed, 0);
  let now = 0;
  let purchaseRatePerMinute = 0;
  let nextOrganic = NEVER;
  let value = 0;
  let responsiveness = 1;
  let treated = false;
  let everEntered = false;
  let converted = false;
  let reached = false;
  let inJourney = false;

  const exponentialMinutes = (ratePerMinute: number): number =>
    ratePerMinute > 0 ? -Math.log(uniform(generator)) / ratePerMinute : NEVER;

  const nextPurchaseTime = (): number => {
    let earliest = nextOrganic;
    for (let k = 0; k < pendingCount; k++) if (pendingTime[k]! < earliest) earliest = pendingTime[k]!;
    return earliest;
  };

  /** Book the purchase at `now` (organic or the earliest pending touch conversion). */
  const takePurchase = (): void => {
    let touchSlot = -1;
    for (let k = 0; k < pendingCount; k++) if (pendingTime[k] === now) touchSlot = k;
    if (touchSlot >= 0) {
      const node = pendingNode[touchSlot]!;
      counters.touchConversions[node]!++;
      pendingCount--;
      pendingTime[touchSlot] = pendingTime[pendingCount]!;
      pendingNode[touchSlot] = pendingNode[pendingCount]!;
    } else {
      nextOrganic = now + exponentialMinutes(purchaseRatePerMinute);
    }
    if (!everEntered) return;
    if (treated) counters.revenue += value;
    if (inJourney) facts[FACT_PURCHASED] = 1;
    if (!converted) {
      converted = true;
      if (treated) {
        counters.treatedConverted++;
        counters.dayConversions[Math.floor(now / MINUTES_PER_DAY)]!++;
      } else counters.holdoutConverted++;
    }
  };

  /** Purchases strictly before `until` (and the horizon) while outside the journey. */
  const purchasesOutside = (until: number): void => {
    const limit = Math.min(until, horizon);
    for (let at = nextPurchaseTime(); at < limit; at = nextPurchaseTime()) {
      now = at;
      takePurchase();
    }
  };

  /** Wait at node n until `wake`; purchases on the way may end the wait. */
  const waitAt = (n: number, wake: number, listenPurchase: boolean): number => {
    for (;;) {
      const at = nextPurchaseTime();
      if (at >= wake || at >= horizon) break;
      now = at;
      takePurchase();
      if (goalOnPurchase) {
        counters.nodeGoalExits[n]!++;
        return STEP_GOAL;
      }
      if (listenPurchase) return STEP_EVENT;
    }
    if (wake >= horizon) {
      counters.nodeInProgress[n]!++;
      return STEP_HORIZON;
    }
    now = wake;
    return STEP_CONTINUE;
  };

  const inQuietHours = (minute: number): boolean => {
    const clock = minute % MINUTES_PER_DAY;
    return quietStart < quietEnd
      ? clock >= quietStart && clock < quietEnd
      : clock >= quietStart || clock < quietEnd;
  };

  const capAllows = (): boolean => {
    if (!hasCap) return true;
    if (capSize === 0) return false;
    return ringCount < capSize || sendRing[ringHead]! <= now - capWindow;
  };

  /** Send touch n at `now`: returns STEP_GOAL when a click reaches a click goal. */
  const send = (n: number): number => {
    counters.attempted[n]!++;
    if (!capAllows()) {
      counters.suppressedFrequencyCap[n]!++;
      return STEP_CONTINUE;
    }
    const day = Math.floor(now / MINUTES_PER_DAY);
    const delivered = uniform(generator) < compiled.delivery[n]!;
    counters.dayCost[day]! += compiled.cost[n]!;
    hooks.onSend?.(compiled.nodeIds[n]!, customer, now, delivered);
    if (!delivered) {
      counters.failed[n]!++;
      return STEP_CONTINUE;
    }
    counters.delivered[n]!++;
    counters.dayDelivered[day]!++;
    facts[FACT_TOUCHES]!++;
    if (!reached) {
      reached = true;
      counters.reach++;
    }
    if (capSize > 0) {
      sendRing[ringHead] = now;
      ringHead = (ringHead + 1) % capSize;
      if (ringCount < capSize) ringCount++;
    }
    const clicked = uniform(generator) < compiled.click[n]! * responsiveness;
    facts[FACT_CLICKED] = clicked ? 1 : 0;
    if (clicked) counters.clicks[n]!++;
    if (
      uniform(generator) < compiled.conversion[n]! * responsiveness &&
      pendingCount < MAX_PENDING_CONVERSIONS
    ) {
      pendingTime[pendingCount] = now + uniform(generator) * attributionMinutes;
      pendingNode[pendingCount] = n;
      pendingCount++;
    }
    if (clicked && goalOnClick) {
      counters.nodeGoalExits[n]!++;
      return STEP_GOAL;
    }
    return STEP_CONTINUE;
  };

  /** Walk from trigger node `start` at `now`; false when the customer is still in the journey at the horizon. */
  const walk = (start: number): boolean => {
    let n = start;
    let visitsThisInstant = 0;
    let instant = now;
    for (;;) {
      if (now !== instant) {
        instant = now;
        visitsThisInstant = 0;
      }
      if (++visitsThisInstant > MAX_VISITS_PER_INSTANT) {
        counters.nodeInProgress[n]!++;
        hooks.onLoopGuard?.(compiled.nodeIds[n]!, customer);
        return false;
      }
      counters.nodeEntered[n]!++;
      let handle = 0;
      let step = STEP_CONTINUE;
      switch (type[n]) {
        case NODE_TRIGGER:
          break;
        case NODE_CONDITION:
          facts[FACT_NOW] = now;
          handle = compiled.filters[n]!(customer, facts) ? 0 : 1;
          break;
        case NODE_SPLIT: {
          const draw = uniform(generator);
          const base = n * MAX_HANDLES;
          while (
            handle < MAX_HANDLES - 1 &&
            compiled.splitCumulative[base + handle + 1]! > 0 &&
            draw >= compiled.splitCumulative[base + handle]!
          )
            handle++;
          break;
        }
        case NODE_WAIT_DURATION:
          step = waitAt(n, now + compiled.waitMinutes[n]!, false);
          break;
        case NODE_WAIT_UNTIL:
          step = waitAt(
            n,
            nextClockTime(calendar, now, compiled.clockAt[n]!, compiled.weekdayMask[n]!),
            false,
          );
          break;
        case NODE_WAIT_EVENT: {
          const timeout = now + compiled.waitMinutes[n]!;
          const listenPurchase =
            compiled.event[n] === EVENT_PURCHASE || compiled.event[n] === EVENT_FIRST_PURCHASE;
          const eventAt = listenPurchase
            ? NEVER
            : now + findEntry.eventDelay(customer, compiled.event[n]!, generator);
          step = waitAt(n, Math.min(eventAt, timeout), listenPurchase);
          if (step === STEP_EVENT || (step === STEP_CONTINUE && eventAt <= timeout)) {
            step = STEP_CONTINUE;
          } else if (step === STEP_CONTINUE) {
            handle = 1;
          }
          break;
        }
        case NODE_TOUCH: {
          if (!((cohortConsent[customer]! >> compiled.channel[n]!) & 1)) {
            counters.attempted[n]!++;
            counters.suppressedConsent[n]!++;
            break;
          }
          if (hasQuietHours && inQuietHours(now)) {
            counters.deferredQuietHours[n]!++;
            const clock = now % MINUTES_PER_DAY;
            const end = now - clock + quietEnd + (clock < quietEnd ? 0 : MINUTES_PER_DAY);
            step = waitAt(n, end, false);
            if (step !== STEP_CONTINUE) break;
          }
          step = send(n);
          break;
        }
        case NODE_EXIT:
          return true;
      }
      if (step === STEP_GOAL) return true;
      if (step === STEP_HORIZON) return false;
      const slot = n * MAX_HANDLES + handle;
      counters.nodeOutputs[slot]!++;
      const target = next[slot]!;
      if (target < 0) return true;
      counters.edges[edge[slot]!]!++;
      n = target;
    }
  };
  const cohortConsent = cohort.consent;

  const total = cohort.size;
  const progressEvery = Math.max(1, hooks.progressEvery ?? 50_000);
  for (customer = 0; customer < total; customer++) {
    if (customer % progressEvery === 0 && customer > 0) {
      if (hooks.shouldCancel?.()) throw new SimulationCancelled();
      hooks.onProgress?.(customer, total);
    }
    generator = customerGenerator(seed, customer);
    const daily = Math.min(dailyPurchaseProbability(cohort, customer), 0.999999);
    purchaseRatePerMinute = -Math.log(1 - daily) / MINUTES_PER_DAY;
    value = orderValue(cohort, customer);
    responsiveness = responsivenessOf(cohort, customer);
    treated = hashUniform(seed, customer, 2) >= holdoutShare;
    everEntered = converted = reached = inJourney = false;
    pendingCount = ringCount = ringHead = 0;
    now = 0;
    nextOrganic = exponentialMinutes(purchaseRatePerMinute);
    let from = 0;
    let previousExit = -1;
    for (;;) {
      purchasesOutside(from);
      const entryTime = findEntry.next(customer, from, previousExit, nextOrganic, generator);
      if (entryTime >= horizon) break;
      purchasesOutside(entryTime);
      now = entryTime;
      // a purchase that triggers the entry happens before the customer is in the journey
      if (nextOrganic === entryTime) takePurchase();
      if (!treated) {
        counters.holdout++;
        everEntered = true;
        break;
      }
      if (!everEntered) counters.entered++;
      everEntered = true;
      inJourney = true;
      facts[FACT_PURCHASED] = 0;
      facts[FACT_CLICKED] = 0;
      facts[FACT_TOUCHES] = 0;
      facts[FACT_ENTRY_TIME] = now;
      counters.dayEntered[Math.floor(now / MINUTES_PER_DAY)]!++;
      const left = walk(findEntry.node);
      inJourney = false;
      if (!left || reentryCooldown < 0) break;
      previousExit = now;
      from = now + reentryCooldown;
    }
    purchasesOutside(horizon);
  }
  hooks.onProgress?.(total, total);
  return buildResult(
    { journey, cohortId: cohort.id, cohortSize: cohort.size, seed, horizonDays, startDate },
    compiled,
    counters,
  );
}
