import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJourney, type ParseResult } from './parse.ts';

const winbackText = readFileSync('test/fixtures/valid/winback.journey.json', 'utf8');
const winback = (): Record<string, unknown> => JSON.parse(winbackText) as Record<string, unknown>;

function problemsOf(result: ParseResult) {
  if (result.ok) throw new Error('expected problems, the input was accepted');
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) expect(problem.message).toMatch(/\w{3}/);
  return result.problems;
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
});

describe('parseJourney on text that is not a journey', () => {
  it.each([
    ['empty', '', /is empty/, 'empty-file'],
    ['whitespace', ' \n\t  \r\n', /is empty/, 'empty-file'],
    ['not JSON', '{ format: journey }', /not valid JSON/, 'not-json'],
    ['truncated JSON', winbackText.slice(0, 300), /not valid JSON/, 'not-json'],
    ['a JSON list', '[1, 2]', /must be a JSON object/, 'not-an-object'],
    ['null', 'null', /must be a JSON object/, 'not-an-object'],
    ['a number', '42', /must be a JSON object/, 'not-an-object'],
    ['a string', '"journey"', /must be a JSON object/, 'not-an-object'],
  ])('%s → one clear problem for the file', (_what, text, message, kind) => {
    const problems = problemsOf(parseJourney(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      path: '(file)',
      message: expect.stringMatching(message),
      detail: expect.objectContaining({ kind }),
    });
  });

  it.each([[[]], [null], [7], [true], [undefined]])(
    'an already-parsed %j → a problem, not a throw',
    (value) => {
      expect(problemsOf(parseJourney(value))[0]?.path).toBe('(file)');
    },
  );

  it('reads a file saved with a UTF-8 byte-order mark', () => {
    const result = parseJourney(`\uFEFF${winbackText}`);
    expect(result.ok).toBe(true);
    expect(problemsOf(parseJourney('\uFEFF  '))[0]?.message).toBe('is empty');
  });

  it('points at the line and column of a JSON syntax error', () => {
    const problems = problemsOf(parseJourney('{\n  "format": "journey-canvas",\n  oops\n}'));
    expect(problems[0]?.message).toMatch(/line 3, column 3/);
  });

  it('refuses a 50 MB string quickly, saying the limit', () => {
    const huge = `{"name":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const problems = problemsOf(parseJourney(huge));
    expect(performance.now() - started).toBeLessThan(500);
    expect(problems).toEqual([
      {
        path: '(file)',
        message: expect.stringMatching(/50\.0 MB.*at most 10 MB/),
        detail: { kind: 'too-large', megabytes: 50, maxMegabytes: 10 },
      },
    ]);
  });

  it('survives absurdly deep nesting', () => {
    expect(problemsOf(parseJourney('['.repeat(1_000_000)))[0]?.path).toBe('(file)');
    expect(problemsOf(parseJourney('{"a":'.repeat(1_000_000)))[0]?.path).toBe('(file)');
  });
});

describe('parseJourney on journeys with junk inside', () => {
  // Built as text: JSON.stringify itself would overflow the stack on values this deep.
  const deepText = (depth: number) => `${'{"nested":['.repeat(depth)}1${']}'.repeat(depth)}`;

  it('reports a deeply nested unknown field by its path, without walking it', () => {
    const text = winbackText.replace('"format"', `"junk": ${deepText(100_000)}, "format"`);
    expect(problemsOf(parseJourney(text))).toEqual([
      { path: 'junk', message: 'is not a known field: remove it', detail: { kind: 'unknown-field' } },
    ]);
  });

  it('reports deeply nested filter values at the rule value', () => {
    const text = winbackText.replace('"value": 180', `"value": [${deepText(100_000)}]`);
    expect(text).not.toBe(winbackText);
    const paths = problemsOf(parseJourney(text)).map((problem) => problem.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('nodes[0].config.filter.rules[0].value'))).toBe(true);
  });

  it.each([
    ['the top level', (text: string) => text.replace('{', '{"__proto__": {"polluted": true},'), '__proto__'],
    [
      'settings',
      (text: string) => text.replace('"settings": {', '"settings": {"__proto__": {"polluted": 1},'),
      'settings.__proto__',
    ],
    [
      'a node config',
      (text: string) => text.replace('"config": {}', '"config": {"__proto__": {"polluted": 1}}'),
      'nodes[4].config.__proto__',
    ],
    [
      'a filter rule',
      (text: string) => text.replace('"op": "gte",', '"op": "gte", "__proto__": {"polluted": 1},'),
      'nodes[0].config.filter.rules[0].__proto__',
    ],
  ])('reports a __proto__ key in %s and pollutes nothing', (_where, inject, path) => {
    const text = inject(winbackText);
    expect(text).not.toBe(winbackText);
    expect(problemsOf(parseJourney(text)).map((problem) => problem.path)).toContain(path);
  });

  it('reports a __proto__ key in an already-parsed value', () => {
    const value = JSON.parse(winbackText.replace('{', '{"__proto__": {"polluted": true},')) as unknown;
    expect(problemsOf(parseJourney(value)).map((problem) => problem.path)).toEqual(['__proto__']);
  });

  it('lists every unknown field, each at its own path', () => {
    const journey = winback() as {
      owner?: string;
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    journey.owner = 'me';
    journey.nodes[1]!.color = 'red';
    journey.edges[0]!.animated = true;
    expect(
      problemsOf(parseJourney(journey))
        .map((problem) => problem.path)
        .sort(),
    ).toEqual(['edges[0].animated', 'nodes[1].color', 'owner']);
  });

  it('says a file of another format is not a journey', () => {
    const problems = problemsOf(parseJourney({ ...winback(), format: 'journey-canvas-cohort' }));
    expect(problems).toEqual([
      {
        path: 'format',
        message: expect.stringMatching(/not a Journey Canvas journey/),
        detail: { kind: 'not-journey-canvas', expected: 'journey-canvas' },
      },
    ]);
    expect(problemsOf(parseJourney({ name: 'x' }))[0]?.path).toBe('format');
  });

  it('asks for a newer app for a future schemaVersion', () => {
    const problems = problemsOf(parseJourney({ ...winback(), schemaVersion: 2 }));
    expect(problems).toEqual([
      {
        path: 'schemaVersion',
        message: expect.stringMatching(/newer Journey Canvas/),
        detail: { kind: 'schema-version-newer', version: 2, supported: 1 },
      },
    ]);
  });

  it('lists every problem of a file with several, not only the first', () => {
    const journey = winback() as { name: string; settings: { holdoutPercent: number } };
    journey.name = '';
    journey.settings.holdoutPercent = 80;
    expect(problemsOf(parseJourney(journey)).map((problem) => problem.path)).toEqual([
      'name',
      'settings.holdoutPercent',
    ]);
  });

  it('names the bound of an out-of-range cooldown instead of calling it not a number', () => {
    const journey = winback() as { settings: { reentry: unknown } };
    journey.settings.reentry = { mode: 'after-exit', cooldownDays: 400 };
    expect(problemsOf(parseJourney(journey))).toEqual([
      {
        path: 'settings.reentry.cooldownDays',
        message: 'must be 365 or less',
        detail: { kind: 'max', max: 365, inclusive: true },
      },
    ]);
  });
});
