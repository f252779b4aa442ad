import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { JourneySummarySchema, type JourneySummary } from './contract.ts';
import { journeyKeys } from './keys.ts';
import { changeLists, rollbackLists } from './optimistic-list.ts';

export const deleteJourneyInputSchema = z.string().min(1).max(64);

/** DELETE /api/journeys/{id}: to the trash, restorable for 30 days (restore-journey.ts). */
export async function deleteJourney(id: string): Promise<JourneySummary> {
  const { data } = await apiFetch({
    method: 'DELETE',
    path: `/api/journeys/${encodeURIComponent(deleteJourneyInputSchema.parse(id))}`,
    schema: JourneySummarySchema,
  });
  return data;
}

/** The row leaves the list at once; if the server refuses, it comes back. */
export function useDeleteJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteJourney,
    onMutate: (id) =>
      changeLists(queryClient, (journeys, query) =>
        query.deleted === 'true' ? journeys : journeys.filter((journey) => journey.id !== id),
      ),
    onError: (_error, _id, rollback) => rollbackLists(queryClient, rollback),
    onSettled: (_data, _error, id) => {
      queryClient.removeQueries({ queryKey: journeyKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
