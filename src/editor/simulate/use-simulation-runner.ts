import { useCallback, useEffect, useRef, useState } from 'react';
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

export type Job = { kind: 'run' | 'seeds' | 'parse'; progress: Progress | null };

/** A failure to show in words; `cancelled` is the user's own doing and shown as a notice, not an error. */
export type Failure = { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export interface SimulationRunner {
  job: Job | null;
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

  /** Runs one job at a time; progress updates are coalesced to one state update per frame. */
  const track = useCallback(
    async <T>(kind: Job['kind'], work: (onProgress: (progress: Progress) => void) => Promise<T>) => {
      setFailure(null);
      setJob({ kind, progress: null });
      let latest: Progress | null = null;
      let frame = 0;
      const onProgress = (progress: Progress) => {
        latest = progress;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          setJob({ kind, progress: latest });
        });
      };
      try {
        return await work(onProgress);
      } catch (error) {
        if (error instanceof SimulationCancelledError) setFailure({ kind: 'cancelled' });
        else {
          console.error('Simulation failed', error);
          setFailure({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        }
        return null;
      } finally {
        cancelAnimationFrame(frame);
        setJob(null);
      }
    },
    [],
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
        if (!result) return;
        const completed = { result, headline: headlineOf(result), shape };
        setBaseline(currentRef.current);
        currentRef.current = completed;
        setCurrent(completed);
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
        if (results) setSeedRuns({ seeds, headlines: results.map(headlineOf), shape });
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
