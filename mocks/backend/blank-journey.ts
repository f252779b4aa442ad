import { CURRENT_SCHEMA_VERSION, JOURNEY_FORMAT, type Journey } from '../../src/journey/index.ts';

/**
 * A new, empty journey: no nodes yet (so it cannot be published until it has a trigger), and the
 * quietest settings: enter once, no cap, no quiet hours, no goal, no holdout.
 */
export function blankJourney(id: string, name: string, timezone = 'UTC'): Journey {
  return {
    format: JOURNEY_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name,
    settings: {
      timezone,
      reentry: { mode: 'once' },
      frequencyCap: null,
      quietHours: null,
      goal: null,
      holdoutPercent: 0,
    },
    nodes: [],
    edges: [],
  };
}
