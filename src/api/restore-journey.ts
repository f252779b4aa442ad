import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { JourneySummarySchema, type JourneySummary } from './contract.ts';
import { journeyKeys } from './keys.ts';
import { changeLists, rollbackLists } from './optimistic-list.ts';

export const restoreJourneyInputSchema = z.string().min(1).max(64);

/** POST /api/journeys/{id}/restore: back from the trash (within 30 days of the delete). */
export async function restoreJourney(id: string): Promise<JourneySummary> {
  const { data } = await apiFetch({
    method: 'POST',
    path: `/api/journeys/${encodeURIComponent(restoreJourneyInputSchema.parse(id))}/restore`,
    schema: JourneySummarySchema,
  });
  return data;
}

/** The Undo of a delete: the row leaves the trash list at once and is back in the live lists on success. */
export function useRestoreJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreJourney,
    onMutate: (id) =>
      changeLists(queryClient, (journeys, query) =>
        query.deleted === 'true' ? journeys.filter((journey) => journey.id !== id) : journeys,
      ),
    onError: (_error, _id, rollback) => rollbackLists(queryClient, rollback),
    onSettled: () => queryClient.invalidateQueries({ queryKey: journeyKeys.lists() }),
  });
}
