import { ENGAGEMENT_BY_STAGE, NATIONAL_CITIES, sameForAllStages, type SampleProfile } from './profile.ts';

/**
 * The mother-and-baby brand of DOMAIN.md (article 002): 45% dormant (6 months silent), tiers by
 * yearly spend — high value ≥ 20k, mid 5k–20k — and journeys keyed on the child's age.
 */
export const motherBabyProfile: SampleProfile = {
  stages: {
    new: {
      share: 0.08,
      recencyDays: [0, 29],
      frequency: [1, 2],
      churnRisk: [0.1, 0.4],
      memberDaysBeforeLastPurchase: [0, 60],
    },
    active: {
      share: 0.24,
      recencyDays: [0, 60],
      frequency: [3, 15],
      churnRisk: [0.05, 0.3],
      memberDaysBeforeLastPurchase: [60, 1100],
    },
    loyal: {
      share: 0.1,
      recencyDays: [0, 30],
      frequency: [15, 45],
      churnRisk: [0, 0.15],
      memberDaysBeforeLastPurchase: [180, 1100],
    },
    at_risk: {
      share: 0.08,
      recencyDays: [61, 179],
      frequency: [1, 8],
      churnRisk: [0.15, 0.6],
      memberDaysBeforeLastPurchase: [60, 1100],
    },
    dormant: {
      share: 0.45,
      recencyDays: [180, 365],
      frequency: [1, 10],
      churnRisk: [0.3, 0.8],
      memberDaysBeforeLastPurchase: [60, 1100],
    },
    churned: {
      share: 0.05,
      recencyDays: [366, 720],
      frequency: [0, 0],
      churnRisk: [0.6, 0.95],
      memberDaysBeforeLastPurchase: [60, 1100],
    },
  },
  orderValue: { median: 450, sigma: 0.6 },
  tier: {
    atRiskRecencyDays: 180,
    vip: { minFrequency: 0, minMonetary: 20_000 },
    growth: { minFrequency: Number.POSITIVE_INFINITY, minMonetary: 5_000 },
  },
  consent: { sms: 0.85, email: 0.25, push: 0.5, wechat: 0.7, wecom: 0.45, ai_call: 0.35 },
  engagement: ENGAGEMENT_BY_STAGE,
  independentTags: [
    { name: 'formula', share: sameForAllStages(0.45) },
    { name: 'diapers', share: sameForAllStages(0.5) },
    { name: 'store_member', share: sameForAllStages(0.35) },
    { name: 'app_user', share: [0.35, 0.5, 0.7, 0.35, 0.3, 0.2] },
  ],
  // the child's age band: one per family (DOMAIN.md: "child's age 1–3" is a journey condition)
  exclusiveTags: [
    {
      tags: [
        { name: 'pregnant', share: 0.08 },
        { name: 'baby_0_1', share: 0.3 },
        { name: 'toddler_1_3', share: 0.4 },
        { name: 'child_3_6', share: 0.2 },
      ],
    },
  ],
  cities: NATIONAL_CITIES,
  birthdayKnown: 0.9,
  pointsPerSpend: 1,
  idPrefix: 'MB',
};
