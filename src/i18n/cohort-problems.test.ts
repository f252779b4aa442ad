import { describe, expect, it } from 'vitest';
import { cohortProblemText, parseCohortFile } from '../cohort/parse.ts';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';

const bad = [
  'id,lifecycleStage,tier,monetary,consentSms,birthday,signupDate,Tags',
  'A,sleepy,gold,-1,maybe,02-30,2023-02-29,x',
].join('\n');
const csv = parseCohortFile(bad, 'bad.csv');
const rows = parseCohortFile(
  'id,lifecycleStage,monetary,consentSms\nA,sleepy,-1,maybe\nA,new,1,yes\n',
  'rows.csv',
);
const json = parseCohortFile(
  JSON.stringify({ format: 'x', schemaVersion: 1, id: 'c', name: 'C', customers: [{}] }),
  'c.json',
);

describe('cohort problems in the UI languages', () => {
  const problems = [csv, rows, json].flatMap((result) => (result.ok ? [] : result.problems));

  it('English is the parsers’ own message', () => {
    expect(problems.length).toBeGreaterThan(4);
    for (const problem of problems)
      expect(cohortProblemText(en.cohortProblems.messages, en.cohortProblems.rules, problem)).toBe(
        problem.message,
      );
  });

  it('Chinese says every one of them in Chinese, keeping the value the file held', () => {
    const texts = problems.map((problem) =>
      cohortProblemText(zhCN.cohortProblems.messages, zhCN.cohortProblems.rules, problem),
    );
    for (const text of texts) expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(texts).toContain(
      '必须是以下之一：new、active、loyal、at_risk、dormant、churned（现在是“sleepy”）',
    );
    expect(texts).toContain('id“A”已在第 2 行使用。');
  });
});
