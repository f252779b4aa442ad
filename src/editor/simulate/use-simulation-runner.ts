import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Journey } from '../../journey/schema.ts';
import {
  createSimulationClient,
  SimulationCancelledError,
  type ParseOutcome,
  type Progress,
  type SimulationClient,
} from '../../simulation/client.ts';
import type { SimulationResult } from '../../simulation/result.ts';
import { headlineOf, type Headline } from './figures.ts';
import { createProgressStore, type ProgressStore } from './progress-store.ts';
import { cohortSourceOf, SEED_RUNS, simulatedShapeOf, type RunSettings } from './run-settings.ts';

export interface CompletedRun {
  result: SimulationResult;
  headline: Headline;
  /** `simulatedShapeOf` the journey that ran: the overlay is stale when the live journey differs */
  shape: string;
}

export interface SeedRuns {
  seeds: number[];
  headlines: Headline[];
  shape: string;
}

export type Job = { kind: 'run' | 'seeds' | 'parse' };

/** A failure to show in words; `cancelled` is the user's own doing and shown as a notice, not an error. */
export type Failure = { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export interface SimulationRunner {
  job: Job | null;
  /** the running job's share done, read by the progress bar alone */
  progress: ProgressStore;
  failure: Failure | null;
  current: CompletedRun | null;
  baseline: CompletedRun | null;
  seedRuns: SeedRuns | null;
  run(journey: Journey, settings: RunSettings): void;
  runSeeds(journey: Journey, settings: RunSettings): void;
  parseFile(file: File): Promise<ParseOutcome | null>;
  forgetFile(key: string): void;
  cancel(): void;
  clearBaseline(): void;
  /** the client whose worker holds the runs' cohorts ("Show customers" and traces ask it) */
  client(): SimulationClient;
}

/**
 * Runs simulations and parses cohort files through one worker client, keeping the last run, the one
 * before it (the baseline every figure is compared with) and the last "Run 20 seeds".
 */
export function useSimulationRunner(
  createClient: () => SimulationClient = createSimulationClient,
): SimulationRunner {
  const clientRef = useRef<SimulationClient | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [current, setCurrent] = useState<CompletedRun | null>(null);
  const [baseline, setBaseline] = useState<CompletedRun | null>(null);
  const [seedRuns, setSeedRuns] = useState<SeedRuns | null>(null);
  const factory = useRef(createClient);
  const [progress] = useState(createProgressStore);
  const currentRef = useRef<CompletedRun | null>(null);

  const client = useCallback((): SimulationClient => {
    clientRef.current ??= factory.current();
    return clientRef.current;
  }, []);

  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  /**
   * Runs one job at a time. Progress goes to the progress store, at most once per frame; everything
   * else is a transition, so React renders the (large) editor around the panel in slices, never in
   * one long main-thread task while a run is going on.
   */
  const track = useCallback(
    async <T>(kind: Job['kind'], work: (onProgress: (progress: Progress) => void) => Promise<T>) => {
      progress.set(null);
      startTransition(() => {
        setFailure(null);
        setJob({ kind });
      });
      let latest: Progress | null = null;
      let frame = 0;
      const onProgress = (next: Progress) => {
        latest = next;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          progress.set(latest);
        });
      };
      try {
        return await work(onProgress);
      } catch (error) {
        const failure: Failure =
          error instanceof SimulationCancelledError
            ? { kind: 'cancelled' }
            : { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
        if (failure.kind === 'failed') console.error('Simulation failed', error);
        startTransition(() => setFailure(failure));
        return null;
      } finally {
        cancelAnimationFrame(frame);
        startTransition(() => setJob(null));
      }
    },
    [progress],
  );

  const run = useCallback(
    (journey: Journey, settings: RunSettings) => {
      const cohort = cohortSourceOf(settings.cohort);
      if (!cohort) return;
      const shape = simulatedShapeOf(journey);
      const { horizonDays, startDate, seed } = settings;
      void track('run', (onProgress) =>
        client().run({ journey, cohort, options: { horizonDays, startDate }, seeds: [seed] }, onProgress),
      ).then((results) => {
        const result = results?.[0];
        // User Timing mark: a browser test tells the run itself apart from drawing its result
        if (result) performance.mark('simulation-result');
        if (!result) return;
        const completed = { result, headline: headlineOf(result), shape };
        const previous = currentRef.current;
        currentRef.current = completed;
        startTransition(() => {
          setBaseline(previous);
          setCurrent(completed);
        });
      });
    },
    [client, track],
  );

  const runSeeds = useCallback(
    (journey: Journey, settings: RunSettings) => {
      const cohort = cohortSourceOf(settings.cohort);
      if (!cohort) return;
      const shape = simulatedShapeOf(journey);
      const { horizonDays, startDate, seed } = settings;
      const seeds = Array.from({ length: SEED_RUNS }, (_, i) => seed + i);
      void track('seeds', (onProgress) =>
        client().run({ journey, cohort, options: { horizonDays, startDate }, seeds }, onProgress),
      ).then((results) => {
        if (results) startTransition(() => setSeedRuns({ seeds, headlines: results.map(headlineOf), shape }));
      });
    },
    [client, track],
  );

  const parseFile = useCallback(
    (file: File) => track('parse', (onProgress) => client().parseCohort(file, file.name, onProgress)),
    [client, track],
  );

  return {
    job,
    progress,
    failure,
    current,
    baseline,
    seedRuns,
    run,
    runSeeds,
    parseFile,
    forgetFile: useCallback((key: string) => clientRef.current?.forgetCohort(key), []),
    cancel: useCallback(() => clientRef.current?.cancel(), []),
    clearBaseline: useCallback(() => setBaseline(null), []),
    client,
  };
}
