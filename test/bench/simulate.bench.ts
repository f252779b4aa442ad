/**
 * Simulator benchmark (issue 4): the 23-node journey of bench-journey.ts over 30 days, for cohorts
 * of 100k, 1M and 2M customers, so that growth can be seen. Prints figures; asserts nothing (the
 * machine is shared, so a timed assertion would fail at random). Run: npm run bench [-- sizes…].
 */
import type { CohortColumns } from '../../src/cohort/columns.ts';
import { generateSampleCohort } from '../../src/cohort/index.ts';
import { simulate } from '../../src/simulation/engine.ts';
import { uniformTestCohort } from '../../src/simulation/test-cohort.ts';
import { traceCustomers } from '../../src/simulation/trace.ts';
import { benchJourney } from './bench-journey.ts';

const requested = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const sizes = requested.length > 0 ? requested : [100_000, 1_000_000, 2_000_000];

/** A mixed cohort: at-risk customers over every tier, the pace the benchmark journey was tuned on. */
function benchCohort(size: number): CohortColumns {
  const cohort = uniformTestCohort(size, { lifecycleStage: 3 });
  for (let i = 0; i < size; i++) cohort.tier[i] = i % 4;
  return cohort;
}

const number = (n: number) => Math.round(n).toLocaleString('en');
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

// A small warm-up run, so the first size does not pay for compiling the engine.
simulate(benchJourney, benchCohort(20_000), { seed: 0, startDate: '2026-12-01' });

const options = { seed: 1, startDate: '2026-12-01', horizonDays: 30 };

/** Simulates and prints one line of figures; returns the wall-clock milliseconds. */
function measure(label: string, cohort: CohortColumns, generationMs: number): number {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = simulate(benchJourney, cohort, options);
  const ms = performance.now() - start;
  // CPU time of this process: what the run costs on one core, whatever else the shared machine runs
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const visits = Object.values(result.nodes).reduce((sum, counts) => sum + counts.entered, 0);
  const size = cohort.size;
  console.log(
    `${label} ${number(size)} customers: simulation ${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms), ` +
      `${number((size / ms) * 1000)} customers/s, ${number((visits / ms) * 1000)} node visits/s ` +
      `(${number(visits)} visits); cohort generation ${generationMs.toFixed(0)} ms; peak RSS ${rssMb()} MB`,
  );
  return ms;
}

for (const size of sizes) {
  const generationStart = performance.now();
  const cohort = benchCohort(size);
  measure('uniform', cohort, performance.now() - generationStart);
}

// The sample cohorts (src/cohort/samples) go up to 1,000,000 customers: generation timed on its own.
for (const size of sizes.filter((n) => n <= 1_000_000)) {
  const generationStart = performance.now();
  const cohort = generateSampleCohort('retail-members', { size, seed: 1 });
  const generationMs = performance.now() - generationStart;
  measure('retail-members', cohort, generationMs);
  if (size === Math.min(...sizes)) {
    const traceStart = performance.now();
    traceCustomers(
      benchJourney,
      cohort,
      options,
      Array.from({ length: 100 }, (_, i) => i * 7),
    );
    console.log(
      `tracing 100 customers of ${number(size)}: ${(performance.now() - traceStart).toFixed(0)} ms`,
    );
  }
}
