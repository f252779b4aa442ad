import type { CohortColumns } from '../cohort/columns.ts';
import { NO_DAY, NO_INDEX } from '../cohort/columns.ts';
import { lifecycleStages, tiers } from '../cohort/fields.ts';
import type { Filter, FilterRule } from '../journey/filter.ts';
import { channels } from '../primitives/domain.ts';
import { numberLiteral } from './js-source.ts';

/** Journey facts live in a per-customer Float64Array at these slots (booleans as 0/1). */
export const FACT_PURCHASED = 0;
export const FACT_CLICKED = 1;
export const FACT_TOUCHES = 2;
export const FACT_ENTRY_TIME = 3;
/** the current simulated minute, so daysSinceEntry can be derived without a per-step write */
export const FACT_NOW = 4;
export const FACT_SLOTS = 5;

/*
 * Const enums, so that esbuild writes the cases of testRule as literals: V8 reads a module-level
 * `const` from memory at every use, and testRule runs on every condition visit.
 */
/** where a rule reads its number */
const enum From {
  Column = 0,
  Fact = 1,
  DaysSinceEntry = 2,
  /** id and tags rules, which are not numbers, test through a closure */
  Closure = 3,
}
const enum Op {
  Eq = 0,
  Neq = 1,
  Gt = 2,
  Gte = 3,
  Lt = 4,
  Lte = 5,
  In = 6,
  NotIn = 7,
}
const opCodes: Record<FilterRule['op'], Op> = {
  eq: Op.Eq,
  has: Op.Eq,
  neq: Op.Neq,
  notHas: Op.Neq,
  gt: Op.Gt,
  gte: Op.Gte,
  lt: Op.Lt,
  lte: Op.Lte,
  in: Op.In,
  notIn: Op.NotIn,
};

/**
 * A rule compiled to plain data, so every rule of every filter runs through the one monomorphic
 * `testRule` (closures per rule made the call sites megamorphic and ~4× slower). Every customer
 * column is read as a Float64Array, NaN where the customer left it empty: a missing value fails
 * every positive comparison and passes `neq`/`notIn`/`notHas`.
 */
interface CompiledRule {
  from: From;
  column: Float64Array;
  slot: number;
  op: Op;
  first: number;
  values: Float64Array;
  test: ((customer: number) => boolean) | null;
}

export interface CompiledFilter {
  /** true: every rule must pass; false: any one */
  all: boolean;
  rules: CompiledRule[];
}

const noColumn = new Float64Array(0);

const consentField: Record<string, number> = {
  consentSms: channels.indexOf('sms'),
  consentEmail: channels.indexOf('email'),
  consentPush: channels.indexOf('push'),
  consentWechat: channels.indexOf('wechat'),
  consentWecom: channels.indexOf('wecom'),
  consentAiCall: channels.indexOf('ai_call'),
};

function asList(value: FilterRule['value']): (string | number | boolean)[] {
  return Array.isArray(value) ? value : [value];
}

const asBoolean = (v: string | number | boolean) => (v === true || v === 'true' ? 1 : 0);

function indexOfName(names: readonly string[], value: string | number | boolean): number {
  return names.indexOf(String(value));
}

function monthDayNumber(value: string | number | boolean): number {
  const match = /^(\d{2})-(\d{2})$/.exec(String(value));
  return match ? Number(match[1]) * 100 + Number(match[2]) : Number.NaN;
}

function dayNumber(value: string | number | boolean): number {
  const time = Date.parse(`${String(value)}T00:00:00Z`);
  return Number.isNaN(time) ? Number.NaN : time / 86_400_000;
}

/** Columns converted to Float64Array (NaN = empty), once per run (share one across a run's filters). */
export class ColumnCache {
  private readonly columns = new Map<string, Float64Array>();
  constructor(private readonly cohort: CohortColumns) {}

  get(key: string, read: (customer: number) => number): Float64Array {
    let column = this.columns.get(key);
    if (!column) {
      column = new Float64Array(this.cohort.size);
      for (let c = 0; c < column.length; c++) column[c] = read(c);
      this.columns.set(key, column);
    }
    return column;
  }
}

