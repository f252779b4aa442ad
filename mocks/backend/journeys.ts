import {
  CreateJourneyBodySchema,
  DuplicateJourneyBodySchema,
  JourneyListQuerySchema,
  UpdateJourneyBodySchema,
  etagOf,
  type JourneyRecord,
} from '../../src/api/contract.ts';
import { parseJourney, problemsFromZod } from '../../src/journey/index.ts';
import { blankJourney } from './blank-journey.ts';
import {
  etagHeader,
  liveRows,
  newRow,
  recordOf,
  restoreExpired,
  summaryOf,
  unusedId,
  type BackendContext,
} from './records.ts';
import { deletedReply, failure, notFound, ok, type Reply } from './replies.ts';
import type { JourneyRow } from '../db/store.ts';
import type { z } from 'zod';

const badRequest = (error: z.ZodError): Reply =>
  failure(400, {
    code: 'bad-request',
    message: 'The request body is not valid.',
    problems: problemsFromZod(error),
  });

export async function listJourneys(context: BackendContext, params: Record<string, string>): Promise<Reply> {
  const query = JourneyListQuerySchema.safeParse(params);
  if (!query.success) return badRequest(query.error);
  const { q, status, deleted } = query.data;
  const needle = q?.trim().toLocaleLowerCase() ?? '';
  const journeys = (await liveRows(context))
    .filter((row) => (deleted === 'true') === (row.deletedAt !== null))
    .map(summaryOf)
    .filter((summary) => (status ? summary.status === status : true))
    .filter((summary) => summary.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
  return ok({ journeys });
}

export async function createJourney(context: BackendContext, input: unknown): Promise<Reply> {
  const body = CreateJourneyBodySchema.safeParse(input);
  if (!body.success) return badRequest(body.error);
  const at = context.now().toISOString();
  let draft: Record<string, unknown>;
  let wantedId: string;
  if (body.data.source === 'blank') {
    wantedId = `journey-${context.randomSuffix()}`;
    draft = blankJourney(wantedId, body.data.name, body.data.timezone);
  } else if (body.data.source === 'copy') {
    draft = body.data.journey;
    wantedId =
      typeof draft.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(draft.id)
        ? draft.id
        : `journey-${context.randomSuffix()}`;
  } else {
    const parsed = parseJourney(body.data.journey);
    if (!parsed.ok) {
      return failure(422, {
        code: 'invalid-journey',
        message: 'The file is not a valid journey.',
        problems: parsed.problems,
      });
    }
    draft = parsed.journey;
    wantedId = parsed.journey.id;
  }
  const row = newRow(await unusedId(context, wantedId), draft, at);
  await context.store.putJourney(row);
  return ok(recordOf(row), 201, { ...etagHeader(row), Location: `/api/journeys/${row.id}` });
}

/** The row, or the reply that explains why there is none to work on. */
export async function findRow(
  context: BackendContext,
  id: string,
  { allowDeleted = false } = {},
): Promise<JourneyRow | Reply> {
  const row = await context.store.getJourney(id);
  if (!row || restoreExpired(row, context.now())) return notFound(id);
  if (row.deletedAt !== null && !allowDeleted) return deletedReply(id);
  return row;
}

export const isReply = (value: JourneyRow | Reply): value is Reply => 'status' in value;

export async function getJourney(context: BackendContext, id: string): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  return ok(recordOf(row), 200, etagHeader(row));
}

/** Refuses a write made against an older revision than the server's: the 409 carries the server's copy. */
export function preconditionFailure(
  row: JourneyRow,
  ifMatch: string | null,
  required: boolean,
): Reply | null {
  if (ifMatch === null) {
    if (!required) return null;
    return failure(428, {
      code: 'precondition-required',
      message: 'Send If-Match with the ETag of the revision you edited.',
    });
  }
  if (ifMatch === '*' || ifMatch === etagOf(row.revision)) return null;
  return conflictReply(recordOf(row));
}

export const conflictReply = (current: JourneyRecord): Reply => ({
  status: 409,
  body: {
    code: 'conflict',
    message: 'The journey was changed by someone else since you opened it.',
    current,
  },
  headers: { ETag: etagOf(current.revision) },
});

export async function updateJourney(
  context: BackendContext,
  id: string,
  ifMatch: string | null,
  input: unknown,
): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  const refused = preconditionFailure(row, ifMatch, true);
  if (refused) return refused;
  const body = UpdateJourneyBodySchema.safeParse(input);
  if (!body.success) return badRequest(body.error);
  const updated: JourneyRow = {
    ...row,
    draft: body.data.journey,
    revision: row.revision + 1,
    updatedAt: context.now().toISOString(),
  };
  await context.store.putJourney(updated);
  return ok(recordOf(updated), 200, etagHeader(updated));
}

export async function duplicateJourney(context: BackendContext, id: string, input: unknown): Promise<Reply> {
  const row = await findRow(context, id);
  if (isReply(row)) return row;
  const body = DuplicateJourneyBodySchema.safeParse(input);
  if (!body.success) return badRequest(body.error);
  const copyId = await unusedId(context, `${row.id.slice(0, 59)}-copy`);
  const copy = newRow(copyId, { ...row.draft, name: body.data.name }, context.now().toISOString());
  await context.store.putJourney(copy);
  return ok(recordOf(copy), 201, { ...etagHeader(copy), Location: `/api/journeys/${copy.id}` });
}

/** Soft delete: the journey moves to the trash and can be restored for 30 days. Deleting twice is harmless. */
export async function deleteJourney(context: BackendContext, id: string): Promise<Reply> {
  const row = await findRow(context, id, { allowDeleted: true });
  if (isReply(row)) return row;
  if (row.deletedAt !== null) return ok(summaryOf(row));
  const deleted: JourneyRow = { ...row, deletedAt: context.now().toISOString() };
  await context.store.putJourney(deleted);
  return ok(summaryOf(deleted));
}

export async function restoreJourney(context: BackendContext, id: string): Promise<Reply> {
  const row = await context.store.getJourney(id);
  if (!row) return notFound(id);
  if (restoreExpired(row, context.now())) {
    await context.store.purgeJourney(id);
    return failure(410, {
      code: 'restore-expired',
      message: `The journey "${id}" was deleted more than 30 days ago and cannot be restored.`,
    });
  }
  if (row.deletedAt === null) {
    return failure(409, { code: 'not-deleted', message: `The journey "${id}" is not in the trash.` });
  }
  const restored: JourneyRow = { ...row, deletedAt: null };
  await context.store.putJourney(restored);
  return ok(summaryOf(restored), 200, etagHeader(restored));
}
