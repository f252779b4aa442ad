import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { DuplicateJourneyBodySchema, JourneyRecordSchema, etagOf } from './contract.ts';
import type { LoadedJourney } from './get-journey.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { journeyKeys } from './keys.ts';
import { changeLists, PENDING_ID_PREFIX, rollbackLists } from './optimistic-list.ts';

export const duplicateJourneyInputSchema = z.strictObject({
  id: z.string().min(1).max(64),
  ...DuplicateJourneyBodySchema.shape,
});
export type DuplicateJourneyInput = z.infer<typeof duplicateJourneyInputSchema>;

/** POST /api/journeys/{id}/duplicate: a new draft with the same content and the given name (no versions). */
export async function duplicateJourney(
  input: DuplicateJourneyInput,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<LoadedJourney> {
  const { id, name } = duplicateJourneyInputSchema.parse(input);
  const response = await apiFetch({
    method: 'POST',
    path: `/api/journeys/${encodeURIComponent(id)}/duplicate`,
    headers: { 'Idempotency-Key': idempotencyKey },
    body: { name },
    schema: JourneyRecordSchema,
  });
  return { ...response.data, etag: response.etag ?? etagOf(response.data.revision) };
}

/** The copy appears at the top of the list at once (as a pending row) and is replaced by the real one. */
export function useDuplicateJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DuplicateJourneyInput) => duplicateJourney(input, idempotencyKeyFor(input)),
    onMutate: (input) =>
      changeLists(queryClient, (journeys, query) => {
        if (query.deleted === 'true' || query.status === 'published') return journeys;
        const pending = {
          id: `${PENDING_ID_PREFIX}${idempotencyKeyFor(input)}`,
          name: input.name,
          status: 'draft' as const,
          updatedAt: new Date().toISOString(),
          revision: 1,
          latestVersion: null,
          hasUnpublishedChanges: true,
          deletedAt: null,
        };
        return [pending, ...journeys];
      }),
    onError: (_error, _input, rollback) => rollbackLists(queryClient, rollback),
    onSuccess: (copy) => queryClient.setQueryData(journeyKeys.detail(copy.id), copy),
    onSettled: () => queryClient.invalidateQueries({ queryKey: journeyKeys.lists() }),
  });
}
