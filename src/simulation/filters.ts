import type { CohortColumns } from '../cohort/columns.ts';
import { NO_DAY, NO_INDEX } from '../cohort/columns.ts';
import { lifecycleStages, tiers } from '../cohort/fields.ts';
import type { Filter, FilterRule } from '../journey/filter.ts';
import { channels } from '../journey/primitives.ts';

/** Journey facts live in a per-customer Float64Array at these slots (booleans as 0/1). */
export const FACT_PURCHASED = 0;
export const FACT_CLICKED = 1;
export const FACT_TOUCHES = 2;
export const FACT_ENTRY_TIME = 3;
/** the current simulated minute, so daysSinceEntry can be derived without a per-step write */
export const FACT_NOW = 4;
export const FACT_SLOTS = 5;

export type Predicate = (customer: number, facts: Float64Array) => boolean;

const consentField: Record<string, number> = {
  consentSms: channels.indexOf('sms'),
  consentEmail: channels.indexOf('email'),
  consentPush: channels.indexOf('push'),
  consentWechat: channels.indexOf('wechat'),
  consentWecom: channels.indexOf('wecom'),
  consentAiCall: channels.indexOf('ai_call'),
};

type NumberOf = (customer: number, facts: Float64Array) => number;

function asList(value: FilterRule['value']): (string | number | boolean)[] {
  return Array.isArray(value) ? value : [value];
}

/** Compare a numeric reading with the rule's value(s); a missing value (NaN) passes only negative ops. */
function numericRule(read: NumberOf, op: FilterRule['op'], values: number[]): Predicate {
  const first = values[0] ?? Number.NaN;
  const set = new Set(values);
  switch (op) {
    case 'eq':
    case 'has':
      return (c, f) => read(c, f) === first;
    case 'neq':
    case 'notHas':
      return (c, f) => read(c, f) !== first;
    case 'gt':
      return (c, f) => read(c, f) > first;
    case 'gte':
      return (c, f) => read(c, f) >= first;
    case 'lt':
      return (c, f) => read(c, f) < first;
    case 'lte':
      return (c, f) => read(c, f) <= first;
    case 'in':
      return (c, f) => set.has(read(c, f));
    case 'notIn':
      return (c, f) => !set.has(read(c, f));
  }
}

function indexOfName(names: readonly string[], value: string | number | boolean): number {
  const index = names.indexOf(String(value));
  return index < 0 ? -1 : index;
}

function monthDayNumber(value: string | number | boolean): number {
  const match = /^(\d{2})-(\d{2})$/.exec(String(value));
  return match ? Number(match[1]) * 100 + Number(match[2]) : Number.NaN;
}

function dayNumber(value: string | number | boolean): number {
  const time = Date.parse(`${String(value)}T00:00:00Z`);
  return Number.isNaN(time) ? Number.NaN : time / 86_400_000;
}

function compileRule(rule: FilterRule, cohort: CohortColumns): Predicate {
  const values = asList(rule.value);
  const field = rule.field;
  const consentBit = consentField[field];
  if (consentBit !== undefined) {
    const bit = 1 << consentBit;
    return numericRule(
      (c) => (cohort.consent[c]! & bit ? 1 : 0),
      rule.op,
      values.map((v) => (v === true || v === 'true' ? 1 : 0)),
    );
  }
  switch (field) {
    case 'purchasedSinceEntry':
    case 'clickedLastTouch': {
      const slot = field === 'purchasedSinceEntry' ? FACT_PURCHASED : FACT_CLICKED;
      return numericRule(
        (_c, f) => f[slot]!,
        rule.op,
        values.map((v) => (v === true || v === 'true' ? 1 : 0)),
      );
    }
    case 'touchesReceived':
      return numericRule((_c, f) => f[FACT_TOUCHES]!, rule.op, values.map(Number));
    case 'daysSinceEntry':
      return numericRule((_c, f) => (f[FACT_NOW]! - f[FACT_ENTRY_TIME]!) / 1440, rule.op, values.map(Number));
    case 'lifecycleStage':
    case 'tier': {
      const column = cohort[field];
      const names = field === 'tier' ? tiers : lifecycleStages;
      const read: NumberOf = (c) => (column[c] === NO_INDEX ? Number.NaN : column[c]!);
      return numericRule(
        read,
        rule.op,
        values.map((v) => indexOfName(names, v)),
      );
    }
    case 'city': {
      const read: NumberOf = (c) => (cohort.city[c] === NO_INDEX ? Number.NaN : cohort.city[c]!);
      return numericRule(
        read,
        rule.op,
        values.map((v) => indexOfName(cohort.cityNames, v)),
      );
    }
    case 'id': {
      const wanted = new Set(values.map(String));
      const positive = rule.op === 'eq' || rule.op === 'in';
      return (c) => wanted.has(cohort.ids[c]!) === positive;
    }
    case 'tags': {
      const wanted = values.map((v) => indexOfName(cohort.tagNames, v));
      const hasAny = (c: number): boolean => {
        for (let k = cohort.tagOffsets[c]!; k < cohort.tagOffsets[c + 1]!; k++) {
          if (wanted.includes(cohort.tagIds[k]!)) return true;
        }
        return false;
      };
      const negative = rule.op === 'notHas' || rule.op === 'notIn' || rule.op === 'neq';
      return negative ? (c) => !hasAny(c) : hasAny;
    }
    case 'birthday':
      return numericRule(
        (c) => (cohort.birthday[c]! < 0 ? Number.NaN : cohort.birthday[c]!),
        rule.op,
        values.map(monthDayNumber),
      );
    case 'signupDate':
      return numericRule(
        (c) => (cohort.signupDay[c] === NO_DAY ? Number.NaN : cohort.signupDay[c]!),
        rule.op,
        values.map(dayNumber),
      );
    case 'recencyDays':
    case 'frequency':
    case 'monetary':
    case 'points':
    case 'churnRisk':
    case 'dailyPurchaseProbability':
    case 'responsiveness': {
      const column = cohort[field];
      return numericRule((c) => column[c]!, rule.op, values.map(Number));
    }
    default:
      throw new Error(`The simulator cannot read the filter field "${field}".`);
  }
}

/** Compile a filter once per run into one closure; an empty filter matches everyone. */
export function compileFilter(filter: Filter | undefined, cohort: CohortColumns): Predicate {
  if (!filter || filter.rules.length === 0) return () => true;
  const rules = filter.rules.map((rule) => compileRule(rule, cohort));
  if (filter.match === 'all') {
    return (c, f) => {
      for (const rule of rules) if (!rule(c, f)) return false;
      return true;
    };
  }
  return (c, f) => {
    for (const rule of rules) if (rule(c, f)) return true;
    return false;
  };
}
