import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { JourneyListQuery, JourneySummary } from './contract.ts';
import { journeyKeys } from './keys.ts';

type Snapshot = [QueryKey, JourneySummary[] | undefined][];

/** What an optimistic list change needs to undo itself when the server says no. */
export interface ListRollback {
  snapshot: Snapshot;
}

/**
 * Applies `change` to every cached journeys list at once (the list page may hold several: a search,
 * a status filter, the trash), after cancelling their fetches so a late answer cannot undo it.
 */
export async function changeLists(
  queryClient: QueryClient,
  change: (journeys: JourneySummary[], query: JourneyListQuery) => JourneySummary[],
): Promise<ListRollback> {
  await queryClient.cancelQueries({ queryKey: journeyKeys.lists() });
  const snapshot = queryClient.getQueriesData<JourneySummary[]>({ queryKey: journeyKeys.lists() });
  for (const [key, journeys] of snapshot) {
    const query = (key[2] ?? {}) as JourneyListQuery;
    if (journeys) queryClient.setQueryData<JourneySummary[]>(key, change(journeys, query));
  }
  return { snapshot };
}

export function rollbackLists(queryClient: QueryClient, rollback: ListRollback | undefined): void {
  for (const [key, journeys] of rollback?.snapshot ?? []) queryClient.setQueryData(key, journeys);
}

/** Rows shown before the server has answered carry this id prefix; the page shows them as busy. */
export const PENDING_ID_PREFIX = 'pending-';
export const isPendingJourney = (journey: JourneySummary) => journey.id.startsWith(PENDING_ID_PREFIX);
