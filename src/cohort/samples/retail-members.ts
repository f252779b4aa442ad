import { ENGAGEMENT_BY_STAGE, NATIONAL_CITIES, type SampleProfile } from './profile.ts';

/**
 * A new-retail membership base like 优购生活 (DOMAIN.md, article 000/003): mixed stages with
 * 40% silent (at_risk + dormant; the articles give 33.74%–57.69%), about a fifth of the silent
 * at high churn risk, 30% of new customers from referrals.
 */
export const retailMembersProfile: SampleProfile = {
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
      recencyDays: [0, 60],
      frequency: [3, 12],
      churnRisk: [0.05, 0.3],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
    loyal: {
      share: 0.12,
      recencyDays: [0, 30],
      frequency: [12, 40],
      churnRisk: [0, 0.15],
      memberDaysBeforeLastPurchase: [180, 2000],
    },
    at_risk: {
      share: 0.15,
      recencyDays: [61, 179],
      frequency: [1, 6],
      churnRisk: [0.1, 0.65],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
    dormant: {
      share: 0.25,
      recencyDays: [180, 365],
      frequency: [1, 4],
      churnRisk: [0.25, 0.75],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
    churned: {
      share: 0.1,
      recencyDays: [366, 900],
      frequency: [0, 0],
      churnRisk: [0.6, 0.95],
      memberDaysBeforeLastPurchase: [60, 1500],
    },
  },
  orderValue: { median: 160, sigma: 0.6 },
  tier: {
    atRiskRecencyDays: 180,
    vip: { minFrequency: 12, minMonetary: 5000 },
    growth: { minFrequency: 4, minMonetary: Number.POSITIVE_INFINITY },
  },
  consent: { sms: 0.82, email: 0.3, push: 0.45, wechat: 0.62, wecom: 0.28, ai_call: 0.4 },
  engagement: ENGAGEMENT_BY_STAGE,
  independentTags: [
    { name: 'referral', share: [0.3, 0.1, 0.1, 0.1, 0.1, 0.1] },
    { name: 'fresh_food', share: [0.3, 0.45, 0.55, 0.4, 0.35, 0.3] },
    { name: 'household', share: [0.25, 0.35, 0.45, 0.3, 0.3, 0.25] },
    { name: 'beauty', share: [0.15, 0.2, 0.25, 0.18, 0.15, 0.12] },
    { name: 'electronics', share: [0.05, 0.1, 0.15, 0.08, 0.08, 0.06] },
    { name: 'coupon_lover', share: [0.2, 0.25, 0.2, 0.35, 0.35, 0.3] },
    { name: 'app_user', share: [0.35, 0.5, 0.7, 0.35, 0.25, 0.15] },
  ],
  exclusiveTags: [],
  cities: NATIONAL_CITIES,
  birthdayKnown: 0.9,
  pointsPerSpend: 1,
  idPrefix: 'RM',
};
