import { z } from 'zod';
import * as contract from './contract.ts';
import { EdgeRefSchema, HandleRefSchema, NodeRefSchema, RuleProblemSchema } from '../journey/index.ts';

/**
 * The OpenAPI 3.1 document of the journeys backend. Every body schema is generated from the zod
 * schemas in contract.ts (OpenAPI 3.1 schemas are JSON Schema 2020-12, which zod emits); only the
 * paths, parameters and status codes are written here.
 */
const components: [string, z.ZodType][] = [
  ['Journey', contract.JourneySchema],
  ['JourneyDraft', contract.JourneyDraftSchema],
  ['JourneySummary', contract.JourneySummarySchema],
  ['JourneyRecord', contract.JourneyRecordSchema],
  ['JourneyList', contract.JourneyListSchema],
  ['CreateJourneyBody', contract.CreateJourneyBodySchema],
  ['UpdateJourneyBody', contract.UpdateJourneyBodySchema],
  ['DuplicateJourneyBody', contract.DuplicateJourneyBodySchema],
  ['VersionSummary', contract.VersionSummarySchema],
  ['VersionList', contract.VersionListSchema],
  ['Problem', contract.ProblemSchema],
  ['Lint', contract.LintSchema],
  ['LintNodeRef', NodeRefSchema],
  ['LintHandleRef', HandleRefSchema],
  ['LintEdgeRef', EdgeRefSchema],
  ['LintRuleProblem', RuleProblemSchema],
  ['ErrorBody', contract.ErrorBodySchema],
  ['ConflictBody', contract.ConflictBodySchema],
  ['CohortSummary', contract.CohortSummarySchema],
  ['CohortList', contract.CohortListSchema],
];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of components) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => ref(id).$ref });
  // Each schema is a component of this document, not a standalone JSON Schema file.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...body } = schema;
      return [id, body];
    }),
  );
}

const json = (id: string, description: string, headers?: Record<string, unknown>) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
  ...(headers ? { headers } : {}),
});
const error = (description: string) => json('ErrorBody', description);
const etagHeader = { ETag: { description: 'The revision, for If-Match.', schema: { type: 'string' } } };
const locationHeader = {
  Location: { description: 'Where the new resource is.', schema: { type: 'string' } },
};

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const versionParam = { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const ifMatch = (required: boolean) => ({
  name: 'If-Match',
  in: 'header',
  required,
  description: 'The ETag of the revision the client edited; another revision on the server → 409.',
  schema: { type: 'string' },
});
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'A repeat with the same key gets the first answer again instead of acting twice.',
  schema: { type: 'string' },
};

function listParameters() {
  const shape = contract.JourneyListQuerySchema.shape;
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema: (({ $schema: _dialect, ...body }) => body)(
      z.toJSONSchema(schema.unwrap(), { target: 'draft-2020-12' }),
    ),
    ...(schema.meta()?.description ? { description: schema.meta()?.description } : {}),
  }));
}

const body = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });
const notFound = error('No such journey (or version).');
const gone = error('The journey is in the trash (code "deleted").');
const serverError = error('The server failed; retry with backoff.');

