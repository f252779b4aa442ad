import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormedJourneyArbitrary } from '../../test/arbitraries/journey.ts';
import type { CohortColumns } from '../cohort/columns.ts';
import { simulate } from './engine.ts';
import { brokenInvariants } from './invariants.ts';
import { SimulationResultSchema } from './result.ts';
import { uniformTestCohort } from './test-cohort.ts';

/** One random customer: every column the engine reads, empty (NaN / -1) some of the time. */
const customerArbitrary = fc.record({
  lifecycleStage: fc.integer({ min: 0, max: 5 }),
  tier: fc.integer({ min: 0, max: 3 }),
  frequency: fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 40 })),
  monetary: fc.integer({ min: 0, max: 20_000 }),
  recencyDays: fc.integer({ min: 0, max: 800 }),
  consent: fc.integer({ min: 0, max: 63 }),
  birthday: fc.oneof(
    fc.constant(-1),
    fc.integer({ min: 1, max: 12 }).map((m) => m * 100 + 1 + (m % 28)),
  ),
  dailyPurchaseProbability: fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 0.5, noNaN: true })),
  responsiveness: fc.oneof(fc.constant(Number.NaN), fc.double({ min: 0, max: 3, noNaN: true })),
});

const cohortArbitrary: fc.Arbitrary<CohortColumns> = fc
  .array(customerArbitrary, { minLength: 1, maxLength: 40 })
  .map((customers) => {
    const cohort = uniformTestCohort(customers.length);
    customers.forEach((c, i) => {
      cohort.lifecycleStage[i] = c.lifecycleStage;
      cohort.tier[i] = c.tier;
      cohort.frequency[i] = c.frequency;
      cohort.monetary[i] = c.monetary;
      cohort.recencyDays[i] = c.recencyDays;
      cohort.consent[i] = c.consent;
      cohort.birthday[i] = c.birthday;
      cohort.dailyPurchaseProbability[i] = c.dailyPurchaseProbability;
      cohort.responsiveness[i] = c.responsiveness;
    });
    return cohort;
  });

const optionsArbitrary = fc.record({
  seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  horizonDays: fc.integer({ min: 1, max: 60 }),
  startDate: fc.constantFrom('2026-12-01', '2027-02-27', '2028-02-28', '2026-06-15'),
});

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
