import { describe, expect, it } from 'vitest';
import { NO_DAY, NO_INDEX } from './columns.ts';
import { parseCohortCsv } from './parse-csv.ts';
import { MAX_REPORTED_PROBLEMS, type CohortParseResult } from './problems.ts';

const meta = { id: 'test', name: 'Test' };
const header =
  'id,lifecycleStage,tier,recencyDays,frequency,monetary,points,tags,city,churnRisk,birthday,signupDate,consentSms,consentEmail,consentPush,consentWechat,consentWecom,consentAiCall,dailyPurchaseProbability,responsiveness';

function cohortOf(result: CohortParseResult) {
  if (!result.ok) throw new Error(`expected a cohort, got ${JSON.stringify(result.problems)}`);
  return result.cohort;
}
/** Where and what, in English (the code and params are checked in problem-messages.test.ts). */
function problemsOf(result: CohortParseResult) {
  if (result.ok) throw new Error('expected problems, got a cohort');
  return result.problems.map(({ row, column, message }) => ({ row, column, message }));
}

describe('parseCohortCsv: good files', () => {
  it('reads every column of CONTRACT §2 into the typed columns', () => {
    const csv = `${header}\nC1,dormant,vip,200,3,4500.5,1200,vip|baby_0_1,Shanghai,0.7,03-15,2024-01-31,true,false,yes,no,1,0,0.01,1.5\n`;
    const cohort = cohortOf(parseCohortCsv(csv, meta));
    expect(cohort).toMatchObject({ id: 'test', name: 'Test', size: 1 });
    expect([...cohort.ids]).toEqual(['C1']);
    expect(cohort.lifecycleStage[0]).toBe(4);
    expect(cohort.tier[0]).toBe(0);
    expect([cohort.recencyDays[0], cohort.frequency[0], cohort.monetary[0], cohort.points[0]]).toEqual([
      200, 3, 4500.5, 1200,
    ]);
    expect(cohort.tagNames).toEqual(['vip', 'baby_0_1']);
    expect(Array.from(cohort.tagIds)).toEqual([0, 1]);
    expect(Array.from(cohort.tagOffsets)).toEqual([0, 2]);
    expect(cohort.cityNames[cohort.city[0]!]).toBe('Shanghai');
    expect(cohort.churnRisk[0]).toBe(0.7);
    expect(cohort.birthday[0]).toBe(315);
    expect(cohort.signupDay[0]).toBe(Date.UTC(2024, 0, 31) / 86_400_000);
    // sms, email, push, wechat, wecom, ai_call = bits 0..5
    expect(cohort.consent[0]).toBe(0b010101);
    expect(cohort.dailyPurchaseProbability[0]).toBe(0.01);
    expect(cohort.responsiveness[0]).toBe(1.5);
  });

  it('leaves empty cells and missing columns empty (sentinels) and a missing consent refused', () => {
    const cohort = cohortOf(parseCohortCsv('id,city,tier\nA,,\nB,Beijing,mass\n', meta));
    expect(cohort.size).toBe(2);
    expect(cohort.city[0]).toBe(NO_INDEX);
    expect(cohort.tier[0]).toBe(NO_INDEX);
    expect(cohort.lifecycleStage[1]).toBe(NO_INDEX);
    expect(Number.isNaN(cohort.monetary[1]!)).toBe(true);
    expect(cohort.birthday[1]).toBe(-1);
    expect(cohort.signupDay[1]).toBe(NO_DAY);
    expect(cohort.consent[1]).toBe(0);
    expect(Array.from(cohort.tagOffsets)).toEqual([0, 0, 0]);
  });

  it('accepts a byte-order mark, CRLF line ends, quoted fields and blank lines', () => {
    const csv = '\uFEFFid,city,tags\r\n"C,1","Xi\'an ""old"" town",a|b\r\n\r\n"C\n2",Suzhou,\r\n';
    const cohort = cohortOf(parseCohortCsv(csv, meta));
    expect([...cohort.ids]).toEqual(['C,1', 'C\n2']);
    expect(cohort.cityNames).toEqual(['Xi\'an "old" town', 'Suzhou']);
  });

  it('splits tags on |, trims them, skips empty ones and keeps a repeated tag once', () => {
    const cohort = cohortOf(parseCohortCsv('id,tags\nA, vip | new||vip \nB,new\n', meta));
    expect(cohort.tagNames).toEqual(['vip', 'new']);
    expect(Array.from(cohort.tagIds)).toEqual([0, 1, 1]);
    expect(Array.from(cohort.tagOffsets)).toEqual([0, 2, 3]);
  });

  it('reads semicolon- and tab-separated files (spreadsheets in some locales write them)', () => {
    expect(cohortOf(parseCohortCsv('id;monetary;tags\nA;12.5;x|y\n', meta)).monetary[0]).toBe(12.5);
    expect(cohortOf(parseCohortCsv('id\tmonetary\nA\t7\n', meta)).monetary[0]).toBe(7);
  });

  it('reports progress, ending with 1', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `c${i},${i}`).join('\n');
    const shares: number[] = [];
    cohortOf(parseCohortCsv(`id,points\n${rows}`, meta, { onProgress: (share) => shares.push(share) }));
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.at(-1)).toBe(1);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
  });
});

