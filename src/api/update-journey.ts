import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { JourneyDraftSchema, JourneyRecordSchema, etagOf, type JourneyDraft } from './contract.ts';
import { ApiError, ConflictError } from './errors.ts';
import type { LoadedJourney } from './get-journey.ts';
import { journeyKeys } from './keys.ts';
import { sameJson } from './same-json.ts';

export const updateJourneyInputSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** the ETag of the revision this draft was edited from */
  etag: z.string().min(1),
  journey: JourneyDraftSchema,
});
export type UpdateJourneyInput = z.infer<typeof updateJourneyInputSchema>;

/**
 * PUT /api/journeys/{id} with If-Match. A 409 is only a conflict when someone else's change is on
 * the server. Two 409s are not: the server already holds exactly this draft (an earlier attempt
 * landed and its answer was lost), which is a success; or the server's revision is still the one we
 * edited, which no real conflict can produce, so it is treated as a failure worth retrying.
 */
export async function updateJourney(input: UpdateJourneyInput): Promise<LoadedJourney> {
  const { id, etag, journey } = updateJourneyInputSchema.parse(input);
  try {
    const response = await apiFetch({
      method: 'PUT',
      path: `/api/journeys/${encodeURIComponent(id)}`,
      headers: { 'If-Match': etag },
      body: { journey },
      schema: JourneyRecordSchema,
    });
    return { ...response.data, etag: response.etag ?? etagOf(response.data.revision) };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    if (sameJson(error.current.journey, journey)) return error.current;
    if (error.current.etag === etag) {
      throw new ApiError(503, 'server-error', 'The server reported a conflict with an unchanged journey.');
    }
    throw error;
  }
}

/** The mutation behind a manual save; a ConflictError reaches the caller, who asks the user what to keep. */
export function useUpdateJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateJourneyInput) => updateJourney(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(journeyKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}

export type { JourneyDraft };
