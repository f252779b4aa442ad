import type { VersionSummary } from '../../src/api/contract.ts';
import { lintJourney, parseJourney, serializeJourney } from '../../src/journey/index.ts';
import type { JourneyRow, VersionRow } from '../db/store.ts';
import { findRow, isReply, preconditionFailure } from './journeys.ts';
import { etagHeader, recordOf, type BackendContext } from './records.ts';
import { failure, ok, type Reply } from './replies.ts';

const versionSummary = ({ version, publishedAt, revision, name }: VersionRow): VersionSummary => ({
  version,
  publishedAt,
  revision,
  name,
});

/**
 * Publishing checks the draft exactly as import and export do (schema, then lints): every problem
 * and every lint error comes back at once, so the editor can show them all on the canvas.
 */
export async function publishJourney(
  context: BackendContext,
  id: string,
  ifMatch: string | null,
): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  const refused = preconditionFailure(row, ifMatch, false);
  if (refused) return refused;
  const parsed = parseJourney(row.draft);
  if (!parsed.ok) {
    return failure(422, {
      code: 'publish-blocked',
      message: 'The journey is not valid: fix every problem, then publish again.',
      problems: parsed.problems,
      lints: [],
    });
  }
  const lintErrors = lintJourney(parsed.journey).filter((lint) => lint.severity === 'error');
  if (lintErrors.length > 0) {
    return failure(422, {
      code: 'publish-blocked',
      message: 'The journey cannot run as drawn: fix every error, then publish again.',
      problems: [],
      lints: lintErrors,
    });
  }
  const version: VersionRow = {
    journeyId: row.id,
    version: (row.latestVersion ?? 0) + 1,
    publishedAt: context.now().toISOString(),
    revision: row.revision,
    name: parsed.journey.name,
    canonical: serializeJourney(parsed.journey),
  };
  await context.store.putVersion(version);
  await context.store.putJourney({ ...row, latestVersion: version.version, publishedRevision: row.revision });
  return ok(versionSummary(version), 201, {
    Location: `/api/journeys/${row.id}/versions/${version.version}`,
  });
}

export async function listVersions(context: BackendContext, id: string): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  const versions = await context.store.listVersions(row.id);
  return ok({ versions: versions.map(versionSummary).reverse() });
}

async function findVersion(
  context: BackendContext,
  row: JourneyRow,
  version: number,
): Promise<VersionRow | Reply> {
  const found = Number.isInteger(version) ? await context.store.getVersion(row.id, version) : undefined;
  return found ?? failure(404, { code: 'not-found', message: `The journey has no version ${version}.` });
}

/** The published file itself, byte for byte as it was published, named for download. */
export async function exportVersion(context: BackendContext, id: string, version: number): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  const found = await findVersion(context, row, version);
  if ('status' in found) return found;
  return {
    status: 200,
    body: null,
    text: found.canonical,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${row.id}.v${version}.journey.json"`,
    },
  };
}

/** The version becomes the draft, as a new revision: nothing published is changed, and undo is another restore. */
export async function restoreVersion(
  context: BackendContext,
  id: string,
  version: number,
  ifMatch: string | null,
): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  const refused = preconditionFailure(row, ifMatch, false);
  if (refused) return refused;
  const found = await findVersion(context, row, version);
  if ('status' in found) return found;
  const restored: JourneyRow = {
    ...row,
    draft: JSON.parse(found.canonical) as Record<string, unknown>,
    revision: row.revision + 1,
    updatedAt: context.now().toISOString(),
  };
  await context.store.putJourney(restored);
  return ok(recordOf(restored), 200, etagHeader(restored));
}
