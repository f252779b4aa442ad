import type { CohortColumns } from '../cohort/columns.ts';
import { NO_DAY, NO_INDEX } from '../cohort/columns.ts';
import { lifecycleStages, tiers, type FilterFieldName } from '../cohort/fields.ts';
import { channels } from '../primitives/domain.ts';
import { FACT_CLICKED, FACT_ENTRY_TIME, FACT_NOW, FACT_PURCHASED, FACT_TOUCHES } from './filters.ts';
import { MINUTES_PER_DAY } from './calendar.ts';

export type FieldValue = string | number | boolean | string[] | null;

const consentChannel: Partial<Record<FilterFieldName, number>> = {
  consentSms: channels.indexOf('sms'),
  consentEmail: channels.indexOf('email'),
  consentPush: channels.indexOf('push'),
  consentWechat: channels.indexOf('wechat'),
  consentWecom: channels.indexOf('wecom'),
  consentAiCall: channels.indexOf('ai_call'),
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A numeric column value, null when the cohort left it empty (NaN). */
const numberOrNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/**
 * The value a condition rule reads for one customer at one moment, in the cohort's own terms
 * (stage and tier names, MM-DD birthdays, YYYY-MM-DD signup dates). Only traces call this, so it
 * may allocate; the bulk run reads the same columns through compiled predicates (filters.ts).
 */
export function readFieldValue(
  cohort: CohortColumns,
  customer: number,
  field: FilterFieldName,
  facts: Float64Array,
): FieldValue {
  const channel = consentChannel[field];
  if (channel !== undefined) return ((cohort.consent[customer]! >> channel) & 1) === 1;
  switch (field) {
    case 'purchasedSinceEntry':
      return facts[FACT_PURCHASED] === 1;
    case 'clickedLastTouch':
      return facts[FACT_CLICKED] === 1;
    case 'touchesReceived':
      return facts[FACT_TOUCHES]!;
    case 'daysSinceEntry':
      return (facts[FACT_NOW]! - facts[FACT_ENTRY_TIME]!) / MINUTES_PER_DAY;
    case 'id':
      return cohort.ids.get(customer);
    case 'lifecycleStage': {
      const stage = cohort.lifecycleStage[customer]!;
      return stage === NO_INDEX ? null : lifecycleStages[stage]!;
    }
    case 'tier': {
      const tier = cohort.tier[customer]!;
      return tier === NO_INDEX ? null : tiers[tier]!;
    }
    case 'city': {
      const city = cohort.city[customer]!;
      return city === NO_INDEX ? null : (cohort.cityNames[city] ?? null);
    }
    case 'tags': {
      const tags: string[] = [];
      for (let k = cohort.tagOffsets[customer]!; k < cohort.tagOffsets[customer + 1]!; k++) {
        tags.push(cohort.tagNames[cohort.tagIds[k]!]!);
      }
      return tags;
    }
    case 'birthday': {
      const monthDay = cohort.birthday[customer]!;
      return monthDay < 0 ? null : `${pad(Math.floor(monthDay / 100))}-${pad(monthDay % 100)}`;
    }
    case 'signupDate': {
      const day = cohort.signupDay[customer]!;
      return day === NO_DAY ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
    }
    case 'recencyDays':
    case 'frequency':
    case 'monetary':
    case 'points':
    case 'churnRisk':
    case 'dailyPurchaseProbability':
    case 'responsiveness':
      return numberOrNull(cohort[field][customer]!);
    default:
      throw new Error(`A trace cannot read the filter field "${field}".`);
  }
}
