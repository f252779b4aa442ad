import { z } from 'zod';
import { apiFetchText } from './client.ts';

export const exportVersionInputSchema = z.strictObject({
  id: z.string().min(1).max(64),
  version: z.int().min(1),
});
export type ExportVersionInput = z.infer<typeof exportVersionInputSchema>;

/**
 * GET /api/journeys/{id}/versions/{n}: the published file, byte for byte as published (canonical
 * JSON), with the file name the server suggests for saving it.
 */
export async function exportVersion(input: ExportVersionInput): Promise<{ text: string; fileName: string }> {
  const { id, version } = exportVersionInputSchema.parse(input);
  const { text, headers } = await apiFetchText({
    path: `/api/journeys/${encodeURIComponent(id)}/versions/${version}`,
  });
  const suggested = /filename="([^"]+)"/.exec(headers.get('Content-Disposition') ?? '')?.[1];
  return { text, fileName: suggested ?? `${id}.v${version}.journey.json` };
}
