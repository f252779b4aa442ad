import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortColumnsFromCustomers } from './build.ts';
import { CustomerSchema, type Customer } from './customer.ts';
import { cohortToCsv, cohortToFile, customerAt } from './export.ts';
import { cohortIdFromFileName, parseCohortFile } from './parse.ts';
import { generateSampleCohort, sampleCohortIds } from './samples/index.ts';

describe('parseCohortFile', () => {
  it('reads the CSV and JSON examples of docs/cohorts.md', () => {
    const docs = readFileSync('docs/cohorts.md', 'utf8');
    const example = (language: string) => new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``).exec(docs)![1]!;
    const csv = parseCohortFile(example('csv'), 'docs.csv');
    const json = parseCohortFile(example('json'), 'docs.json');
    expect(csv.ok && csv.cohort.size, JSON.stringify(csv)).toBe(3);
    expect(json.ok && json.cohort.id, JSON.stringify(json)).toBe('vip-q4');
  });

  it('reads .csv by the file name and .json by its own id and name', () => {
    const csv = parseCohortFile('id\nA\n', 'exports/Winter VIPs 2026.csv');
    expect(csv.ok && { id: csv.cohort.id, name: csv.cohort.name }).toEqual({
      id: 'Winter-VIPs-2026',
      name: 'Winter VIPs 2026',
    });
    const json = parseCohortFile(
      JSON.stringify({
        format: 'journey-canvas-cohort',
        schemaVersion: 1,
        id: 'q4',
        name: 'Q4',
        customers: [{ id: 'A' }],
      }),
      'whatever.cohort.json',
    );
    expect(json.ok && json.cohort.id).toBe('q4');
  });

  it('judges other names by the first character', () => {
    expect(parseCohortFile('id\nA\n', 'customers').ok).toBe(true);
    const json = parseCohortFile(' {"format": 1}', 'customers.dat');
    expect(json.ok).toBe(false);
    expect(!json.ok && json.problems[0]!.column).toBe('format');
  });

  it('derives a valid cohort id from any file name', () => {
    expect(cohortIdFromFileName('会员.csv')).toBe('cohort');
    expect(cohortIdFromFileName('C:\\data\\q4 (final).cohort.json')).toBe('q4-final');
    expect(cohortIdFromFileName(`${'x'.repeat(80)}.csv`)).toHaveLength(64);
  });
});

/** Values of every kind a spreadsheet may hold in a cell, good and bad. */
const cellText = fc.oneof(
  fc.constantFrom(
    '',
    'true',
    'false',
    'yes',
    'maybe',
    'vip',
    'dormant',
    'gold',
    '03-15',
    '02-30',
    '2024-02-29',
  ),
  fc.constantFrom('2023-02-29', '12', '-1', '0.5', '1.5', '1e3', 'abc', '1,000', 'NaN', 'Infinity'),
  fc.string({ maxLength: 6 }),
);
const columnsUnderTest = [
  'lifecycleStage',
  'tier',
  'recencyDays',
  'churnRisk',
  'birthday',
  'signupDate',
  'consentSms',
  'responsiveness',
] as const;

/** The value the same cell would have in a JSON customer: numbers and booleans typed when they read as one. */
function jsonValue(column: (typeof columnsUnderTest)[number], cell: string): unknown {
  if (column === 'consentSms') {
    // the words a CSV accepts for a boolean (docs/cohorts.md) are true and false in JSON
    const word = cell.trim().toLowerCase();
    if (['true', 'yes', 'y', '1', '是'].includes(word)) return true;
    if (['false', 'no', 'n', '0', '否'].includes(word)) return false;
    return cell;
  }
  if (['recencyDays', 'churnRisk', 'responsiveness'].includes(column))
    return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(cell.trim()) ? Number(cell) : cell;
  return cell.trim();
}

describe('CSV and JSON follow the same rules (CustomerSchema is the source of truth)', () => {
  it('a cell is refused in CSV exactly when the JSON value is refused by CustomerSchema, with the same words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...columnsUnderTest), cellText, (column, cell) => {
        fc.pre(!/[",\r\n;\t|]/.test(cell) && cell.trim() !== '');
        const csv = parseCohortFile(`id,${column}\nA,${cell}\n`, 'a.csv');
        const json = CustomerSchema.safeParse({ id: 'A', [column]: jsonValue(column, cell) });
        expect(csv.ok).toBe(json.success);
        if (!csv.ok && !json.success) {
          // a CSV names the value it found, and for booleans the extra words it also accepts
          const csvRule = csv.problems[0]!.message.replace(/ \(found .*\)$/, '');
          const jsonRule = json.error.issues[0]!.message;
          expect(column === 'consentSms' ? csvRule.slice(0, jsonRule.length) : csvRule).toBe(jsonRule);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('round trips', () => {
  const customers: Customer[] = [
    {
      id: 'A',
      lifecycleStage: 'at_risk',
      tier: 'growth',
      recencyDays: 95,
      frequency: 2,
      monetary: 310.5,
      points: 40,
      tags: ['coupon_lover', 'app_user'],
      city: 'Chengdu',
      churnRisk: 0.42,
      birthday: '02-29',
      signupDate: '2023-07-01',
      consentSms: true,
      consentEmail: false,
      consentPush: false,
      consentWechat: true,
      consentWecom: false,
      consentAiCall: true,
      dailyPurchaseProbability: 0.002,
      responsiveness: 0.8,
    },
    {
      id: 'B',
      consentSms: false,
      consentEmail: false,
      consentPush: false,
      consentWechat: false,
      consentWecom: false,
      consentAiCall: false,
    },
  ];

  it('customers → columns → customers gives the same customers', () => {
    const cohort = cohortColumnsFromCustomers(customers, { id: 'rt', name: 'Round trip' });
    expect([customerAt(cohort, 0), customerAt(cohort, 1)]).toEqual(customers);
  });

  it.each(sampleCohortIds)('%s sample → CSV → parse and → JSON → parse give identical columns', (id) => {
    const sample = generateSampleCohort(id, { size: 500, seed: 11 });
    const fromCsv = parseCohortFile(cohortToCsv(sample), `${id}.csv`);
    const fromJson = parseCohortFile(JSON.stringify(cohortToFile(sample)), `${id}.json`);
    if (!fromCsv.ok) throw new Error(JSON.stringify(fromCsv.problems));
    if (!fromJson.ok) throw new Error(JSON.stringify(fromJson.problems));
    // tag and city dictionaries are numbered in order of first use, so compare customer by customer
    for (const parsed of [fromCsv.cohort, fromJson.cohort]) {
      expect(parsed.size).toBe(sample.size);
      for (let i = 0; i < sample.size; i++) expect(customerAt(parsed, i)).toEqual(customerAt(sample, i));
    }
  });
});
