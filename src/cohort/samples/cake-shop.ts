import { ENGAGEMENT_BY_STAGE, sameForAllStages, type SampleProfile } from './profile.ts';

/**
 * The regional cake chain of DOMAIN.md (article 003): a long repurchase cycle (a few orders a
 * year, for birthdays and celebrations), so "active" reaches back 120 days and silence sets in
 * later; churn recall by AI outbound call, so most customers left a phone number for it.
 */
export const cakeShopProfile: SampleProfile = {
  stages: {
    new: {
      share: 0.1,
      recencyDays: [0, 29],
      frequency: [1, 2],
      churnRisk: [0.1, 0.4],
      memberDaysBeforeLastPurchase: [0, 60],
    },
    active: {
      share: 0.28,
      recencyDays: [0, 120],
      frequency: [2, 6],
      churnRisk: [0.05, 0.35],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
    loyal: {
      share: 0.07,
      recencyDays: [0, 90],
      frequency: [6, 12],
      churnRisk: [0, 0.2],
      memberDaysBeforeLastPurchase: [365, 2000],
    },
    at_risk: {
      share: 0.25,
      recencyDays: [121, 270],
      frequency: [1, 3],
      churnRisk: [0.3, 0.8],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
    dormant: {
      share: 0.2,
      recencyDays: [271, 365],
      frequency: [1, 2],
      churnRisk: [0.45, 0.9],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
    churned: {
      share: 0.1,
      recencyDays: [366, 900],
      frequency: [0, 0],
      churnRisk: [0.7, 0.98],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
  },
  orderValue: { median: 220, sigma: 0.45 },
  bigSpenders: { tag: 'corporate', share: 0.06, frequencyFactor: 3, orderValueFactor: 2 },
  tier: {
    atRiskRecencyDays: 180,
    vip: { minFrequency: 0, minMonetary: 2_000 },
    growth: { minFrequency: 3, minMonetary: Number.POSITIVE_INFINITY },
  },
  consent: { sms: 0.88, email: 0.15, push: 0.2, wechat: 0.6, wecom: 0.3, ai_call: 0.75 },
  engagement: ENGAGEMENT_BY_STAGE,
  independentTags: [
    { name: 'birthday_cake', share: sameForAllStages(0.55) },
    { name: 'anniversary', share: sameForAllStages(0.15) },
    { name: 'kids_party', share: sameForAllStages(0.2) },
    { name: 'afternoon_tea', share: [0.2, 0.3, 0.45, 0.2, 0.15, 0.1] },
    { name: 'delivery', share: sameForAllStages(0.4) },
  ],
  exclusiveTags: [],
  // one chain around Hangzhou: the shops deliver within the region
  cities: [
    { name: 'Hangzhou', weight: 55 },
    { name: 'Ningbo', weight: 15 },
    { name: 'Shaoxing', weight: 12 },
    { name: 'Jiaxing', weight: 10 },
    { name: 'Huzhou', weight: 8 },
  ],
  birthdayKnown: 0.98,
  pointsPerSpend: 0.5,
  idPrefix: 'CK',
};