function paths() {
  return {
    '/api/journeys': {
      get: {
        operationId: 'listJourneys',
        summary: 'List journeys, newest edit first',
        parameters: listParameters(),
        responses: { 200: json('JourneyList', 'The journeys'), 400: error('Bad query') },
      },
      post: {
        operationId: 'createJourney',
        summary: 'Create a journey: blank, from an imported file, from a template, or as a copy of a draft',
        parameters: [idempotencyKey],
        requestBody: body('CreateJourneyBody'),
        responses: {
          201: json('JourneyRecord', 'Created (the id may have been changed to be unique)', {
            ...etagHeader,
            ...locationHeader,
          }),
          400: error('The body does not match CreateJourneyBody'),
          422: error('The file is not a valid journey: every problem, by path (code "invalid-journey")'),
          500: serverError,
        },
      },
    },
    '/api/journeys/{id}': {
      parameters: [idParam],
      get: {
        operationId: 'getJourney',
        summary: 'Read a journey and its draft',
        responses: { 200: json('JourneyRecord', 'The journey', etagHeader), 404: notFound, 410: gone },
      },
      put: {
        operationId: 'updateJourney',
        summary: 'Save the draft (optimistic concurrency)',
        parameters: [ifMatch(true)],
        requestBody: body('UpdateJourneyBody'),
        responses: {
          200: json('JourneyRecord', 'Saved as a new revision', etagHeader),
          400: error('The body does not match UpdateJourneyBody'),
          404: notFound,
          409: json(
            'ConflictBody',
            'Another revision is on the server; `current` is that revision',
            etagHeader,
          ),
          410: gone,
          428: error('If-Match is missing'),
          500: serverError,
        },
      },
      delete: {
        operationId: 'deleteJourney',
        summary: 'Move the journey to the trash (restorable for 30 days); deleting twice is harmless',
        responses: { 200: json('JourneySummary', 'In the trash'), 404: notFound, 500: serverError },
      },
    },
    '/api/journeys/{id}/restore': {
      parameters: [idParam],
      post: {
        operationId: 'restoreJourney',
        summary: 'Take the journey out of the trash',
        responses: {
          200: json('JourneySummary', 'Restored', etagHeader),
          404: notFound,
          409: error('Not in the trash (code "not-deleted")'),
          410: error('Deleted more than 30 days ago (code "restore-expired")'),
          500: serverError,
        },
      },
    },
    '/api/journeys/{id}/duplicate': {
      parameters: [idParam],
      post: {
        operationId: 'duplicateJourney',
        summary: 'Copy the draft into a new journey (no versions)',
        parameters: [idempotencyKey],
        requestBody: body('DuplicateJourneyBody'),
        responses: {
          201: json('JourneyRecord', 'The copy', { ...etagHeader, ...locationHeader }),
          400: error('The body does not match DuplicateJourneyBody'),
          404: notFound,
          410: gone,
          500: serverError,
        },
      },
    },
    '/api/journeys/{id}/publish': {
      parameters: [idParam],
      post: {
        operationId: 'publishJourney',
        summary: 'Validate the draft (schema and lints) and store it as an immutable numbered version',
        parameters: [ifMatch(false), idempotencyKey],
        responses: {
          201: json('VersionSummary', 'Published', locationHeader),
          404: notFound,
          409: json('ConflictBody', 'The draft on the server is not the one named by If-Match'),
          410: gone,
          422: error('Not publishable: every schema problem and every lint error (code "publish-blocked")'),
          500: serverError,
        },
      },
    },
    '/api/journeys/{id}/versions': {
      parameters: [idParam],
      get: {
        operationId: 'listVersions',
        summary: 'The published versions, newest first',
        responses: { 200: json('VersionList', 'The versions'), 404: notFound, 410: gone },
      },
    },
    '/api/journeys/{id}/versions/{version}': {
      parameters: [idParam, versionParam],
      get: {
        operationId: 'exportVersion',
        summary: 'The published journey file, byte for byte as published (canonical JSON)',
        responses: {
          200: json('Journey', 'The journey file (Content-Disposition names it <id>.v<n>.journey.json)'),
          404: notFound,
          410: gone,
        },
      },
    },
    '/api/journeys/{id}/versions/{version}/restore': {
      parameters: [idParam, versionParam],
      post: {
        operationId: 'restoreVersion',
        summary: 'Make a published version the draft again (as a new revision)',
        parameters: [ifMatch(false)],
        responses: {
          200: json('JourneyRecord', 'The draft is now that version', etagHeader),
          404: notFound,
          409: json('ConflictBody', 'The draft on the server is not the one named by If-Match'),
          410: gone,
          500: serverError,
        },
      },
    },
    '/api/cohorts': {
      get: {
        operationId: 'listCohorts',
        summary: 'The sample cohorts, with their sizes and descriptions',
        responses: { 200: json('CohortList', 'The cohorts') },
      },
    },
  };
}

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Journey Canvas backend',
      version: '1.0.0',
      description:
        'Journeys saved, versioned and published. Served in the browser by the embedded backend (mocks/) unless VITE_API_BASE_URL points the app at a real server. Generated from src/api/contract.ts: see docs/api.md.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: paths(),
    components: { schemas: componentSchemas() },
  };
}

/** The committed file's exact text: 2-space JSON and a trailing newline. */
export const openApiText = () => `${JSON.stringify(openApiDocument(), null, 2)}\n`;
export const OPENAPI_FILE = 'public/openapi.json';
