import { z } from 'zod';
import { ruleMessages } from './rule-messages.ts';
import { filterFieldNames, type FilterFieldName } from '../cohort/fields.ts';

export const filterOps = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'has', 'notHas'] as const;
export const FilterOpSchema = z.enum(filterOps);
export type FilterOp = z.infer<typeof FilterOpSchema>;

export const FilterFieldSchema = z.enum(filterFieldNames as [FilterFieldName, ...FilterFieldName[]]);

const scalar = z.union([z.string().max(200), z.number(), z.boolean()]);

/**
 * The schema only checks a rule's shape; whether the field, operator and value fit together is
 * a lint (`rule-mismatch`), so that the editor can show a half-built rule with a precise message.
 */
export const FilterRuleSchema = z.strictObject({
  field: FilterFieldSchema,
  op: FilterOpSchema,
  value: z.union([scalar, z.array(z.union([z.string().max(200), z.number()])).max(500)]),
});
export type FilterRule = z.infer<typeof FilterRuleSchema>;

export const FilterSchema = z.strictObject({
  match: z.enum(['all', 'any']),
  rules: z.array(FilterRuleSchema).max(50, { error: ruleMessages['max-filter-rules'] }),
});
export type Filter = z.infer<typeof FilterSchema>;
