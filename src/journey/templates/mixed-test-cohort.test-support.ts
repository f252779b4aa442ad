import { NO_DAY, NO_INDEX, type CohortColumns } from '../../cohort/columns.ts';
import { ListedCustomerIds } from '../../cohort/customer-ids.ts';
import { lifecycleStages, tiers } from '../../cohort/fields.ts';

/** mulberry32: a tiny seeded generator, enough to spread test customers over every field's range */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A seeded cohort whose customers spread over every stage, tier, dormancy, spend, churn risk,
 * birthday and consent, so that each playbook's filters find someone. It stands in for the sample
 * cohorts of src/cohort/samples in the simulation test until those generators exist; behaviour
 * columns stay empty so the simulator's documented defaults apply.
 */
export function mixedTestCohort(size: number, seed: number): CohortColumns {
  const random = seededRandom(seed);
  const pick = (count: number) => Math.floor(random() * count);
  const perCustomer = <T extends { map(fn: (value: number, index: number) => number): T }>(
    array: T,
    value: () => number,
  ): T => array.map(() => value());
  return {
    id: `mixed-${seed}`,
    name: 'Mixed test customers',
    size,
    ids: new ListedCustomerIds(Array.from({ length: size }, (_, index) => `c${index}`)),
    lifecycleStage: perCustomer(new Uint16Array(size), () => pick(lifecycleStages.length)),
    tier: perCustomer(new Uint16Array(size), () => pick(tiers.length)),
    recencyDays: perCustomer(new Float64Array(size), () => pick(540)),
    frequency: perCustomer(new Float64Array(size), () => pick(9)),
    monetary: perCustomer(new Float64Array(size), () => pick(12_000)),
    points: perCustomer(new Float64Array(size), () => pick(5_000)),
    churnRisk: perCustomer(new Float64Array(size), random),
    tagNames: [],
    tagOffsets: new Uint32Array(size + 1),
    tagIds: new Uint16Array(0),
    cityNames: [],
    city: new Uint16Array(size).fill(NO_INDEX),
    birthday: perCustomer(new Int16Array(size), () => (1 + pick(12)) * 100 + 1 + pick(28)),
    signupDay: new Int32Array(size).fill(NO_DAY),
    // one bit per channel; about half the customers allow each channel
    consent: perCustomer(new Uint8Array(size), () => pick(64)),
    dailyPurchaseProbability: new Float64Array(size).fill(Number.NaN),
    responsiveness: new Float64Array(size).fill(Number.NaN),
  };
}
