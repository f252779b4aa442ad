/**
 * Cohort figures (issue 4): sample generation at 100k and 1M customers for each sample, and
 * reading a 1,000,000-row CSV into columns. Prints figures, asserts nothing: timings depend on
 * the machine and its load. Run: npx tsx src/cohort/cohort.bench.ts
 */
import { cohortToCsv, cohortToFile } from './export.ts';
import { parseCohortFile } from './parse.ts';
import { generateSampleCohort, sampleCohortIds } from './samples/index.ts';

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

console.log(
  `node ${process.version}, load average ${(await import('node:os'))
    .loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
// warm up the generator so the first figure is not the compiler's
generateSampleCohort('retail-members', { size: 100_000, seed: 0 });

for (const size of [100_000, 1_000_000]) {
  for (const id of sampleCohortIds) {
    const { wallMs, cpuMs } = timed(() => generateSampleCohort(id, { size, seed: 1 }));
    console.log(
      `generate ${id.padEnd(15)} ${size.toLocaleString('en').padStart(9)}: ${wallMs.toFixed(0).padStart(5)} ms wall, ${cpuMs.toFixed(0).padStart(5)} ms CPU`,
    );
  }
}

const rows = 1_000_000;
const csv = cohortToCsv(generateSampleCohort('retail-members', { size: rows, seed: 2 }));
console.log(`CSV of ${rows.toLocaleString('en')} customers: ${mb(csv.length)} of text`);
const before = process.memoryUsage().rss;
let progressCalls = 0;
const parsed = timed(() => parseCohortFile(csv, 'retail.csv', { onProgress: () => progressCalls++ }));
if (!parsed.value.ok)
  throw new Error(`the generated CSV did not parse: ${JSON.stringify(parsed.value.problems.slice(0, 3))}`);
console.log(
  `parse CSV ${rows.toLocaleString('en')} rows: ${parsed.wallMs.toFixed(0)} ms wall, ${parsed.cpuMs.toFixed(0)} ms CPU, ` +
    `${(rows / (parsed.wallMs / 1000) / 1000).toFixed(0)}k rows/s, ${progressCalls} progress calls, ` +
    `RSS ${mb(before)} → ${mb(process.memoryUsage().rss)}`,
);

const jsonCustomers = 100_000;
const json = JSON.stringify(
  cohortToFile(generateSampleCohort('mother-baby', { size: jsonCustomers, seed: 3 })),
);
const parsedJson = timed(() => parseCohortFile(json, 'mother-baby.json'));
if (!parsedJson.value.ok) throw new Error('the generated JSON did not parse');
console.log(
  `parse JSON ${jsonCustomers.toLocaleString('en')} customers (${mb(json.length)}): ${parsedJson.wallMs.toFixed(0)} ms wall, ${parsedJson.cpuMs.toFixed(0)} ms CPU`,
);
