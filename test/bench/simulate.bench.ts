/**
 * Simulator benchmark (issue 4): the 23-node journey of bench-journey.ts over 30 days, for cohorts
 * of 100k, 1M and 2M customers, so that growth can be seen. Prints figures; asserts nothing (the
 * machine is shared, so a timed assertion would fail at random). Run: npm run bench [-- sizes…].
 *
 * Each figure is the median of RUNS runs (default 3), with every run printed: on this shared
 * machine the same run varies by up to ±30% from one moment to the next, so one run says little.
 */
import type { CohortColumns } from '../../src/cohort/columns.ts';
import { generateSampleCohort } from '../../src/cohort/index.ts';
import { simulate } from '../../src/simulation/engine.ts';
import { uniformTestCohort } from '../../src/simulation/cohort.test-support.ts';
import { traceCustomers } from '../../src/simulation/trace.ts';
import { GENERATED_WALK_MIN_CUSTOMERS } from '../../src/simulation/walk-source.ts';
import { benchJourney } from './bench-journey.ts';

const requested = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const sizes = requested.length > 0 ? requested : [100_000, 1_000_000, 2_000_000];
const runs = Math.max(1, Number(process.env.RUNS ?? 3));

/** A mixed cohort: at-risk customers over every tier, the pace the benchmark journey was tuned on. */
function benchCohort(size: number): CohortColumns {
  const cohort = uniformTestCohort(size, { lifecycleStage: 3 });
  for (let i = 0; i < size; i++) cohort.tier[i] = i % 4;
  return cohort;
}

const number = (n: number) => Math.round(n).toLocaleString('en');
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

/** Runs `work` `runs` times; returns the median wall-clock milliseconds, every run's, and the last result. */
function timed<T>(work: () => T): { ms: number; all: number[]; cpu: number[]; result: T } {
  const all: number[] = [];
  const cpu: number[] = [];
  let result!: T;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = work();
    all.push(performance.now() - start);
    // CPU time of this process: what the run costs on one core, whatever else the machine runs
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(all), all, cpu, result };
}

// Small warm-up runs, so the first size does not pay for compiling the engine and the generator.
// They do not warm up the benchmark journey's generated walk (cohorts from 500k customers): the
// first run at such a size is a run just after the journey was edited, and is printed as such.
simulate(benchJourney, benchCohort(20_000), { seed: 0, startDate: '2026-12-01' });
generateSampleCohort('retail-members', { size: 20_000, seed: 0 });

const options = { seed: 1, startDate: '2026-12-01', horizonDays: 30 };

let firstGeneratedRun = true;

/** Simulates `runs` times and prints one line of figures. */
function measure(label: string, cohort: CohortColumns, generation: string): void {
  const { ms, all, cpu, result } = timed(() => simulate(benchJourney, cohort, options));
  const visits = Object.values(result.nodes).reduce((sum, counts) => sum + counts.entered, 0);
  const size = cohort.size;
  const walk =
    size >= GENERATED_WALK_MIN_CUSTOMERS
      ? firstGeneratedRun
        ? ' [generated walk; run 1 includes compiling it, as after an edit]'
        : ' [generated walk, compiled by an earlier run]'
      : ' [interpreting walk]';
  if (size >= GENERATED_WALK_MIN_CUSTOMERS) firstGeneratedRun = false;
  console.log(
    `${label} ${number(size)} customers: simulation ${ms.toFixed(0)} ms median ` +
      `(runs ${list(all)} ms; CPU ${list(cpu)} ms), ${number((size / ms) * 1000)} customers/s, ` +
      `${number((visits / ms) * 1000)} node visits/s (${number(visits)} visits); ` +
      `cohort generation ${generation}; peak RSS ${rssMb()} MB${walk}`,
  );
}

for (const size of sizes) {
  const generationStart = performance.now();
  const cohort = benchCohort(size);
  measure('uniform', cohort, `${(performance.now() - generationStart).toFixed(0)} ms`);
}

// The sample cohorts (src/cohort/samples) go up to 1,000,000 customers: generation timed on its own.
for (const size of sizes.filter((n) => n <= 1_000_000)) {
  // one generation, not RUNS: every extra million-customer cohort would raise the peak RSS printed
  const generationStart = performance.now();
  const cohort = generateSampleCohort('retail-members', { size, seed: 1 });
  measure('retail-members', cohort, `${(performance.now() - generationStart).toFixed(0)} ms`);
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
