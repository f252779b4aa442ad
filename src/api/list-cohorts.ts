import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import { CohortListSchema, type CohortSummary } from './contract.ts';
import { cohortKeys } from './keys.ts';

/** GET /api/cohorts: the sample cohorts a journey can be simulated against, with sizes and descriptions. */
export async function listCohorts(signal?: AbortSignal): Promise<CohortSummary[]> {
  const { data } = await apiFetch({
    path: '/api/cohorts',
    schema: CohortListSchema,
    ...(signal ? { signal } : {}),
  });
  return data.cohorts;
}

export const cohortsQueryOptions = () =>
  queryOptions({
    queryKey: cohortKeys.all,
    queryFn: ({ signal }) => listCohorts(signal),
    staleTime: Infinity,
  });

export const useCohorts = () => useQuery(cohortsQueryOptions());
