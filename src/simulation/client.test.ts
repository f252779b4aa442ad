import { describe, expect, it, vi } from 'vitest';
import { findJourneyTemplate } from '../journey/templates/index.ts';
import { mixedTestCohort } from '../journey/templates/mixed-test-cohort.test-support.ts';
import { createSimulationClient, SimulationCancelledError, type WorkerLike } from './client.ts';
import { simulate } from './engine.ts';
import { createWorkerHandler, type CohortLibrary } from './worker-handler.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';
import { cohortProblem } from '../cohort/problems.ts';

const journey = findJourneyTemplate('dormant-winback')!.build('en');
const options = { horizonDays: 30, startDate: '2026-12-01' };

/** A tiny CSV reader for the tests: one customer per line, "bad" anywhere in a line makes it a bad row. */
const library: CohortLibrary = {
  generateSample: (sampleId, size, seed) => ({ ...mixedTestCohort(size, seed), id: sampleId }),
  parseFile(text, fileName, onProgress) {
    const lines = text.trim().split('\n').slice(1);
    onProgress(0.5);
    const bad = lines.flatMap((line, i) =>
      line.includes('bad')
        ? [cohortProblem('otherValue', { detail: 'is not valid' }, { row: i + 2, column: 'id' })]
        : [],
    );
    if (bad.length > 0) return { ok: false, problems: bad };
    onProgress(1);
    return { ok: true, cohort: { ...mixedTestCohort(lines.length, 3), id: fileName, name: fileName } };
  },
};

interface FakeWorker extends WorkerLike {
  received: WorkerRequest[];
  terminated: boolean;
}

/** Drives the real worker handler in-process; `hold` keeps messages until `release` to test cancel. */
function inProcessWorkers(options: { hold?: boolean } = {}) {
  const spawned: FakeWorker[] = [];
  const held: (() => void)[] = [];
  const spawn = (): WorkerLike => {
    const worker: FakeWorker = {
      received: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(message) {
        worker.received.push(message);
        const deliver = () => {
          if (worker.terminated) return;
          void handler.receive(structuredClone(message));
        };
        if (options.hold) held.push(deliver);
        else queueMicrotask(deliver);
      },
      terminate() {
        worker.terminated = true;
      },
    };
    const handler = createWorkerHandler(library, (response: WorkerResponse) => {
      if (!worker.terminated)
        worker.onmessage?.({ data: structuredClone(response) } as MessageEvent<WorkerResponse>);
    });
    spawned.push(worker);
    return worker;
  };
  return { spawn, spawned, release: () => held.splice(0).forEach((deliver) => deliver()) };
}

describe('the simulation client over the worker handler', () => {
  it('returns exactly what simulate() returns for the same journey, sample cohort and seed', async () => {
    const { spawn } = inProcessWorkers();
    const client = createSimulationClient(spawn);
    const [result] = await client.run({
      journey,
      cohort: { kind: 'sample', sampleId: 'retail-members', size: 3000 },
      options,
      seeds: [42],
    });
    const expected = simulate(
      journey,
      library.generateSample('retail-members', 3000, 42, options.startDate),
      {
        seed: 42,
        ...options,
      },
    );
    expect(result).toEqual(expected);
  });

  it('reports progress as a rising share that ends at 1, over all seeds', async () => {
    const { spawn } = inProcessWorkers();
    const client = createSimulationClient(spawn);
    const shares: number[] = [];
    const results = await client.run(
      { journey, cohort: { kind: 'sample', sampleId: 's', size: 4000 }, options, seeds: [1, 2, 3] },
      (progress) => {
        if (progress.phase === 'simulate') shares.push(progress.share);
      },
    );
    expect(results.map((result) => result.seed)).toEqual([1, 2, 3]);
    expect(results[0]).not.toEqual(results[1]);
    expect(shares.length).toBeGreaterThan(3);
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(shares.at(-1)).toBe(1);
  });

  it('cancel rejects the running call at once, terminates the worker and runs the next call in a new one', async () => {
    const workers = inProcessWorkers({ hold: true });
    const client = createSimulationClient(workers.spawn);
    const running = client.run({
      journey,
      cohort: { kind: 'sample', sampleId: 's', size: 1000 },
      options,
      seeds: [1],
    });
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(SimulationCancelledError);
    expect(workers.spawned[0]!.terminated).toBe(true);

    const next = client.run({
      journey,
      cohort: { kind: 'sample', sampleId: 's', size: 500 },
      options,
      seeds: [7],
    });
    workers.release();
    expect(workers.spawned).toHaveLength(2);
    expect((await next)[0]!.seed).toBe(7);
  });

  it('lists a file’s bad rows and keeps nothing; a good file is parsed and simulated', async () => {
    const { spawn } = inProcessWorkers();
    const client = createSimulationClient(spawn);
    const bad = await client.parseCohort('id\nc1\nbad\nc3\nbad2\n', 'mine.csv');
    expect(bad).toEqual({
      ok: false,
      fileName: 'mine.csv',
      problems: [
        expect.objectContaining({ row: 3, column: 'id', code: 'otherValue' }),
        expect.objectContaining({ row: 5, column: 'id', code: 'otherValue' }),
      ],
    });

    const progress = vi.fn();
    const good = await client.parseCohort('id\nc1\nc2\nc3\n', 'good.csv', progress);
    expect(good.ok && good.summary).toMatchObject({ size: 3, fileName: 'good.csv' });
    expect(progress).toHaveBeenCalledWith({ share: 1, phase: 'parse' });
    if (!good.ok) return;
    const [result] = await client.run({
      journey,
      cohort: { kind: 'file', key: good.summary.key },
      options,
      seeds: [1],
    });
    expect(result!.cohort).toEqual({ id: 'good.csv', size: 3 });
  });

  it('after a cancel, parses the kept file again in the new worker before running on it', async () => {
    const workers = inProcessWorkers();
    const client = createSimulationClient(workers.spawn);
    const parsed = await client.parseCohort('id\nc1\nc2\n', 'two.csv');
    if (!parsed.ok) throw new Error('expected the file to parse');
    client.cancel();
    const [result] = await client.run({
      journey,
      cohort: { kind: 'file', key: parsed.summary.key },
      options,
      seeds: [1],
    });
    expect(result!.cohort.size).toBe(2);
    expect(workers.spawned[1]!.received.map((message) => message.type)).toEqual(['parse-cohort', 'run']);
  });

  it('turns a failure inside the worker into a rejected call with the reason in words', async () => {
    const { spawn } = inProcessWorkers();
    const client = createSimulationClient(spawn);
    const run = client.run({
      journey,
      cohort: { kind: 'sample', sampleId: 's', size: 10 },
      options: { horizonDays: 400, startDate: '2026-12-01' },
      seeds: [1],
    });
    await expect(run).rejects.toThrow(/horizonDays: must be between 1 and 365/);
  });

  it('fails every pending call with a message when the worker itself breaks', async () => {
    const workers = inProcessWorkers({ hold: true });
    const client = createSimulationClient(workers.spawn);
    const run = client.run({
      journey,
      cohort: { kind: 'sample', sampleId: 's', size: 10 },
      options,
      seeds: [1],
    });
    workers.spawned[0]!.onerror?.({ message: 'Failed to load module' } as ErrorEvent);
    await expect(run).rejects.toThrow('The simulation worker stopped: Failed to load module');
  });
});
