import type { CustomerIds } from './customer-ids.ts';
import type { lifecycleStages, tiers } from './fields.ts';

/** Sentinels for a value a customer row left empty. Number columns use NaN. */
export const NO_INDEX = 0xffff;
export const NO_DAY = -2147483648;

/**
 * A cohort in columns: one typed array per field, customer i at index i. The simulator walks
 * customers by index and never builds an object per customer; parsers and generators fill this.
 */
export interface CohortColumns {
  id: string;
  name: string;
  size: number;
  ids: CustomerIds;
  /** index into `lifecycleStages`, NO_INDEX when empty */
  lifecycleStage: Uint16Array;
  /** index into `tiers`, NO_INDEX when empty */
  tier: Uint16Array;
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  points: Float64Array;
  churnRisk: Float64Array;
  /** tags as CSR: customer i has tagIds[tagOffsets[i] .. tagOffsets[i+1]), each an index into tagNames */
  tagNames: string[];
  tagOffsets: Uint32Array;
  tagIds: Uint16Array;
  /** index into cityNames, NO_INDEX when empty */
  cityNames: string[];
  city: Uint16Array;
  /** month * 100 + day (e.g. 1231), -1 when empty */
  birthday: Int16Array;
  /** days since 1970-01-01 (UTC calendar date), NO_DAY when empty */
  signupDay: Int32Array;
  /** bit c set = consent for channels[c] (order of `channels` in primitives/domain.ts) */
  consent: Uint8Array;
  /** NaN = use the documented default for the customer's stage and frequency */
  dailyPurchaseProbability: Float64Array;
  /** NaN = 1 */
  responsiveness: Float64Array;
}

export type LifecycleStage = (typeof lifecycleStages)[number];
export type Tier = (typeof tiers)[number];
