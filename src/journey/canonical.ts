import { JourneySchema, type Journey } from './schema.ts';

/**
 * The one written form of a journey: keys in schema order (zod rebuilds every object from its
 * shape), 2-space indent, trailing newline. Export → import → export is therefore byte-identical.
 */
export function serializeJourney(journey: Journey): string {
  return `${JSON.stringify(JourneySchema.parse(journey), null, 2)}\n`;
}
