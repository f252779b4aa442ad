import type { CohortColumns } from '../cohort/columns.ts';
import { NO_DAY } from '../cohort/columns.ts';
import { eventNames } from '../primitives/domain.ts';
import { EVENT_RATE_BY_STAGE, stageOf } from './behaviour.ts';
import { MINUTES_PER_DAY, type Calendar } from './calendar.ts';
import { TRIGGER_BIRTHDAY, TRIGGER_EVENT, TRIGGER_SEGMENT, type CompiledJourney } from './compile.ts';
import { FACT_SLOTS, testFilter } from './filters.ts';
import type { CustomerRandom } from './random.ts';

export const NEVER = Number.POSITIVE_INFINITY;
export const EVENT_PURCHASE = eventNames.indexOf('purchase');
export const EVENT_FIRST_PURCHASE = eventNames.indexOf('first_purchase');

/** month*100+day of a day number since 1970-01-01, by civil arithmetic (no Date in the loop). */
export function monthDayOfEpochDay(epochDay: number): number {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return month * 100 + day;
}

/** Events per minute for a customer's stage (docs/simulation.md, "Events"). */
function eventRatePerMinute(cohort: CohortColumns, customer: number, event: number): number {
  const perDay = EVENT_RATE_BY_STAGE[eventNames[event]!][stageOf(cohort, customer)]!;
  return perDay / MINUTES_PER_DAY;
}

export interface EntryFinder {
  /** earliest entry at or after `from` (and after `previousExit`), or NEVER; sets `node` */
  next(
    customer: number,
    from: number,
    previousExit: number,
    nextPurchase: number,
    random: CustomerRandom,
  ): number;
  /** node of the trigger the last `next` call found */
  node: number;
  /** minutes until the next `event` for this customer (exponential), NEVER when the rate is 0 */
  eventDelay(customer: number, event: number, random: CustomerRandom): number;
}

export function createEntryFinder(
  compiled: CompiledJourney,
  cohort: CohortColumns,
  calendar: Calendar,
  horizon: number,
): EntryFinder {
  const noFacts = new Float64Array(FACT_SLOTS);
  // For each date trigger: the simulated day whose shifted calendar date has a given month*100+day.
  const dayOfMonthDay = compiled.triggers.map((trigger) => {
    const table = new Int16Array(1300).fill(-1);
    for (let d = 0; d < calendar.days; d++)
      table[monthDayOfEpochDay(calendar.startEpochDay + d - trigger.offsetDays)] = d;
    return table;
  });
  const eventDelay = (customer: number, event: number, random: CustomerRandom): number => {
    return random.exponential(eventRatePerMinute(cohort, customer, event));
  };
  const finder: EntryFinder = {
    node: -1,
    eventDelay,
    next(customer, from, previousExit, nextPurchase, random) {
      let best = NEVER;
      for (let k = 0; k < compiled.triggers.length; k++) {
        const trigger = compiled.triggers[k]!;
        let at = NEVER;
        if (trigger.kind === TRIGGER_SEGMENT) {
          // segments are refreshed at 00:00: first at the start, on re-entry at the next midnight
          at = Math.ceil(from / MINUTES_PER_DAY) * MINUTES_PER_DAY;
          if (at <= previousExit) at += MINUTES_PER_DAY;
        } else if (trigger.kind === TRIGGER_EVENT) {
          if (trigger.event === EVENT_PURCHASE || trigger.event === EVENT_FIRST_PURCHASE) {
            at = nextPurchase >= from && nextPurchase > previousExit ? nextPurchase : NEVER;
            if (trigger.event === EVENT_FIRST_PURCHASE && cohort.frequency[customer]! > 0) at = NEVER;
          } else {
            at = Math.max(from, previousExit) + eventDelay(customer, trigger.event, random);
          }
        } else {
          let monthDay = -1;
          let signup = NO_DAY;
          if (trigger.kind === TRIGGER_BIRTHDAY) monthDay = cohort.birthday[customer]!;
          else {
            signup = cohort.signupDay[customer]!;
            if (signup !== NO_DAY) monthDay = monthDayOfEpochDay(signup);
          }
          const day = monthDay > 0 ? dayOfMonthDay[k]![monthDay]! : -1;
          const isAnniversary = trigger.kind !== TRIGGER_BIRTHDAY;
          if (day >= 0 && (!isAnniversary || calendar.startEpochDay + day - trigger.offsetDays > signup)) {
            at = day * MINUTES_PER_DAY + trigger.atMinute;
            if (at < from || at <= previousExit) at = NEVER;
          }
        }
        if (at < best && at < horizon && testFilter(trigger.filter, customer, noFacts)) {
          best = at;
          finder.node = trigger.node;
        }
      }
      return best;
    },
  };
  return finder;
}
