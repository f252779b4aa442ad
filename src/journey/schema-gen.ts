import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { JourneySchema } from './schema.ts';

/**
 * Every published JSON Schema, generated from its zod schema (CONTRACT: never written by hand).
 * Adding a format (cohort, simulation result) is one more entry here.
 */
const publishedSchemas: { schema: z.ZodType; file: string; title: string; description: string }[] = [
  {
    schema: JourneySchema,
    file: 'journey.schema.json',
    title: 'Journey Canvas journey definition',
    description:
      'A lifecycle journey exported by Journey Canvas (*.journey.json). Graph rules (one trigger, edges from real outputs, split percents summing to 100, …) are lints, documented in docs/journey-format.md.',
  },
];

const SCHEMA_BASE_URL = 'https://journey-canvas.dev/schema/';
export const SCHEMA_DIR = 'public/schema';

/** Canonical text of each published schema: `$id`, title and description first, 2-space JSON, trailing newline. */
export function generatedSchemas(): { file: string; text: string }[] {
  return publishedSchemas.map(({ schema, file, title, description }) => {
    // 'input': a file on disk is what gets validated, before zod applies any transform.
    const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
    const document = { $schema, $id: `${SCHEMA_BASE_URL}${file}`, title, description, ...body };
    return { file, text: `${JSON.stringify(document, null, 2)}\n` };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, text } of generatedSchemas()) {
    writeFileSync(`${SCHEMA_DIR}/${file}`, text);
    console.log(`wrote ${SCHEMA_DIR}/${file}`);
  }
}
