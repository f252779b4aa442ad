import { delay, http, HttpResponse } from 'msw';
import {
  createJourney,
  deleteJourney,
  duplicateJourney,
  getJourney,
  listJourneys,
  restoreJourney,
  updateJourney,
} from './backend/journeys.ts';
import { exportVersion, listVersions, publishJourney, restoreVersion } from './backend/versions.ts';
import type { Backend } from './backend/backend.ts';
import { conflictReply } from './backend/journeys.ts';
import type { Reply } from './backend/replies.ts';
import { pickFault, type FaultPolicy } from './faults.ts';
import type { JourneyRecord } from '../src/api/contract.ts';

export interface HandlerOptions {
  backend: Backend;
  /** origin the API is served from, e.g. `http://localhost:5173`; requests elsewhere pass through */
  origin: string;
  faults: FaultPolicy;
  /** milliseconds to wait before answering, to feel like a network (0 in tests) */
  latency: () => number;
}

function toResponse(reply: Reply): Response {
  const init = { status: reply.status, ...(reply.headers ? { headers: reply.headers } : {}) };
  if (reply.text !== undefined) return new HttpResponse(reply.text, init);
  return HttpResponse.json(reply.body as Record<string, unknown>, init);
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    // An unreadable body is the client's mistake: the schema check turns `undefined` into a 400.
    console.warn('embedded backend: request body is not JSON', error);
    return undefined;
  }
}

/** The msw handlers of the HTTP contract (docs/api.md), over the given backend. */
export function createHandlers({ backend, origin, faults, latency }: HandlerOptions) {
  const api = `${origin}/api`;
  const wait = async () => {
    const ms = latency();
    if (ms > 0) await delay(ms);
  };
  const read = (operation: Parameters<Backend['run']>[0]) => async () => {
    await wait();
    return toResponse(await backend.run(operation));
  };

  /** A mutating request: latency, then maybe an injected fault, then the operation. */
  async function mutate(
    request: Request,
    journeyId: string | null,
    run: () => Promise<Reply>,
  ): Promise<Response> {
    await wait();
    const fault = pickFault(faults, request.headers.has('If-Match') && journeyId !== null);
    if (fault === 'server-error') {
      return toResponse({
        status: 500,
        body: { code: 'server-error', message: 'The server failed (injected fault).' },
      });
    }
    if (fault === 'timeout-before' || fault === 'timeout-after') {
      if (fault === 'timeout-after') await run();
      if (faults.timeoutMs > 0) await delay(faults.timeoutMs);
      return HttpResponse.error();
    }
    if (fault === 'spurious-conflict' && journeyId !== null) {
      const current = await backend.run((context) => getJourney(context, journeyId));
      if (current.status === 200) return toResponse(conflictReply(current.body as JourneyRecord));
    }
    return toResponse(await run());
  }

  const ifMatch = (request: Request) => request.headers.get('If-Match');
  const idempotencyKey = (request: Request) => request.headers.get('Idempotency-Key');
  const id = (params: Record<string, unknown>) => String(params.id);
  const version = (params: Record<string, unknown>) => Number(params.version);

  return [
    http.get(`${api}/journeys`, async ({ request }) => {
      const params = Object.fromEntries(new URL(request.url).searchParams);
      return read((context) => listJourneys(context, params))();
    }),
    http.post(`${api}/journeys`, async ({ request }) => {
      const body = await jsonBody(request);
      return mutate(request, null, () =>
        backend.runOnce(idempotencyKey(request), (c) => createJourney(c, body)),
      );
    }),
    http.get(`${api}/journeys/:id`, ({ params }) => read((context) => getJourney(context, id(params)))()),
    http.put(`${api}/journeys/:id`, async ({ request, params }) => {
      const body = await jsonBody(request);
      return mutate(request, id(params), () =>
        backend.run((c) => updateJourney(c, id(params), ifMatch(request), body)),
      );
    }),
    http.delete(`${api}/journeys/:id`, ({ request, params }) =>
      mutate(request, null, () => backend.run((c) => deleteJourney(c, id(params)))),
    ),
    http.post(`${api}/journeys/:id/restore`, ({ request, params }) =>
      mutate(request, null, () => backend.run((c) => restoreJourney(c, id(params)))),
    ),
    http.post(`${api}/journeys/:id/duplicate`, async ({ request, params }) => {
      const body = await jsonBody(request);
      return mutate(request, null, () =>
        backend.runOnce(idempotencyKey(request), (c) => duplicateJourney(c, id(params), body)),
      );
    }),
    http.post(`${api}/journeys/:id/publish`, ({ request, params }) =>
      mutate(request, id(params), () =>
        backend.runOnce(idempotencyKey(request), (c) => publishJourney(c, id(params), ifMatch(request))),
      ),
    ),
    http.get(`${api}/journeys/:id/versions`, ({ params }) => read((c) => listVersions(c, id(params)))()),
    http.get(`${api}/journeys/:id/versions/:version`, ({ params }) =>
      read((c) => exportVersion(c, id(params), version(params)))(),
    ),
    http.post(`${api}/journeys/:id/versions/:version/restore`, ({ request, params }) =>
      mutate(request, id(params), () =>
        backend.run((c) => restoreVersion(c, id(params), version(params), ifMatch(request))),
      ),
    ),
    http.get(
      `${api}/cohorts`,
      read(async () => ({ status: 200, body: { cohorts: backend.cohorts() } })),
    ),
  ];
}
