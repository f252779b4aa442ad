import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateDocument } from './migrations.ts';
import { parseJourney } from './parse.ts';
import { invalidJourneyCases, validJourney } from './problem-corpus.test-support.ts';
import { ProblemDetailSchema } from './problem-detail.ts';
import { marketerMessage, problemsFromZod, type Problem } from './problems.ts';
import { ruleMessages } from './rule-messages.ts';
import { JourneySchema } from './schema.ts';

const problemsOf = (input: unknown): Problem[] => {
  const result = parseJourney(input);
  if (result.ok) throw new Error('expected problems, the input was accepted');
  return result.problems;
};

/** Every problem has a known, well-formed description: none falls back to `other`. */
function expectDescribed(problems: readonly Problem[]) {
  for (const problem of problems) {
    expect(problem.detail, `${problem.path} ${problem.message}`).toBeDefined();
    expect(ProblemDetailSchema.parse(problem.detail).kind, `${problem.path} ${problem.message}`).not.toBe(
      'other',
    );
  }
}

describe('problem details of invalid journeys', () => {
  it('the corpus starts from a valid journey', () => {
    expect(parseJourney(validJourney()).ok).toBe(true);
  });

  it.each(invalidJourneyCases().map((entry) => [entry.name, entry] as const))(
    '%s → described at its path, nothing left as "other"',
    (_name, entry) => {
      const problems = problemsOf(entry.input);
      expectDescribed(problems);
      const found = problems.filter((problem) => problem.path === entry.path);
      expect(
        found.map((problem) => problem.detail?.kind),
        JSON.stringify(problems),
      ).toContain(entry.kind);
    },
  );

  it('every invalid fixture file is described', () => {
    const dir = 'test/fixtures/invalid';
    const refused = readdirSync(dir)
      .filter((file) => file.endsWith('.journey.json'))
      .map((file) => parseJourney(readFileSync(`${dir}/${file}`, 'utf8')))
      .filter((result) => !result.ok);
    expect(refused.length).toBeGreaterThan(10);
    for (const result of refused) if (!result.ok) expectDescribed(result.problems);
  });

  it('names every schema rule the corpus breaks, with its bound', () => {
    const rules = new Set<string>();
    for (const entry of invalidJourneyCases())
      for (const problem of problemsOf(entry.input))
        if (problem.detail?.kind === 'rule') {
          rules.add(problem.detail.rule);
          expect(problem.message).toBe(ruleMessages[problem.detail.rule]);
        }
    expect([...rules].sort()).toEqual(Object.keys(ruleMessages).sort());
  });

  it('keeps the numbers a message needs', () => {
    const [newer] = problemsOf({ ...validJourney(), schemaVersion: 3 });
    expect(newer?.detail).toEqual({ kind: 'schema-version-newer', version: 3, supported: 1 });
    const [json] = problemsOf('{\n  "format": 1,\n  oops\n}');
    expect(json?.detail).toEqual({ kind: 'not-json', line: 3, column: 3 });
    const journey = validJourney();
    (journey.nodes as { config: unknown }[])[7]!.config = { variants: [] };
    expect(problemsOf(journey)[0]?.detail).toEqual({ kind: 'rule', rule: 'split-min-variants', limit: 2 });
  });

  it('describes a migration step that no longer exists', () => {
    const result = migrateDocument({ schemaVersion: 1 }, {}, 2);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.detail).toEqual({ kind: 'schema-version-unreadable', version: 1 });
  });

  it('describes the schema format literal when the schema is used without the parser', () => {
    const value = { ...validJourney(), format: 'other' };
    const parsed = JourneySchema.safeParse(value, { error: marketerMessage });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const problems = problemsFromZod(parsed.error, value);
      expect(problems[0]?.detail).toEqual({ kind: 'not-journey-canvas', expected: 'journey-canvas' });
    }
  });
});
