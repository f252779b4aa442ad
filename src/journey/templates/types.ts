import { sampleCohortIds, type SampleCohortId } from '../../cohort/samples/index.ts';
import type { Journey } from '../schema.ts';
import type { TemplateLocale } from './builders.ts';

export type { TemplateLocale } from './builders.ts';

export const templateIds = [
  'dormant-winback',
  'cart-abandoned',
  'birthday-double-points',
  'welcome-second-purchase',
  'points-tier-upgrade',
  'campaign-cadence',
  'churn-risk-recall',
  'vip-dormant-gift-box',
  'offer-ab-test',
] as const;
export type TemplateId = (typeof templateIds)[number];

// A playbook names the sample cohort (src/cohort/samples) it is meant to be simulated against.
export { sampleCohortIds, type SampleCohortId };

export const templateCategories = [
  'reactivation',
  'conversion',
  'onboarding',
  'loyalty',
  'campaign',
  'experiment',
] as const;
export type TemplateCategory = (typeof templateCategories)[number];

export interface JourneyTemplate {
  id: TemplateId;
  cohortId: SampleCohortId;
  category: TemplateCategory;
  /** the whole journey with names, labels and copy in `locale`; ids and structure never depend on it */
  build(locale: TemplateLocale): Journey;
}
