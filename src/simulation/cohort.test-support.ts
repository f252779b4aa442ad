import type { CohortColumns } from '../cohort/columns.ts';
import { NO_DAY } from '../cohort/columns.ts';
import { ListedCustomerIds } from '../cohort/customer-ids.ts';

export interface TestCustomerTraits {
  lifecycleStage?: number;
  tier?: number;
  frequency?: number;
  monetary?: number;
  consent?: number;
  dailyPurchaseProbability?: number;
  responsiveness?: number;
  birthday?: number;
}

/**
 * A columnar cohort of `size` identical customers for tests and the benchmark, used until the
 * cohort package's generators can be relied on; every behaviour column set explicitly.
 */
export function uniformTestCohort(size: number, traits: TestCustomerTraits = {}, id = 'test'): CohortColumns {
  const fill = <T extends { fill(value: number): T }>(array: T, value: number): T => array.fill(value);
  return {
    id,
    name: id,
    size,
    ids: new ListedCustomerIds(Array.from({ length: size }, (_, i) => `c${i}`)),
    lifecycleStage: fill(new Uint16Array(size), traits.lifecycleStage ?? 1),
    tier: fill(new Uint16Array(size), traits.tier ?? 2),
    recencyDays: fill(new Float64Array(size), 30),
    frequency: fill(new Float64Array(size), traits.frequency ?? 4),
    monetary: fill(new Float64Array(size), traits.monetary ?? 800),
    points: fill(new Float64Array(size), 0),
    churnRisk: fill(new Float64Array(size), 0.2),
    tagNames: [],
    tagOffsets: new Uint32Array(size + 1),
    tagIds: new Uint16Array(0),
    cityNames: [],
    city: fill(new Uint16Array(size), 0xffff),
    birthday: fill(new Int16Array(size), traits.birthday ?? -1),
    signupDay: fill(new Int32Array(size), NO_DAY),
    consent: fill(new Uint8Array(size), traits.consent ?? 0b111111),
    dailyPurchaseProbability: fill(new Float64Array(size), traits.dailyPurchaseProbability ?? Number.NaN),
    responsiveness: fill(new Float64Array(size), traits.responsiveness ?? Number.NaN),
  };
}
