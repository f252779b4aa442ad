import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import {
  JourneyListQuerySchema,
  JourneyListSchema,
  type JourneyListQuery,
  type JourneySummary,
} from './contract.ts';
import { journeyKeys } from './keys.ts';

export const listJourneysInputSchema = JourneyListQuerySchema;

/** GET /api/journeys: live journeys (or the trash), newest edit first, filtered by name and status. */
export async function listJourneys(
  query: JourneyListQuery = {},
  signal?: AbortSignal,
): Promise<JourneySummary[]> {
  const { data } = await apiFetch({
    path: '/api/journeys',
    query: listJourneysInputSchema.parse(query),
    schema: JourneyListSchema,
    ...(signal ? { signal } : {}),
  });
  return data.journeys;
}

export const journeysQueryOptions = (query: JourneyListQuery = {}) =>
  queryOptions({ queryKey: journeyKeys.list(query), queryFn: ({ signal }) => listJourneys(query, signal) });

export const useJourneys = (query: JourneyListQuery = {}) => useQuery(journeysQueryOptions(query));
