import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { VersionSummarySchema, type VersionSummary } from './contract.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { journeyKeys } from './keys.ts';

export const publishJourneyInputSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** publish only if the server's draft is still the one on screen (else 409) */
  etag: z.string().min(1).optional(),
});
export type PublishJourneyInput = z.infer<typeof publishJourneyInputSchema>;

/**
 * POST /api/journeys/{id}/publish. The server checks the draft with the same schema and lints as
 * the editor; a 422 ApiError carries every schema problem (`problems`) and lint error (`lints`).
 */
export async function publishJourney(
  input: PublishJourneyInput,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<VersionSummary> {
  const { id, etag } = publishJourneyInputSchema.parse(input);
  const { data } = await apiFetch({
    method: 'POST',
    path: `/api/journeys/${encodeURIComponent(id)}/publish`,
    headers: { 'Idempotency-Key': idempotencyKey, ...(etag ? { 'If-Match': etag } : {}) },
    schema: VersionSummarySchema,
  });
  return data;
}

export function usePublishJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishJourneyInput) => publishJourney(input, idempotencyKeyFor(input)),
    onSuccess: (_version, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: journeyKeys.versions(id) }),
        queryClient.invalidateQueries({ queryKey: journeyKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: journeyKeys.lists() }),
      ]),
  });
}
