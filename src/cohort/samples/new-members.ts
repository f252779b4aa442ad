import { ENGAGEMENT_BY_STAGE, NATIONAL_CITIES, type SampleProfile } from './profile.ts';

const unused = {
  recencyDays: [0, 0],
  frequency: [0, 0],
  churnRisk: [0, 0],
  memberDaysBeforeLastPurchase: [0, 0],
} as const;

/**
 * Customers whose first purchase was in the last 30 days (DOMAIN.md: onboarding, the welcome and
 * second-purchase journeys); 30% came through a referral (article 000).
 */
export const newMembersProfile: SampleProfile = {
  stages: {
    new: {
      share: 1,
      recencyDays: [0, 29],
      frequency: [1, 2],
      churnRisk: [0.05, 0.5],
      memberDaysBeforeLastPurchase: [0, 90],
    },
    active: { share: 0, ...unused },
    loyal: { share: 0, ...unused },
    at_risk: { share: 0, ...unused },
    dormant: { share: 0, ...unused },
    churned: { share: 0, ...unused },
  },
  orderValue: { median: 180, sigma: 0.6 },
  tier: {
    atRiskRecencyDays: 180,
    vip: { minFrequency: Number.POSITIVE_INFINITY, minMonetary: Number.POSITIVE_INFINITY },
    growth: { minFrequency: 2, minMonetary: 1_000 },
  },
  consent: { sms: 0.9, email: 0.35, push: 0.4, wechat: 0.7, wecom: 0.25, ai_call: 0.3 },
  engagement: ENGAGEMENT_BY_STAGE,
  independentTags: [
    { name: 'referral', share: [0.3, 0, 0, 0, 0, 0] },
    { name: 'first_order_coupon', share: [0.45, 0, 0, 0, 0, 0] },
    { name: 'app_user', share: [0.35, 0, 0, 0, 0, 0] },
  ],
  // where the first purchase was made: one channel per customer
  exclusiveTags: [
    {
      tags: [
        { name: 'source_store', share: 0.45 },
        { name: 'source_miniprogram', share: 0.35 },
        { name: 'source_ecommerce', share: 0.2 },
      ],
    },
  ],
  cities: NATIONAL_CITIES,
  birthdayKnown: 0.85,
  pointsPerSpend: 1,
  idPrefix: 'NM',
};
