import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { lintJourney, parseJourney, parseJsonText } from '../../src/journey/index.ts';
import { invalidExpectations, journeyFiles, lintPaths, readFixture } from './fixture-files.ts';

const expectations = invalidExpectations();
const invalidFiles = journeyFiles('invalid');

describe('valid fixtures', () => {
  it.each(journeyFiles('valid'))('%s parses with no problems and no lint errors', (name) => {
    const result = parseJourney(readFixture('valid', name));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(lintJourney(result.journey).filter((lint) => lint.severity === 'error')).toEqual([]);
  });

  it('cover every node type, trigger kind, wait kind and channel', () => {
    const seen = new Set<string>();
    for (const name of journeyFiles('valid')) {
      const result = parseJourney(readFixture('valid', name));
      if (!result.ok) throw new Error(`${name} does not parse`);
      for (const node of result.journey.nodes) {
        seen.add(node.type);
        if ('kind' in node.config) seen.add(`${node.type}:${node.config.kind}`);
        if (node.type === 'touch') seen.add(`channel:${node.config.channel}`);
        if (node.type === 'touch' && node.config.offer) seen.add(`offer:${node.config.offer.type}`);
      }
      seen.add(`reentry:${result.journey.settings.reentry.mode}`);
      seen.add(`goal:${result.journey.settings.goal === null ? 'null' : 'set'}`);
    }
    for (const wanted of [
      'trigger',
      'condition',
      'wait',
      'touch',
      'split',
      'exit',
      'trigger:segment',
      'trigger:event',
      'trigger:date',
      'wait:duration',
      'wait:until',
      'wait:event',
      'channel:sms',
      'channel:email',
      'channel:push',
      'channel:wechat',
      'channel:wecom',
      'channel:ai_call',
      'offer:percent_off',
      'offer:amount_off',
      'offer:points',
      'offer:gift',
      'reentry:once',
      'reentry:after-exit',
      'goal:null',
      'goal:set',
    ])
      expect(seen, wanted).toContain(wanted);
  });
});

describe('invalid fixtures', () => {
  it('each file has an expectation and each expectation a file', () => {
    expect(Object.keys(expectations).sort()).toEqual(invalidFiles);
    expect(invalidFiles.length).toBeGreaterThanOrEqual(30);
  });

  it.each(invalidFiles)('%s is reported at its expected path', (name) => {
    const expected = expectations[name]!;
    const result = parseJourney(readFixture('invalid', name));
    if (expected.source !== 'lint') {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems.map((problem) => problem.path)).toContain(expected.path);
      for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(5);
      return;
    }
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const errors = lintJourney(result.journey).filter((lint) => lint.severity === 'error');
    const matching = errors.filter((lint) => lint.code === expected.code);
    expect(matching.length, `no ${expected.code} in ${JSON.stringify(errors)}`).toBeGreaterThan(0);
    expect(matching.flatMap((lint) => lintPaths(result.journey, lint))).toContain(expected.path);
  });
});

describe('an independent validator (ajv) reading the published JSON Schema', () => {
  const schema = JSON.parse(readFileSync('public/schema/journey.schema.json', 'utf8')) as object;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it.each(journeyFiles('valid'))('accepts valid %s', (name) => {
    validate(JSON.parse(readFixture('valid', name)));
    expect(validate.errors ?? []).toEqual([]);
  });

  const jsonInputFaults = invalidFiles.filter(
    (name) => expectations[name]?.source === 'input' && parseJsonText(readFixture('invalid', name)).ok,
  );
  it.each(jsonInputFaults)('rejects %s, a JSON document of the wrong kind', (name) => {
    expect(validate(JSON.parse(readFixture('invalid', name)))).toBe(false);
  });

  it.each(invalidFiles.filter((name) => expectations[name]?.source === 'schema'))('rejects %s', (name) => {
    expect(validate(JSON.parse(readFixture('invalid', name)))).toBe(false);
  });
});
