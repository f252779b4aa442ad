import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { JourneyRecordSchema, etagOf, type JourneyRecord } from './contract.ts';
import { journeyKeys } from './keys.ts';

export const getJourneyInputSchema = z.string().min(1).max(64);

/** A journey as loaded: the record plus the ETag to send back in If-Match when saving it. */
export type LoadedJourney = JourneyRecord & { etag: string };

/** GET /api/journeys/{id}. */
export async function getJourney(id: string, signal?: AbortSignal): Promise<LoadedJourney> {
  const response = await apiFetch({
    path: `/api/journeys/${encodeURIComponent(getJourneyInputSchema.parse(id))}`,
    schema: JourneyRecordSchema,
    ...(signal ? { signal } : {}),
  });
  return { ...response.data, etag: response.etag ?? etagOf(response.data.revision) };
}

export const journeyQueryOptions = (id: string) =>
  queryOptions({ queryKey: journeyKeys.detail(id), queryFn: ({ signal }) => getJourney(id, signal) });

export const useJourney = (id: string) => useQuery(journeyQueryOptions(id));
