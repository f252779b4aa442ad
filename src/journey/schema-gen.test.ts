import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSchemas, SCHEMA_DIR } from './schema-gen.ts';

describe('published JSON Schemas', () => {
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
