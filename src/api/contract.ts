import { z } from 'zod';
import {
  JOURNEY_FORMAT,
  JourneySchema,
  LintSchema as JourneyLintSchema,
  ProblemDetailSchema,
} from '../journey/index.ts';

/**
 * The HTTP contract of the journeys backend, as zod schemas. The embedded backend (mocks/) and the
 * client (src/api/) both validate against these, and public/openapi.json is generated from them
 * (src/api/openapi-gen.ts), so the three cannot drift apart.
 */

const isoTime = z.iso.datetime({ offset: true });
const recordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export const journeyStatuses = ['draft', 'published'] as const;
export const JourneyStatusSchema = z.enum(journeyStatuses).meta({
  description: '"published" once the journey has at least one published version, else "draft".',
});
export type JourneyStatus = z.infer<typeof JourneyStatusSchema>;

/**
 * A journey being edited. The server stores a draft as sent, even one that is not yet a valid
 * journey (a marketer's half-finished work must never be refused); publish validates it.
 */
export const JourneyDraftSchema = z
  .looseObject({ format: z.literal(JOURNEY_FORMAT), name: z.string().max(120) })
  .meta({
    description:
      'A journey document as the editor holds it: any JSON object with format "journey-canvas" and a name. Stored as sent; publish validates it against Journey.',
  });
export type JourneyDraft = z.infer<typeof JourneyDraftSchema>;

/** A journey file of any schemaVersion: the server migrates it, then validates it against `Journey`. */
export const JourneyFileSchema = z.unknown().meta({
  description: 'A journey file (older schemaVersions are migrated), validated against Journey.',
  $ref: '#/components/schemas/Journey',
});

export const JourneySummarySchema = z.strictObject({
  id: recordId,
  name: z.string(),
  status: JourneyStatusSchema,
  updatedAt: isoTime,
  revision: z
    .int()
    .min(1)
    .meta({ description: 'Bumped by every change of the draft; the ETag is "r<revision>".' }),
  latestVersion: z.int().min(1).nullable(),
  hasUnpublishedChanges: z.boolean(),
  deletedAt: isoTime.nullable().meta({ description: 'Set while in the trash; restorable for 30 days.' }),
});
export type JourneySummary = z.infer<typeof JourneySummarySchema>;

export const JourneyRecordSchema = JourneySummarySchema.extend({ journey: JourneyDraftSchema });
export type JourneyRecord = z.infer<typeof JourneyRecordSchema>;

export const JourneyListSchema = z.strictObject({ journeys: z.array(JourneySummarySchema) });
export type JourneyList = z.infer<typeof JourneyListSchema>;

export const JourneyListQuerySchema = z.strictObject({
  q: z.string().max(120).optional().meta({ description: 'Case-insensitive substring of the name.' }),
  status: JourneyStatusSchema.optional(),
  deleted: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: '"true" lists the trash (deleted within 30 days) instead of live journeys.' }),
});
export type JourneyListQuery = z.infer<typeof JourneyListQuerySchema>;

export const CreateJourneyBodySchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('blank'),
    name: z.string().trim().min(1).max(120),
    timezone: z.string().min(1).max(64).optional().meta({ description: 'IANA name; default "UTC".' }),
  }),
  z.strictObject({ source: z.literal('import'), journey: JourneyFileSchema }),
  z.strictObject({
    source: z.literal('template'),
    templateId: z.string().min(1).max(64),
    journey: JourneyFileSchema,
  }),
  z.strictObject({ source: z.literal('copy'), journey: JourneyDraftSchema }).meta({
    description:
      'A copy of a draft the client holds (e.g. "keep mine as a copy" after a conflict): stored as sent, like an update, so unfinished work is never refused.',
  }),
]);
export type CreateJourneyBody = z.infer<typeof CreateJourneyBodySchema>;

export const UpdateJourneyBodySchema = z.strictObject({ journey: JourneyDraftSchema });
export type UpdateJourneyBody = z.infer<typeof UpdateJourneyBodySchema>;

export const DuplicateJourneyBodySchema = z.strictObject({ name: z.string().trim().min(1).max(120) });
export type DuplicateJourneyBody = z.infer<typeof DuplicateJourneyBodySchema>;

export const VersionSummarySchema = z.strictObject({
  version: z.int().min(1),
  publishedAt: isoTime,
  revision: z.int().min(1).meta({ description: 'The draft revision that was published.' }),
  name: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

export const VersionListSchema = z.strictObject({ versions: z.array(VersionSummarySchema) });
export type VersionList = z.infer<typeof VersionListSchema>;

export const ProblemSchema = z.strictObject({
  path: z.string(),
  message: z.string(),
  detail: ProblemDetailSchema.optional().meta({
    description: 'The problem without words (its kind and values), for a client to word in its language.',
  }),
});

/** The journey module's own schema: each code with the params its translations are worded from. */
export const LintSchema = JourneyLintSchema;

export const errorCodes = [
  'bad-request',
  'invalid-journey',
  'not-found',
  'deleted',
  'precondition-required',
  'conflict',
  'publish-blocked',
  'not-deleted',
  'restore-expired',
  'server-error',
] as const;

export const ErrorBodySchema = z.strictObject({
  code: z.enum(errorCodes),
  message: z.string(),
  problems: z.array(ProblemSchema).optional().meta({ description: 'Schema problems, by JSON path.' }),
  lints: z.array(LintSchema).optional().meta({ description: 'Lint errors that block publishing.' }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const ConflictBodySchema = ErrorBodySchema.extend({
  code: z.literal('conflict'),
  /** the version the server holds now */
  current: JourneyRecordSchema,
});
export type ConflictBody = z.infer<typeof ConflictBodySchema>;

export const CohortSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  size: z.int().min(0),
  description: z.string(),
});
export type CohortSummary = z.infer<typeof CohortSummarySchema>;
export const CohortListSchema = z.strictObject({ cohorts: z.array(CohortSummarySchema) });

/** The ETag of a draft revision: opaque to clients, who only echo it in If-Match. */
export const etagOf = (revision: number) => `"r${revision}"`;

/** Days a deleted journey stays restorable before the server may purge it. */
export const RESTORE_WINDOW_DAYS = 30;

export { JourneySchema };