describe('parseCohortCsv: bad files are refused whole, every problem by row and column', () => {
  it('refuses an empty file and a header without customers', () => {
    expect(problemsOf(parseCohortCsv('', meta))).toEqual([{ message: 'The file is empty.' }]);
    expect(problemsOf(parseCohortCsv(' \r\n\n', meta))).toEqual([{ message: 'The file is empty.' }]);
    expect(problemsOf(parseCohortCsv('id,city\n', meta))[0]!.message).toMatch(/no customers/);
  });

  it('refuses a header without id, unknown columns (with a hint for wrong case) and repeated columns', () => {
    const problems = problemsOf(parseCohortCsv('C1,dormant\nC2,active\n', meta));
    expect(problems.map((p) => p.column)).toEqual(['C1', 'dormant', 'id']);
    expect(problems.every((p) => p.row === 1)).toBe(true);
    expect(problems[2]!.message).toMatch(/header.*"id"/);

    const cased = problemsOf(parseCohortCsv('id,Monetary,monetary,monetary\nA,1,2,3\n', meta));
    expect(cased).toEqual([
      { row: 1, column: 'Monetary', message: expect.stringMatching(/did you mean "monetary"/) },
      { row: 1, column: 'monetary', message: 'The header names "monetary" twice.' },
    ]);
  });

  it('reports each bad value with its spreadsheet row (header = row 1) and column', () => {
    const csv = [
      'id,lifecycleStage,tier,monetary,churnRisk,consentSms,birthday,signupDate,responsiveness',
      'A,active,vip,100,0.5,true,01-31,2024-02-29,1',
      'B,sleeping,gold,-5,1.5,maybe,02-30,2023-02-29,-1',
      'C,active,mass,"1,000",abc,,1-5,2024/01/05,',
    ].join('\n');
    const problems = problemsOf(parseCohortCsv(csv, meta));
    expect(problems.map((p) => `${p.row}:${p.column}`)).toEqual([
      '3:lifecycleStage',
      '3:tier',
      '3:monetary',
      '3:churnRisk',
      '3:consentSms',
      '3:birthday',
      '3:signupDate',
      '3:responsiveness',
      '4:monetary',
      '4:churnRisk',
      '4:birthday',
      '4:signupDate',
    ]);
    expect(problems[0]!.message).toBe(
      'must be one of new, active, loyal, at_risk, dormant, churned (found "sleeping")',
    );
    expect(problems[2]!.message).toBe('must be a number, 0 or more (found "-5")');
    expect(problems[3]!.message).toBe('must be a number from 0 to 1 (found "1.5")');
    expect(problems[4]!.message).toMatch(/^must be true or false/);
    expect(problems[5]!.message).toMatch(/MM-DD/);
    expect(problems[6]!.message).toMatch(/YYYY-MM-DD/);
  });

  it('reports missing and duplicate ids with the row of the first use', () => {
    const problems = problemsOf(parseCohortCsv('id,points\nA,1\n,2\nA,3\n', meta));
    expect(problems).toEqual([
      { row: 3, column: 'id', message: 'is required' },
      { row: 4, column: 'id', message: 'The id "A" is already used on row 2.' },
    ]);
  });

  it('reports rows with too many or too few values, and an unclosed quote', () => {
    const problems = problemsOf(parseCohortCsv('id,points\nA,1,9\nB\nC,"4\n', meta));
    expect(problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(problems[0]!.message).toBe('This row has 3 values but the header has 2 columns.');
    expect(problems[2]!.message).toMatch(/never closed/);
  });

  it('lists at most MAX_REPORTED_PROBLEMS problems and counts the rest', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `c${i},x`).join('\n');
    const problems = problemsOf(parseCohortCsv(`id,points\n${rows}`, meta));
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({ message: '… and 50 more problems not listed' });
  });

  it('never half-imports: one bad row among good ones gives no cohort at all', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `c${i},${i === 500 ? 'lots' : i}`).join('\n');
    const result = parseCohortCsv(`id,points\n${rows}`, meta);
    expect(result.ok).toBe(false);
    expect(problemsOf(result)).toEqual([
      { row: 502, column: 'points', message: 'must be a number, 0 or more (found "lots")' },
    ]);
  });
});
