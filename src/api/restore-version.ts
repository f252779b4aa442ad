import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { JourneyRecordSchema, etagOf } from './contract.ts';
import type { LoadedJourney } from './get-journey.ts';
import { journeyKeys } from './keys.ts';

export const restoreVersionInputSchema = z.strictObject({
  id: z.string().min(1).max(64),
  version: z.int().min(1),
  /** the draft being replaced; a newer one on the server makes this a 409 */
  etag: z.string().min(1).optional(),
});
export type RestoreVersionInput = z.infer<typeof restoreVersionInputSchema>;

/** POST /api/journeys/{id}/versions/{n}/restore: the version becomes the draft, as a new revision. */
export async function restoreVersion(input: RestoreVersionInput): Promise<LoadedJourney> {
  const { id, version, etag } = restoreVersionInputSchema.parse(input);
  const response = await apiFetch({
    method: 'POST',
    path: `/api/journeys/${encodeURIComponent(id)}/versions/${version}/restore`,
    ...(etag ? { headers: { 'If-Match': etag } } : {}),
    schema: JourneyRecordSchema,
  });
  return { ...response.data, etag: response.etag ?? etagOf(response.data.revision) };
}

export function useRestoreVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreVersion,
    onSuccess: (restored) => {
      queryClient.setQueryData(journeyKeys.detail(restored.id), restored);
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
