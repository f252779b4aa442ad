import type { JourneyListQuery } from './contract.ts';

/** Query keys in one place, so a mutation invalidates exactly what it changed. */
export const journeyKeys = {
  all: ['journeys'] as const,
  lists: () => [...journeyKeys.all, 'list'] as const,
  list: (query: JourneyListQuery) => [...journeyKeys.lists(), query] as const,
  detail: (id: string) => [...journeyKeys.all, 'detail', id] as const,
  versions: (id: string) => [...journeyKeys.all, 'versions', id] as const,
};

export const cohortKeys = { all: ['cohorts'] as const };
