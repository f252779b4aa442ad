import { z } from 'zod';
import { IdSchema } from '../primitives/domain.ts';
import { lifecycleStages, tiers, type CustomerFieldName } from './fields.ts';
import { isCalendarDate, isMonthDay, isTag, MAX_CUSTOMER_ID_LENGTH, valueMessages } from './values.ts';

/**
 * One customer of a cohort file (CONTRACT §2): the single source of truth for the JSON cohort
 * format, its TypeScript type and public/schema/cohort.schema.json. The CSV reader (parse-csv.ts)
 * applies the same rules cell by cell, with the same messages from values.ts; a test holds the two
 * in step. Every column but `id` may be left out: the simulator then uses its documented defaults,
 * and a missing consent means no consent.
 */
const nonNegative = z
  .number({ error: valueMessages.nonNegative })
  .min(0, { error: valueMessages.nonNegative });
const share = z
  .number({ error: valueMessages.share })
  .min(0, { error: valueMessages.share })
  .max(1, { error: valueMessages.share });
const consent = z.boolean({ error: valueMessages.boolean });
const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

export const CustomerSchema = z.strictObject({
  id: z
    .string({ error: (issue) => (issue.input === undefined ? valueMessages.required : valueMessages.text) })
    .min(1, { error: valueMessages.required })
    .max(MAX_CUSTOMER_ID_LENGTH, { error: valueMessages.idLength }),
  lifecycleStage: z.enum(lifecycleStages, { error: oneOf(lifecycleStages) }).optional(),
  tier: z.enum(tiers, { error: oneOf(tiers) }).optional(),
  recencyDays: nonNegative.optional().describe('days since the last purchase'),
  frequency: nonNegative.optional().describe('orders in the last 365 days'),
  monetary: nonNegative.optional().describe('spend in the last 365 days'),
  points: nonNegative.optional(),
  tags: z
    .array(z.string({ error: valueMessages.tag }).refine(isTag, { error: valueMessages.tag }), {
      error: valueMessages.tags,
    })
    .optional(),
  city: z.string({ error: valueMessages.text }).min(1, { error: valueMessages.emptyText }).optional(),
  churnRisk: share.optional(),
  birthday: z
    .string({ error: valueMessages.monthDay })
    .regex(/^\d{2}-\d{2}$/, { error: valueMessages.monthDay })
    .refine(isMonthDay, { error: valueMessages.monthDay })
    .optional(),
  signupDate: z
    .string({ error: valueMessages.date })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: valueMessages.date })
    .refine(isCalendarDate, { error: valueMessages.date })
    .optional(),
  consentSms: consent.optional(),
  consentEmail: consent.optional(),
  consentPush: consent.optional(),
  consentWechat: consent.optional(),
  consentWecom: consent.optional(),
  consentAiCall: consent.optional(),
  dailyPurchaseProbability: share
    .optional()
    .describe('organic purchases per day; default from stage and frequency'),
  responsiveness: nonNegative
    .optional()
    .describe('multiplier on touch click and conversion rates; default 1'),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const COHORT_FORMAT = 'journey-canvas-cohort';
export const COHORT_SCHEMA_VERSION = 1;

export const CohortFileSchema = z.strictObject({
  format: z.literal(COHORT_FORMAT, { error: `must be "${COHORT_FORMAT}"` }),
  schemaVersion: z.literal(COHORT_SCHEMA_VERSION, { error: `must be ${COHORT_SCHEMA_VERSION}` }),
  id: IdSchema,
  name: z
    .string({ error: valueMessages.text })
    .min(1, { error: valueMessages.required })
    .max(120, { error: 'must be at most 120 characters' }),
  customers: z
    .array(CustomerSchema, { error: 'must be a list of customers' })
    .min(1, { error: 'must list at least one customer' }),
});
export type CohortFile = z.infer<typeof CohortFileSchema>;

/** CSV header names = JSON keys, in CONTRACT order. */
export const cohortColumnNames = Object.keys(CustomerSchema.shape) as CustomerFieldName[];
