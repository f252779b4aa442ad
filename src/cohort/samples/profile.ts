import type { Channel } from '../../primitives/domain.ts';
import type { LifecycleStage } from '../columns.ts';

/** Numbers by lifecycle stage, in the order of `lifecycleStages`: new, active, loyal, at_risk, dormant, churned. */
export type ByStage = readonly [number, number, number, number, number, number];
export const sameForAllStages = (value: number): ByStage => [value, value, value, value, value, value];

/** How customers of one lifecycle stage look. Ranges are inclusive; see docs/cohorts.md. */
export interface StageProfile {
  /** share of the cohort in this stage; the shares of a sample sum to 1 */
  share: number;
  /** days since the last purchase, uniform */
  recencyDays: readonly [number, number];
  /** orders in the last 365 days, skewed toward the low end (min + ⌊(max − min + 1)·u²⌋) */
  frequency: readonly [number, number];
  /** churn risk score, uniform */
  churnRisk: readonly [number, number];
  /** days between sign-up and the last purchase, uniform */
  memberDaysBeforeLastPurchase: readonly [number, number];
}

/** Tier from the customer's numbers: at_risk when silent long enough, else vip, growth or mass. */
export interface TierRule {
  /** silent at least this many days (and bought before) → at_risk */
  atRiskRecencyDays: number;
  /** vip: frequency ≥ minFrequency AND monetary ≥ minMonetary */
  vip: { minFrequency: number; minMonetary: number };
  /** growth: frequency ≥ minFrequency OR monetary ≥ minMonetary */
  growth: { minFrequency: number; minMonetary: number };
}

/** One tag, given to a customer with the probability of their stage. */
export interface IndependentTag {
  name: string;
  share: ByStage;
}

/** Tags of which a customer has at most one (e.g. the child's age band): weights sum to ≤ 1, the rest have none. */
export interface ExclusiveTagGroup {
  tags: readonly { name: string; share: number }[];
}

export interface SampleProfile {
  stages: Record<LifecycleStage, StageProfile>;
  /** average order value, log-normal */
  orderValue: { median: number; sigma: number };
  /** customers with this tag order `frequencyFactor`× as often and `orderValueFactor`× as much (e.g. corporate cake orders) */
  bigSpenders?: { tag: string; share: number; frequencyFactor: number; orderValueFactor: number };
  tier: TierRule;
  /** probability of consent per channel before the stage's engagement factor */
  consent: Record<Channel, number>;
  /** owned channels (push, wechat, wecom) need an active relationship: their consent × this, by stage */
  engagement: ByStage;
  independentTags: readonly IndependentTag[];
  exclusiveTags: readonly ExclusiveTagGroup[];
  cities: readonly { name: string; weight: number }[];
  /** share of customers whose birthday is known */
  birthdayKnown: number;
  /** points per unit of spend still unredeemed: monetary × rate × uniform(0.3, 1) */
  pointsPerSpend: number;
  idPrefix: string;
}

export const ENGAGEMENT_BY_STAGE: ByStage = [0.8, 1, 1.4, 0.85, 0.65, 0.45];

/** Member cities of a national brand, weighted roughly by urban population. */
export const NATIONAL_CITIES = [
  { name: 'Shanghai', weight: 14 },
  { name: 'Beijing', weight: 12 },
  { name: 'Guangzhou', weight: 9 },
  { name: 'Shenzhen', weight: 9 },
  { name: 'Chongqing', weight: 8 },
  { name: 'Chengdu', weight: 8 },
  { name: 'Hangzhou', weight: 7 },
  { name: 'Wuhan', weight: 6 },
  { name: 'Nanjing', weight: 6 },
  { name: "Xi'an", weight: 5 },
  { name: 'Suzhou', weight: 5 },
  { name: 'Tianjin', weight: 4 },
  { name: 'Changsha', weight: 4 },
  { name: 'Qingdao', weight: 3 },
] as const;