/** Where the rule's number comes from, and its values mapped to the same numbers. */
function source(
  rule: FilterRule,
  cohort: CohortColumns,
  values: (string | number | boolean)[],
  cache: ColumnCache,
): { from: From; column?: Float64Array; slot?: number; numbers: number[] } {
  const field = rule.field;
  const consentBit = consentField[field];
  if (consentBit !== undefined) {
    const bit = 1 << consentBit;
    const column = cache.get(field, (c) => (cohort.consent[c]! & bit ? 1 : 0));
    return { from: From.Column, column, numbers: values.map(asBoolean) };
  }
  switch (field) {
    case 'purchasedSinceEntry':
      return { from: From.Fact, slot: FACT_PURCHASED, numbers: values.map(asBoolean) };
    case 'clickedLastTouch':
      return { from: From.Fact, slot: FACT_CLICKED, numbers: values.map(asBoolean) };
    case 'touchesReceived':
      return { from: From.Fact, slot: FACT_TOUCHES, numbers: values.map(Number) };
    case 'daysSinceEntry':
      return { from: From.DaysSinceEntry, numbers: values.map(Number) };
    case 'lifecycleStage':
    case 'tier': {
      const indexes = cohort[field];
      const names = field === 'tier' ? tiers : lifecycleStages;
      const column = cache.get(field, (c) => (indexes[c] === NO_INDEX ? Number.NaN : indexes[c]!));
      return { from: From.Column, column, numbers: values.map((v) => indexOfName(names, v)) };
    }
    case 'city': {
      const column = cache.get(field, (c) => (cohort.city[c] === NO_INDEX ? Number.NaN : cohort.city[c]!));
      return { from: From.Column, column, numbers: values.map((v) => indexOfName(cohort.cityNames, v)) };
    }
    case 'birthday': {
      const column = cache.get(field, (c) => (cohort.birthday[c]! < 0 ? Number.NaN : cohort.birthday[c]!));
      return { from: From.Column, column, numbers: values.map(monthDayNumber) };
    }
    case 'signupDate': {
      const column = cache.get(field, (c) =>
        cohort.signupDay[c] === NO_DAY ? Number.NaN : cohort.signupDay[c]!,
      );
      return { from: From.Column, column, numbers: values.map(dayNumber) };
    }
    case 'recencyDays':
    case 'frequency':
    case 'monetary':
    case 'points':
    case 'churnRisk':
    case 'dailyPurchaseProbability':
    case 'responsiveness':
      return { from: From.Column, column: cohort[field], numbers: values.map(Number) };
    default:
      throw new Error(`The simulator cannot read the filter field "${field}".`);
  }
}

function compileRule(rule: FilterRule, cohort: CohortColumns, cache: ColumnCache): CompiledRule {
  const values = asList(rule.value);
  const negative = rule.op === 'notHas' || rule.op === 'notIn' || rule.op === 'neq';
  const closureRule = (test: (customer: number) => boolean): CompiledRule => ({
    from: From.Closure,
    column: noColumn,
    slot: 0,
    op: Op.Eq,
    first: 0,
    values: noColumn,
    test,
  });
  if (rule.field === 'id') {
    // indexes, found once: a sample cohort's ids are a formula, not strings to look up per customer
    const wanted = cohort.ids.indexesOf(values.map(String));
    const positive = rule.op === 'eq' || rule.op === 'in';
    return closureRule((c) => wanted.has(c) === positive);
  }
  if (rule.field === 'tags') {
    const wanted = values.map((v) => indexOfName(cohort.tagNames, v));
    return closureRule((c) => {
      for (let k = cohort.tagOffsets[c]!; k < cohort.tagOffsets[c + 1]!; k++) {
        if (wanted.includes(cohort.tagIds[k]!)) return !negative;
      }
      return negative;
    });
  }
  const { from, column = noColumn, slot = 0, numbers } = source(rule, cohort, values, cache);
  return {
    from,
    column,
    slot,
    op: opCodes[rule.op],
    first: numbers[0] ?? Number.NaN,
    values: Float64Array.from(numbers),
    test: null,
  };
}

