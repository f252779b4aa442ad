import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortArbitrary, optionsArbitrary } from '../../test/arbitraries/cohort.ts';
import { wellFormedJourneyArbitrary } from '../../test/arbitraries/journey.ts';
import { simulate } from './engine.ts';
import { brokenInvariants } from './invariants.test-support.ts';
import { SimulationResultSchema } from './result.ts';

describe('simulate: CONTRACT §3 over random journeys and cohorts', () => {
  it('always gives a valid result that holds every invariant, and the same bytes twice', () => {
    fc.assert(
      fc.property(
        wellFormedJourneyArbitrary,
        cohortArbitrary,
        optionsArbitrary,
        (journey, cohort, options) => {
          const result = simulate(journey, cohort, options);
          expect(SimulationResultSchema.safeParse(result).success).toBe(true);
          expect(brokenInvariants(journey, result)).toEqual([]);
          expect(result.entered + result.holdout).toBeLessThanOrEqual(cohort.size);
          expect(result.reach).toBeLessThanOrEqual(result.entered);
          expect(result.timeline).toHaveLength(options.horizonDays);
          expect(JSON.stringify(simulate(journey, cohort, options))).toBe(JSON.stringify(result));
        },
      ),
      { numRuns: 100 },
    );
  });
});
