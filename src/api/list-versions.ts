import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from './client.ts';
import { VersionListSchema, type VersionSummary } from './contract.ts';
import { journeyKeys } from './keys.ts';

export const listVersionsInputSchema = z.string().min(1).max(64);

/** GET /api/journeys/{id}/versions: the published versions, newest first. */
export async function listVersions(id: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  const { data } = await apiFetch({
    path: `/api/journeys/${encodeURIComponent(listVersionsInputSchema.parse(id))}/versions`,
    schema: VersionListSchema,
    ...(signal ? { signal } : {}),
  });
  return data.versions;
}

export const versionsQueryOptions = (id: string) =>
  queryOptions({ queryKey: journeyKeys.versions(id), queryFn: ({ signal }) => listVersions(id, signal) });

export const useVersions = (id: string) => useQuery(versionsQueryOptions(id));
