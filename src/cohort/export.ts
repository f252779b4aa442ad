import { NO_DAY, NO_INDEX, type CohortColumns } from './columns.ts';
import { consentBitOf, type ConsentColumn } from './columns-builder.ts';
import {
  COHORT_FORMAT,
  COHORT_SCHEMA_VERSION,
  cohortColumnNames,
  type CohortFile,
  type Customer,
} from './customer.ts';
import { lifecycleStages, tiers } from './fields.ts';
import { dateOfDayNumber, monthDayText } from './values.ts';

const consentColumns = Object.keys(consentBitOf) as ConsentColumn[];
const numberColumns = [
  'recencyDays',
  'frequency',
  'monetary',
  'points',
  'churnRisk',
  'dailyPurchaseProbability',
  'responsiveness',
] as const;

/**
 * Customer `index` of the columns as a CustomerSchema object: empty values left out, consents
 * written out as true/false. The inverse of writeCustomer (build.ts), for export and tests.
 */
export function customerAt(cohort: CohortColumns, index: number): Customer {
  const customer: Customer = { id: cohort.ids.get(index) };
  const stage = cohort.lifecycleStage[index]!;
  if (stage !== NO_INDEX) customer.lifecycleStage = lifecycleStages[stage];
  const tier = cohort.tier[index]!;
  if (tier !== NO_INDEX) customer.tier = tiers[tier];
  for (const column of numberColumns) {
    const value = cohort[column][index]!;
    if (!Number.isNaN(value)) customer[column] = value;
  }
  const start = cohort.tagOffsets[index]!;
  const end = cohort.tagOffsets[index + 1]!;
  if (end > start)
    customer.tags = Array.from(cohort.tagIds.subarray(start, end), (tag) => cohort.tagNames[tag]!);
  const city = cohort.city[index]!;
  if (city !== NO_INDEX) customer.city = cohort.cityNames[city];
  const birthday = cohort.birthday[index]!;
  if (birthday >= 0) customer.birthday = monthDayText(birthday);
  const signup = cohort.signupDay[index]!;
  if (signup !== NO_DAY) customer.signupDate = dateOfDayNumber(signup);
  for (const column of consentColumns)
    customer[column] = (cohort.consent[index]! & (1 << consentBitOf[column])) !== 0;
  return customer;
}

/** The cohort as a JSON cohort file (CONTRACT §2); the cohort id must be a valid file id. */
export function cohortToFile(cohort: CohortColumns): CohortFile {
  const customers = Array.from({ length: cohort.size }, (_, index) => customerAt(cohort, index));
  return {
    format: COHORT_FORMAT,
    schemaVersion: COHORT_SCHEMA_VERSION,
    id: cohort.id,
    name: cohort.name,
    customers,
  };
}

/** RFC 4180 quoting: only cells holding a comma, quote or line break are quoted, quotes doubled. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The cohort as CSV text: every column in CONTRACT order, tags joined with `|`, CRLF line ends. */
export function cohortToCsv(cohort: CohortColumns): string {
  const rows: string[] = [];
  const header = cohortColumnNames;
  for (let index = 0; index < cohort.size; index++) {
    const customer = customerAt(cohort, index);
    const cells = header.map((column) => {
      const value = customer[column];
      if (value === undefined) return '';
      return Array.isArray(value) ? value.join('|') : String(value);
    });
    rows.push(cells.map(csvCell).join(','));
  }
  return `${header.join(',')}\r\n${rows.join('\r\n')}\r\n`;
}
