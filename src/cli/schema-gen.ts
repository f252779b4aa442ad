import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CohortFileSchema } from '../cohort/customer.ts';
import { SimulationResultSchema } from '../simulation/result.ts';
import { JourneySchema } from '../journey/schema.ts';

/**
 * Every published JSON Schema, generated from its zod schema (CONTRACT: never written by hand).
 * Adding a format is one more entry here. `io`: 'input' describes a file people write and we
 * read (before zod applies any transform); 'output' a file we write and others read.
 */
const publishedSchemas: {
  schema: z.ZodType;
  file: string;
  title: string;
  description: string;
  io: 'input' | 'output';
}[] = [
  {
    schema: JourneySchema,
    file: 'journey.schema.json',
    title: 'Journey Canvas journey definition',
    description:
      'A lifecycle journey exported by Journey Canvas (*.journey.json). Graph rules (one trigger, edges from real outputs, split percents summing to 100, …) are lints, documented in docs/journey-format.md.',
    io: 'input',
  },
  {
    schema: CohortFileSchema,
    file: 'cohort.schema.json',
    title: 'Journey Canvas cohort',
    description:
      'A cohort of customers imported for simulation (*.cohort.json; the same columns as a CSV header). Customer ids must be unique; dates must be real calendar dates. Documented in docs/cohorts.md.',
    io: 'input',
  },
  {
    schema: SimulationResultSchema,
    file: 'simulation-result.schema.json',
    title: 'Journey Canvas simulation result',
    description:
      'The result of simulating a journey against a cohort (CONTRACT §3). Counts obey the invariants documented in docs/simulation.md.',
    io: 'output',
  },
];

const SCHEMA_BASE_URL = 'https://journey-canvas.dev/schema/';
export const SCHEMA_DIR = 'public/schema';

/** Canonical text of each published schema: `$id`, title and description first, 2-space JSON, trailing newline. */
export function generatedSchemas(): { file: string; text: string }[] {
  return publishedSchemas.map(({ schema, file, title, description, io }) => {
    const { $schema, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12', io });
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