function testRule(rule: CompiledRule, customer: number, facts: Float64Array): boolean {
  let value: number;
  switch (rule.from) {
    case From.Column:
      value = rule.column[customer]!;
      break;
    case From.Fact:
      value = facts[rule.slot]!;
      break;
    case From.DaysSinceEntry:
      value = (facts[FACT_NOW]! - facts[FACT_ENTRY_TIME]!) / 1440;
      break;
    default:
      return rule.test!(customer);
  }
  switch (rule.op) {
    case Op.Eq:
      return value === rule.first;
    case Op.Neq:
      return value !== rule.first;
    case Op.Gt:
      return value > rule.first;
    case Op.Gte:
      return value >= rule.first;
    case Op.Lt:
      return value < rule.first;
    case Op.Lte:
      return value <= rule.first;
    default: {
      const values = rule.values;
      let found = false;
      for (let k = 0; k < values.length; k++) if (values[k] === value) found = true;
      return rule.op === Op.In ? found : !found;
    }
  }
}

/** Compile a filter once per run; an empty filter matches everyone. */
export function compileFilter(
  filter: Filter | undefined,
  cohort: CohortColumns,
  cache = new ColumnCache(cohort),
): CompiledFilter {
  return {
    all: !filter || filter.match === 'all',
    rules: (filter?.rules ?? []).map((rule) => compileRule(rule, cohort, cache)),
  };
}

/** Does the customer pass the filter now (`facts` holds their journey facts)? */
export function testFilter(filter: CompiledFilter, customer: number, facts: Float64Array): boolean {
  const rules = filter.rules;
  if (rules.length === 0) return true;
  if (filter.all) {
    for (let k = 0; k < rules.length; k++) if (!testRule(rules[k]!, customer, facts)) return false;
    return true;
  }
  for (let k = 0; k < rules.length; k++) if (testRule(rules[k]!, customer, facts)) return true;
  return false;
}

/** a runtime value the generated code reads, by the name `name` gives it there */
export type SourceReference = (value: Float64Array | ((customer: number) => boolean)) => string;

/**
 * The JS expression that computes `testFilter(filter, customer, facts)` in a generated walk
 * (walk-source.ts), rule for rule as `testRule`: `customer`, `facts` and `now` (the current minute)
 * must be in scope there. Kept beside `testRule` so the two read the same; the engine's
 * equivalence tests run both on random journeys.
 */
export function filterSource(filter: CompiledFilter, name: SourceReference): string {
  const rules = filter.rules.map((rule) => ruleSource(rule, name));
  if (rules.length === 0) return 'true';
  return `(${rules.join(filter.all ? ' && ' : ' || ')})`;
}

function ruleSource(rule: CompiledRule, name: SourceReference): string {
  let value: string;
  switch (rule.from) {
    case From.Column:
      value = `${name(rule.column)}[customer]`;
      break;
    case From.Fact:
      value = `facts[${rule.slot}]`;
      break;
    case From.DaysSinceEntry:
      value = `((now - facts[${FACT_ENTRY_TIME}]) / 1440)`;
      break;
    default:
      return `${name(rule.test!)}(customer)`;
  }
  const first = numberLiteral(rule.first);
  switch (rule.op) {
    case Op.Eq:
      return `(${value} === ${first})`;
    case Op.Neq:
      return `(${value} !== ${first})`;
    case Op.Gt:
      return `(${value} > ${first})`;
    case Op.Gte:
      return `(${value} >= ${first})`;
    case Op.Lt:
      return `(${value} < ${first})`;
    case Op.Lte:
      return `(${value} <= ${first})`;
    default: {
      const found =
        Array.from(rule.values, (v) => `${value} === ${numberLiteral(v)}`).join(' || ') || 'false';
      return rule.op === Op.In ? `(${found})` : `!(${found})`;
    }
  }
}
