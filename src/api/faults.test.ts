import { MutationObserver } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node.ts';
import { createMemoryStore } from '../../mocks/db/memory-store.ts';
import { faultRateFromSearch, seededRandom, type FaultKind } from '../../mocks/faults.ts';
import { apiBaseUrl } from './client.ts';
import { createJourney } from './create-journey.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { ApiError } from './errors.ts';
import { listJourneys } from './list-journeys.ts';
import { createQueryClient } from './query-client.ts';
import { updateJourney, type UpdateJourneyInput } from './update-journey.ts';
import type { CreateJourneyBody } from './contract.ts';
import { caught, winbackJourney } from './api.test-support.ts';

const { server, backend, faults } = createMockServer();
/** Status of every request in order; 0 for a dropped connection (msw reports no response for it). */
const requestOrder: string[] = [];
const answered = new Map<string, number>();
const statuses = {
  get all() {
    return requestOrder.map((id) => answered.get(id) ?? 0);
  },
  clear() {
    requestOrder.length = 0;
    answered.clear();
  },
};
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ requestId }) => requestOrder.push(requestId));
  server.events.on('response:mocked', ({ requestId, response }) => answered.set(requestId, response.status));
});
afterEach(() => {
  server.resetHandlers();
  backend.context.store = createMemoryStore();
  faults.rate = 0;
  statuses.clear();
});
afterAll(() => server.close());

/**
 * Faults on cue: the next `count` mutating requests get `kind`, later ones none. `kinds` is how many
 * fault kinds the request can get (4 with If-Match, else 3: see pickFault).
 */
function scriptFaults(kind: FaultKind, { count = 1, kinds = 3 } = {}) {
  const kindIndex = ['server-error', 'timeout-before', 'timeout-after', 'spurious-conflict'].indexOf(kind);
  const draws: number[] = [];
  for (let n = 0; n < count; n += 1) draws.push(0, (kindIndex + 0.5) / kinds);
  faults.rate = 0.5;
  faults.random = () => draws.shift() ?? 0.99;
}

const queryClient = createQueryClient({ baseMs: 1, maxMs: 4 });
const create = (body: CreateJourneyBody) =>
  new MutationObserver(queryClient, {
    mutationFn: (b: CreateJourneyBody) => createJourney(b, idempotencyKeyFor(b)),
  }).mutate(body);
const update = (input: UpdateJourneyInput) =>
  new MutationObserver(queryClient, { mutationFn: updateJourney }).mutate(input);

describe('fault injection', () => {
  it('reads ?faults= from the page URL, ignoring nonsense', () => {
    expect(faultRateFromSearch('?faults=0.3')).toBe(0.3);
    expect(faultRateFromSearch('?x=1&faults=1')).toBe(1);
    for (const search of ['', '?faults=abc', '?faults=-1', '?faults=2'])
      expect(faultRateFromSearch(search)).toBe(0);
  });

  it('fails about the asked share of mutating requests, with 500s, dropped connections and 409s', async () => {
    faults.random = seededRandom(7);
    const created = await createJourney({ source: 'blank', name: 'Target' });
    faults.rate = 0.3;
    const seen = { ok: 0, 500: 0, 0: 0, 409: 0 } as Record<number | 'ok', number>;
    for (let n = 0; n < 300; n += 1) {
      const response = await fetch(`${apiBaseUrl()}/api/journeys/${created.id}`, {
        method: 'PUT',
        headers: { 'If-Match': '*', 'Content-Type': 'application/json' },
        body: JSON.stringify({ journey: created.journey }),
      }).catch(() => null);
      const key = response === null ? 0 : response.ok ? 'ok' : response.status;
      seen[key] = (seen[key] ?? 0) + 1;
    }
    const failed = 300 - (seen.ok ?? 0);
    expect(failed / 300).toBeGreaterThan(0.22);
    expect(failed / 300).toBeLessThan(0.38);
    expect(seen[500]).toBeGreaterThan(0);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[409]).toBeGreaterThan(0);
  });

  it('never fails a read', async () => {
    faults.rate = 1;
    expect(await listJourneys()).toEqual([]);
  });
});

describe('retries with backoff', () => {
  it('recovers from a 500 on create', async () => {
    scriptFaults('server-error');
    const created = await create({ source: 'blank', name: 'After a 500' });
    expect(created.name).toBe('After a 500');
    expect(statuses.all).toEqual([500, 201]);
  });

  it('recovers from a lost answer on create without creating the journey twice', async () => {
    scriptFaults('timeout-after');
    const created = await create({ source: 'import', journey: winbackJourney() });
    expect(statuses.all).toEqual([0, 201]);
    expect((await listJourneys()).map((journey) => journey.id)).toEqual([created.id]);
  });

  it('recovers from a lost request and from a lost answer on update', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    statuses.clear();
    scriptFaults('timeout-before', { kinds: 4 });
    const first = await update({
      id: created.id,
      etag: created.etag,
      journey: { ...created.journey, name: 'One' },
    });
    expect(first).toMatchObject({ revision: 2, name: 'One' });
    scriptFaults('timeout-after', { kinds: 4 });
    const second = await update({
      id: created.id,
      etag: first.etag,
      journey: { ...first.journey, name: 'Two' },
    });
    // the lost answer's retry meets a 409 whose server copy is this very draft: a success
    expect(second).toMatchObject({ revision: 3, name: 'Two' });
    expect(statuses.all).toEqual([0, 200, 0, 409]);
  });

  it('retries a spurious 409 (server revision unchanged) until the save lands', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    statuses.clear();
    scriptFaults('spurious-conflict', { count: 2, kinds: 4 });
    const saved = await update({
      id: created.id,
      etag: created.etag,
      journey: { ...created.journey, name: 'Mine' },
    });
    expect(saved).toMatchObject({ revision: 2, name: 'Mine' });
    expect(statuses.all).toEqual([409, 409, 200]);
  });

  it('does not retry a 4xx', async () => {
    const invalid = { ...winbackJourney(), nodes: 'none' };
    const error = (await caught(() => create({ source: 'import', journey: invalid }))) as ApiError;
    expect(error.status).toBe(422);
    expect(statuses.all).toEqual([422]);
  });

  it('gives up after the retry budget when the server keeps failing, with a 5xx error', async () => {
    faults.rate = 1;
    faults.random = () => 0;
    const error = (await caught(() => create({ source: 'blank', name: 'Never' }))) as ApiError;
    expect(error.status).toBe(500);
    expect(statuses.all).toEqual([500, 500, 500, 500, 500]);
  });
});
