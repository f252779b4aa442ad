import type { CohortColumns } from './columns.ts';
import {
  CohortColumnsBuilder,
  consentBitOf,
  MAX_DISTINCT_CITIES,
  MAX_DISTINCT_TAGS,
  stageIndex,
  tierIndex,
  type ConsentColumn,
} from './columns-builder.ts';
import type { Customer } from './customer.ts';
import { cohortProblem, type CohortProblem } from './problems.ts';
import { dayNumber, monthDayNumber } from './values.ts';

const numberColumns = [
  'recencyDays',
  'frequency',
  'monetary',
  'points',
  'churnRisk',
  'dailyPurchaseProbability',
  'responsiveness',
] as const;
const consentColumns = Object.keys(consentBitOf) as ConsentColumn[];

/** The problem of a cohort that has run out of room for distinct cities or tags. */
export function limitProblem(
  code: 'tooManyTags' | 'tooManyCities',
  where: { row?: number; column?: string },
) {
  return code === 'tooManyTags'
    ? cohortProblem('tooManyTags', { max: MAX_DISTINCT_TAGS }, where)
    : cohortProblem('tooManyCities', { max: MAX_DISTINCT_CITIES }, where);
}

/**
 * Writes one validated customer (CustomerSchema) into the builder. Returns a problem when the
 * cohort has run out of room for distinct cities or tags, the only limit the schema cannot see.
 */
export function writeCustomer(
  builder: CohortColumnsBuilder,
  customer: Customer,
  row?: number,
): CohortProblem | undefined {
  const index = builder.addCustomer(customer.id);
  if (customer.lifecycleStage !== undefined)
    builder.setStage(index, stageIndex.get(customer.lifecycleStage)!);
  if (customer.tier !== undefined) builder.setTier(index, tierIndex.get(customer.tier)!);
  for (const column of numberColumns) {
    const value = customer[column];
    if (value !== undefined) builder.setNumber(index, column, value);
  }
  for (const column of consentColumns) if (customer[column] === true) builder.setConsent(index, column, true);
  if (customer.birthday !== undefined) builder.setBirthday(index, monthDayNumber(customer.birthday));
  if (customer.signupDate !== undefined) builder.setSignupDay(index, dayNumber(customer.signupDate));
  if (customer.city !== undefined) {
    const problem = builder.setCity(index, customer.city);
    if (problem) return limitProblem(problem, { row, column: 'city' });
  }
  for (const tag of customer.tags ?? []) {
    const problem = builder.addTag(tag);
    if (problem) return limitProblem(problem, { row, column: 'tags' });
  }
  return undefined;
}

/**
 * Columns of already-validated customers (ids assumed unique: the parsers check that and report
 * the rows). Throws when the cohort holds more distinct cities or tags than the columns can index.
 */
export function cohortColumnsFromCustomers(
  customers: Customer[],
  meta: { id: string; name: string },
): CohortColumns {
  const builder = new CohortColumnsBuilder(customers.length);
  for (const customer of customers) {
    const problem = writeCustomer(builder, customer);
    if (problem) throw new Error(`Customer "${customer.id}": ${problem.message}.`);
  }
  return builder.build(meta);
}
