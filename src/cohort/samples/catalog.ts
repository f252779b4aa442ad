import { cakeShopProfile } from './cake-shop.ts';
import { motherBabyProfile } from './mother-baby.ts';
import { newMembersProfile } from './new-members.ts';
import type { SampleProfile } from './profile.ts';
import { retailMembersProfile } from './retail-members.ts';

export const sampleCohortIds = ['retail-members', 'mother-baby', 'cake-shop', 'new-members'] as const;
export type SampleCohortId = (typeof sampleCohortIds)[number];

export function isSampleCohortId(value: unknown): value is SampleCohortId {
  return typeof value === 'string' && (sampleCohortIds as readonly string[]).includes(value);
}

export interface SampleCohortEntry {
  id: SampleCohortId;
  name: string;
  description: string;
  defaultSize: number;
}

/** English names and descriptions; the UI translates them by id. */
export const sampleCohortCatalog: readonly SampleCohortEntry[] = [
  {
    id: 'retail-members',
    name: 'Retail members',
    description:
      'A new-retail membership base in every lifecycle stage, 40% of it silent (at risk or dormant), about a fifth of the silent at high churn risk.',
    defaultSize: 100_000,
  },
  {
    id: 'mother-baby',
    name: 'Mother & baby brand',
    description:
      'A mother-and-baby brand with 45% dormant members (6 months silent); high value ≥ 20k a year, mid 5k–20k; tagged by the child’s age.',
    defaultSize: 50_000,
  },
  {
    id: 'cake-shop',
    name: 'Cake shop',
    description:
      'A regional cake chain with a long repurchase cycle: a few orders a year for birthdays and celebrations, most customers reachable by AI call.',
    defaultSize: 20_000,
  },
  {
    id: 'new-members',
    name: 'New members',
    description: 'Customers whose first purchase was in the last 30 days, 30% of them from referrals.',
    defaultSize: 10_000,
  },
];

export const sampleProfiles: Record<SampleCohortId, SampleProfile> = {
  'retail-members': retailMembersProfile,
  'mother-baby': motherBabyProfile,
  'cake-shop': cakeShopProfile,
  'new-members': newMembersProfile,
};
