import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node.ts';
import { createMemoryStore } from '../../mocks/db/memory-store.ts';
import { serializeJourney } from '../journey/index.ts';
import { createJourney } from './create-journey.ts';
import { deleteJourney } from './delete-journey.ts';
import { duplicateJourney } from './duplicate-journey.ts';
import { ApiError } from './errors.ts';
import { exportVersion } from './export-version.ts';
import { getJourney } from './get-journey.ts';
import { listCohorts } from './list-cohorts.ts';
import { listJourneys } from './list-journeys.ts';
import { listVersions } from './list-versions.ts';
import { publishJourney } from './publish-journey.ts';
import { restoreJourney } from './restore-journey.ts';
import { restoreVersion } from './restore-version.ts';
import { updateJourney } from './update-journey.ts';
import { caught, winbackJourney } from './api.test-support.ts';

const cohorts = [
  { id: 'dormant-10k', name: 'Dormant members', size: 10_000, description: '6 months silent' },
];
let clock = Date.parse('2026-11-01T08:00:00Z');
const { server, backend } = createMockServer({ cohorts, now: () => new Date(clock) });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.context.store = createMemoryStore();
});
afterAll(() => server.close());

const DAY = 24 * 60 * 60 * 1000;

describe('soft delete and restore', () => {
  it('moves a journey to the trash, out of the list, and back', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    const deleted = await deleteJourney(created.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await listJourneys()).toEqual([]);
    expect((await listJourneys({ deleted: 'true' })).map((journey) => journey.id)).toEqual([created.id]);
    expect(((await caught(() => getJourney(created.id))) as ApiError).status).toBe(410);
    const restored = await restoreJourney(created.id);
    expect(restored.deletedAt).toBeNull();
    expect((await getJourney(created.id)).journey).toEqual(created.journey);
  });

  it('keeps the trash for 30 days, then forgets the journey', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    await deleteJourney(created.id);
    clock += 29 * DAY;
    expect(await listJourneys({ deleted: 'true' })).toHaveLength(1);
    clock += 2 * DAY;
    const error = (await caught(() => restoreJourney(created.id))) as ApiError;
    expect([error.status, error.code]).toEqual([410, 'restore-expired']);
    expect(await listJourneys({ deleted: 'true' })).toEqual([]);
  });

  it('refuses to restore a journey that is not in the trash', async () => {
    const created = await createJourney({ source: 'blank', name: 'Live' });
    expect(((await caught(() => restoreJourney(created.id))) as ApiError).code).toBe('not-deleted');
  });
});

describe('duplicate', () => {
  it('copies the draft under a new id and name, without versions', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    await publishJourney({ id: created.id });
    const copy = await duplicateJourney({ id: created.id, name: 'Win-back (copy)' });
    expect(copy).toMatchObject({ id: 'winback-2026q4-copy', name: 'Win-back (copy)', latestVersion: null });
    expect(copy.journey).toEqual({ ...created.journey, id: copy.id, name: 'Win-back (copy)' });
    expect(await listVersions(copy.id)).toEqual([]);
  });
});

describe('publish and versions', () => {
  it('refuses an invalid draft with 422 listing every schema problem', async () => {
    const created = await createJourney({ source: 'blank', name: 'Half done' });
    await updateJourney({
      id: created.id,
      etag: created.etag,
      journey: {
        ...created.journey,
        settings: { ...winbackJourney().settings, holdoutPercent: 90 },
        nodes: [{}],
      },
    });
    const error = (await caught(() => publishJourney({ id: created.id }))) as ApiError;
    expect([error.status, error.code]).toEqual([422, 'publish-blocked']);
    expect(error.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['settings.holdoutPercent', 'nodes[0].type']),
    );
  });

  it('refuses a schema-valid draft whose lints have errors, with every error lint', async () => {
    const created = await createJourney({ source: 'blank', name: 'No trigger yet' });
    const error = (await caught(() => publishJourney({ id: created.id }))) as ApiError;
    expect(error.status).toBe(422);
    expect(error.problems).toEqual([]);
    expect(error.lints.map((lint) => [lint.code, lint.severity])).toEqual([['no-trigger', 'error']]);
    expect(await listVersions(created.id)).toEqual([]);
  });

  it('publishes version 1, then 2, exports each byte for byte, and restores 1 as the draft', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    const first = await publishJourney({ id: created.id, etag: created.etag });
    expect(first).toMatchObject({ version: 1, revision: 1, name: 'Dormant win-back' });
    const edited = await updateJourney({
      id: created.id,
      etag: created.etag,
      journey: { ...created.journey, name: 'Win-back v2' },
    });
    clock += 60_000;
    const second = await publishJourney({ id: created.id, etag: edited.etag });
    expect(second).toMatchObject({ version: 2, revision: 2, name: 'Win-back v2' });
    expect((await listVersions(created.id)).map((version) => version.version)).toEqual([2, 1]);
    expect(await listJourneys({ status: 'published' })).toMatchObject([
      { latestVersion: 2, hasUnpublishedChanges: false },
    ]);

    const exported = await exportVersion({ id: created.id, version: 1 });
    expect(exported.text).toBe(serializeJourney(winbackJourney()));
    expect(exported.fileName).toBe('winback-2026q4.v1.journey.json');

    const restored = await restoreVersion({ id: created.id, version: 1, etag: edited.etag });
    expect(restored).toMatchObject({ revision: 3, name: 'Dormant win-back', hasUnpublishedChanges: true });
    expect((await getJourney(created.id)).journey).toEqual(winbackJourney());
    expect((await listVersions(created.id)).map((version) => version.version)).toEqual([2, 1]);
  });

  it('refuses to publish a draft newer than the one on screen (409)', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    await updateJourney({
      id: created.id,
      etag: created.etag,
      journey: { ...created.journey, name: 'Newer' },
    });
    expect(
      ((await caught(() => publishJourney({ id: created.id, etag: created.etag }))) as ApiError).status,
    ).toBe(409);
  });

  it('answers 404 for a version that does not exist', async () => {
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    expect(((await caught(() => exportVersion({ id: created.id, version: 3 }))) as ApiError).status).toBe(
      404,
    );
  });
});

describe('cohorts', () => {
  it('lists the sample cohorts with sizes and descriptions', async () => {
    expect(await listCohorts()).toEqual(cohorts);
  });
});
