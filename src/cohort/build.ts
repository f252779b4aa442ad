import type { CohortColumns } from './columns.ts';
import {
  CohortColumnsBuilder,
  consentBitOf,
  stageIndex,
  tierIndex,
  type ConsentColumn,
} from './columns-builder.ts';
import type { Customer } from './customer.ts';
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

/**
 * Writes one validated customer (CustomerSchema) into the builder. Returns a message when the
 * cohort has run out of room for distinct cities or tags, the only limit the schema cannot see.
 */
export function writeCustomer(builder: CohortColumnsBuilder, customer: Customer): string | undefined {
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
    if (problem) return problem;
  }
  for (const tag of customer.tags ?? []) {
    const problem = builder.addTag(tag);
    if (problem) return problem;
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
    if (problem) throw new Error(`Customer "${customer.id}": ${problem}.`);
  }
  return builder.build(meta);
}
