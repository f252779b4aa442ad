import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node.ts';
import { createMemoryStore } from '../../mocks/db/memory-store.ts';
import { createJourney } from './create-journey.ts';
import { getJourney } from './get-journey.ts';
import { listJourneys } from './list-journeys.ts';
import { updateJourney } from './update-journey.ts';
import { ApiError, ConflictError } from './errors.ts';
import { caught, winbackJourney } from './api.test-support.ts';

const { server, backend } = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.context.store = createMemoryStore();
});
afterAll(() => server.close());

describe('create, read, list', () => {
  it('creates a blank journey with default settings and reads it back with its ETag', async () => {
    const created = await createJourney({
      source: 'blank',
      name: 'Birthday gift',
      timezone: 'Asia/Shanghai',
    });
    expect(created).toMatchObject({
      name: 'Birthday gift',
      status: 'draft',
      revision: 1,
      latestVersion: null,
    });
    expect(created.journey).toMatchObject({
      id: created.id,
      nodes: [],
      settings: { timezone: 'Asia/Shanghai' },
    });
    const read = await getJourney(created.id);
    expect(read.etag).toBe('"r1"');
    expect(read.journey).toEqual(created.journey);
  });

  it('creates from an imported file, keeping its id, and renames the id when it is taken', async () => {
    const first = await createJourney({ source: 'import', journey: winbackJourney() });
    const second = await createJourney({ source: 'import', journey: winbackJourney() });
    expect(first.id).toBe('winback-2026q4');
    expect(second.id).toBe('winback-2026q4-2');
    expect(second.journey.id).toBe('winback-2026q4-2');
  });

  it('refuses an invalid file with 422 and every problem by path', async () => {
    const journey = {
      ...winbackJourney(),
      name: '',
      settings: { ...winbackJourney().settings, holdoutPercent: 80 },
    };
    const error = await caught(() => createJourney({ source: 'template', templateId: 'winback', journey }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).problems.map((problem) => problem.path).sort()).toEqual([
      'name',
      'settings.holdoutPercent',
    ]);
    // each with its language-free description, so the UI can word it in Chinese too
    expect((error as ApiError).problems.map((problem) => problem.detail?.kind).sort()).toEqual([
      'between',
      'required',
    ]);
  });

  it('lists by name search and status, newest edit first', async () => {
    let clock = Date.parse('2026-11-01T00:00:00Z');
    backend.context.now = () => new Date((clock += 60_000));
    await createJourney({ source: 'blank', name: 'Dormant win-back' });
    await createJourney({ source: 'blank', name: 'Birthday gift' });
    await createJourney({ source: 'blank', name: 'WIN-BACK for VIPs' });
    expect((await listJourneys()).map((journey) => journey.name)).toEqual([
      'WIN-BACK for VIPs',
      'Birthday gift',
      'Dormant win-back',
    ]);
    expect((await listJourneys({ q: 'win-back' })).map((journey) => journey.name)).toEqual([
      'WIN-BACK for VIPs',
      'Dormant win-back',
    ]);
    expect(await listJourneys({ status: 'published' })).toEqual([]);
    expect(await listJourneys({ status: 'draft' })).toHaveLength(3);
  });
});

describe('update with optimistic concurrency', () => {
  it('saves against the current ETag and bumps the revision', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    const saved = await updateJourney({
      id: created.id,
      etag: created.etag,
      journey: { ...created.journey, name: 'Renamed' },
    });
    expect(saved).toMatchObject({ revision: 2, etag: '"r2"', name: 'Renamed' });
    expect((await getJourney(created.id)).journey.name).toBe('Renamed');
  });

  it('answers a stale If-Match with 409 and the server version', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    await updateJourney({
      id: created.id,
      etag: created.etag,
      journey: { ...created.journey, name: 'Theirs' },
    });
    const error = await caught(() =>
      updateJourney({ id: created.id, etag: created.etag, journey: { ...created.journey, name: 'Mine' } }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({ revision: 2, etag: '"r2"', name: 'Theirs' });
    expect((await getJourney(created.id)).journey.name).toBe('Theirs');
  });

  it('treats a 409 whose server copy is already this draft as the save it is', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    const mine = { ...created.journey, name: 'Mine' };
    await updateJourney({ id: created.id, etag: created.etag, journey: mine });
    const again = await updateJourney({ id: created.id, etag: created.etag, journey: mine });
    expect(again).toMatchObject({ revision: 2, name: 'Mine' });
  });

  it('requires If-Match (428) and keeps an unfinished draft as sent', async () => {
    const created = await createJourney({ source: 'blank', name: 'Draft' });
    const response = await fetch(`http://localhost/api/journeys/${created.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ journey: created.journey }),
    });
    expect(response.status).toBe(428);
    const unfinished = { ...created.journey, nodes: [{ id: 'n1', type: 'touch' }] };
    const saved = await updateJourney({ id: created.id, etag: created.etag, journey: unfinished });
    expect(saved.journey.nodes).toEqual([{ id: 'n1', type: 'touch' }]);
  });
});
