/**
 * The schema rules whose English words say more than the shape of the check (a weekday, not just
 * "6 or less"). The schemas take their `error` text from here, and `describeIssue` turns that text
 * back into the rule (zod reports the words, not the check), so other languages can word the rule.
 */
export const ruleMessages = {
  'timezone-required': 'must name a timezone, e.g. Asia/Shanghai',
  'edge-output-required': 'must name the output it leaves from',
  'whole-days': 'must be a whole number of days',
  weekday: 'must be a weekday from 0 (Sunday) to 6 (Saturday)',
  'weekdays-empty': 'must list at least one weekday, or be left out',
  'wait-max-one-year': 'must be at most 525600 (one year in minutes)',
  'timeout-max-one-year': 'must be at most 8760 hours (one year)',
  'split-min-variants': 'a split needs at least 2 variants',
  'split-max-variants': 'a split may have at most 10 variants',
  'max-nodes': 'a journey may have at most 5000 nodes',
  'max-edges': 'a journey may have at most 10000 edges',
  'max-filter-rules': 'may have at most 50 rules',
} as const;

export type SchemaRule = keyof typeof ruleMessages;
export const schemaRules = Object.keys(ruleMessages) as [SchemaRule, ...SchemaRule[]];

const ruleOfMessage = new Map<string, SchemaRule>(
  (Object.entries(ruleMessages) as [SchemaRule, string][]).map(([rule, message]) => [message, rule]),
);

/** The rule a schema message is the English of, if any. */
export const ruleOf = (message: string): SchemaRule | undefined => ruleOfMessage.get(message);
