import {
  CohortColumnsBuilder,
  consentBitOf,
  stageIndex,
  tierIndex,
  type ConsentColumn,
} from './columns-builder.ts';
import { customerFieldSpecs, type CustomerFieldName } from './fields.ts';
import type { ValueRule } from './problem-messages.ts';
import { dayNumber, MAX_CUSTOMER_ID_LENGTH, monthDayNumber } from './values.ts';

/**
 * Reading one CSV cell into the columns, with the rules of CustomerSchema (customer.ts) and the
 * same messages. A reader returns undefined when the cell is fine, else the rule it breaks.
 * An empty cell means "no value", like a key left out of a JSON customer.
 */
export type CellProblem = ValueRule | 'tooManyTags' | 'tooManyCities';
export type CellReader = (
  builder: CohortColumnsBuilder,
  index: number,
  cell: string,
) => CellProblem | undefined;

/** Decimal numbers as people and spreadsheets write them: 12, -3, 0.25, .5, 1e3. No thousands separators. */
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The cell's number, NaN unless it matches NUMBER_PATTERN. Number() alone would also take
 * "0x1A", "0b1", "0o7" and "Infinity"; the pattern runs only on those rare look-alikes, so a
 * million plain numbers cost one Number() each.
 */
function decimalNumber(cell: string): number {
  const value = Number(cell);
  if (!Number.isFinite(value)) return Number.NaN;
  const second = cell.charCodeAt(1) | 0x20; // lower-case letter, if it is one
  if (second === 0x78 || second === 0x62 || second === 0x6f)
    return NUMBER_PATTERN.test(cell) ? value : Number.NaN;
  return value;
}
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否']);

function enumReader(index: Map<string, number>, set: 'stage' | 'tier'): CellReader {
  return (builder, customer, cell) => {
    const value = index.get(cell);
    if (value === undefined) return set;
    if (set === 'stage') builder.setStage(customer, value);
    else builder.setTier(customer, value);
    return undefined;
  };
}

function numberReader(
  column:
    | 'recencyDays'
    | 'frequency'
    | 'monetary'
    | 'points'
    | 'churnRisk'
    | 'dailyPurchaseProbability'
    | 'responsiveness',
): CellReader {
  const spec: { min?: number; max?: number } = customerFieldSpecs[column];
  const message: ValueRule = spec.max === 1 ? 'share' : 'nonNegative';
  const min = spec.min ?? Number.NEGATIVE_INFINITY;
  const max = spec.max ?? Number.POSITIVE_INFINITY;
  return (builder, customer, cell) => {
    const value = decimalNumber(cell);
    if (Number.isNaN(value) || value < min || value > max) return message;
    builder.setNumber(customer, column, value);
    return undefined;
  };
}

function consentReader(column: ConsentColumn): CellReader {
  return (builder, customer, cell) => {
    // "true"/"false" as written by this app and most exports first: no lower-casing needed
    if (cell === 'true') builder.setConsent(customer, column, true);
    else if (cell === 'false') return undefined;
    else {
      const word = cell.toLowerCase();
      if (TRUE_WORDS.has(word)) builder.setConsent(customer, column, true);
      else if (!FALSE_WORDS.has(word)) return 'csvBoolean';
    }
    return undefined;
  };
}

const readTags: CellReader = (builder, _customer, cell) => {
  for (const part of cell.split('|')) {
    const tag = part.trim();
    if (tag === '') continue;
    const problem = builder.addTag(tag);
    if (problem) return problem;
  }
  return undefined;
};

const consentReaders = Object.fromEntries(
  (Object.keys(consentBitOf) as ConsentColumn[]).map((column) => [column, consentReader(column)]),
) as Record<ConsentColumn, CellReader>;

/** Every column but `id`, which the CSV reader handles itself (required, unique). */
export const cellReaders: Record<Exclude<CustomerFieldName, 'id'>, CellReader> = {
  lifecycleStage: enumReader(stageIndex, 'stage'),
  tier: enumReader(tierIndex, 'tier'),
  recencyDays: numberReader('recencyDays'),
  frequency: numberReader('frequency'),
  monetary: numberReader('monetary'),
  points: numberReader('points'),
  tags: readTags,
  city: (builder, customer, cell) => builder.setCity(customer, cell),
  churnRisk: numberReader('churnRisk'),
  birthday: (builder, customer, cell) => {
    const value = monthDayNumber(cell);
    if (value < 0) return 'monthDay';
    builder.setBirthday(customer, value);
    return undefined;
  },
  signupDate: (builder, customer, cell) => {
    const day = dayNumber(cell);
    if (Number.isNaN(day)) return 'date';
    builder.setSignupDay(customer, day);
    return undefined;
  },
  ...consentReaders,
  dailyPurchaseProbability: numberReader('dailyPurchaseProbability'),
  responsiveness: numberReader('responsiveness'),
};

/** The id rule of CustomerSchema for a trimmed cell. */
export function idProblem(cell: string): ValueRule | undefined {
  if (cell === '') return 'required';
  if (cell.length > MAX_CUSTOMER_ID_LENGTH) return 'idLength';
  return undefined;
}
