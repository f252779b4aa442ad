import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client.ts';
import { CreateJourneyBodySchema, JourneyRecordSchema, etagOf, type CreateJourneyBody } from './contract.ts';
import type { LoadedJourney } from './get-journey.ts';
import { idempotencyKeyFor } from './idempotency.ts';
import { journeyKeys } from './keys.ts';

export const createJourneyInputSchema = CreateJourneyBodySchema;

/**
 * POST /api/journeys: blank, from an imported file, or from a template (the client sends the
 * template's journey). An invalid file is answered 422 with every problem (ApiError.problems).
 */
export async function createJourney(
  body: CreateJourneyBody,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<LoadedJourney> {
  const response = await apiFetch({
    method: 'POST',
    path: '/api/journeys',
    body: createJourneyInputSchema.parse(body),
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: JourneyRecordSchema,
  });
  return { ...response.data, etag: response.etag ?? etagOf(response.data.revision) };
}

export function useCreateJourney() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJourneyBody) => createJourney(body, idempotencyKeyFor(body)),
    onSuccess: (created) => {
      queryClient.setQueryData(journeyKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: journeyKeys.lists() });
    },
  });
}
