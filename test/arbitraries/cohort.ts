import fc from 'fast-check';
import type { CohortColumns } from '../../src/cohort/columns.ts';
import { uniformTestCohort } from '../../src/simulation/cohort.test-support.ts';

/** Random cohorts and run options for the engine's property tests. */

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

export const cohortArbitrary: fc.Arbitrary<CohortColumns> = fc
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

export const optionsArbitrary = fc.record({
  seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  horizonDays: fc.integer({ min: 1, max: 60 }),
  startDate: fc.constantFrom('2026-12-01', '2027-02-27', '2028-02-28', '2026-06-15'),
});
