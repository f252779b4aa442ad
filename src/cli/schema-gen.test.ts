import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cohortToFile } from '../cohort/export.ts';
import { generateSampleCohort } from '../cohort/samples/index.ts';
import { simulate } from '../simulation/engine.ts';
import { generatedSchemas, SCHEMA_DIR } from './schema-gen.ts';
import { journeyTemplates } from '../journey/templates/index.ts';

describe('published JSON Schemas', () => {
  it('cover the three formats of CONTRACT: journey, cohort and simulation result', () => {
    expect(generatedSchemas().map(({ file }) => file)).toEqual([
      'journey.schema.json',
      'cohort.schema.json',
      'simulation-result.schema.json',
    ]);
  });

  it.each(generatedSchemas())('$file matches the zod schema', ({ file, text }) => {
    const committed = readFileSync(`${SCHEMA_DIR}/${file}`, 'utf8');
    expect(committed === text, `${SCHEMA_DIR}/${file} is stale: run npm run schema`).toBe(true);
  });

  it('are draft 2020-12 documents with an $id, title and description', () => {
    for (const { text } of generatedSchemas()) {
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
      expect(schema.title).toBeTruthy();
      expect(schema.description).toBeTruthy();
    }
  });
});

describe('the published schemas accept what the app writes and refuse what it refuses', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validatorOf = (file: string) =>
    ajv.compile(JSON.parse(readFileSync(`${SCHEMA_DIR}/${file}`, 'utf8')) as object);

  it('cohort.schema.json: a sample cohort file is valid; wrong types and unknown columns are not', () => {
    const validate = validatorOf('cohort.schema.json');
    const file = cohortToFile(generateSampleCohort('mother-baby', { size: 200, seed: 3 }));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    const [first, ...rest] = file.customers;
    expect(validate({ ...file, customers: [{ ...first, tier: 'gold' }, ...rest] })).toBe(false);
    expect(validate({ ...file, customers: [{ ...first, nickname: 'Bo' }, ...rest] })).toBe(false);
    expect(validate({ ...file, customers: [] })).toBe(false);
  });

  it('simulation-result.schema.json: a real result is valid; a negative count is not', () => {
    const validate = validatorOf('simulation-result.schema.json');
    const template = journeyTemplates[0]!;
    const result = simulate(
      template.build('en'),
      generateSampleCohort(template.cohortId, { size: 500, seed: 1 }),
      {
        seed: 1,
        horizonDays: 14,
        startDate: '2026-12-01',
      },
    );
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...result, reach: -1 })).toBe(false);
  });
});
