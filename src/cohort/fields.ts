/**
 * The customer fields of CONTRACT §2 and the kind of value each holds. Journeys filter on these
 * names, cohorts are parsed by them, and the editor offers operators by their kind: one catalog.
 */
export const lifecycleStages = ['new', 'active', 'loyal', 'at_risk', 'dormant', 'churned'] as const;
export const tiers = ['vip', 'growth', 'mass', 'at_risk'] as const;

export type FieldKind = 'number' | 'boolean' | 'enum' | 'text' | 'tags' | 'monthDay' | 'date';

export interface FieldSpec {
  kind: FieldKind;
  /** allowed values, for `enum` fields */
  values?: readonly string[];
  /** inclusive range, for `number` fields */
  min?: number;
  max?: number;
}

export const customerFieldSpecs = {
  id: { kind: 'text' },
  lifecycleStage: { kind: 'enum', values: lifecycleStages },
  tier: { kind: 'enum', values: tiers },
  recencyDays: { kind: 'number', min: 0 },
  frequency: { kind: 'number', min: 0 },
  monetary: { kind: 'number', min: 0 },
  points: { kind: 'number', min: 0 },
  tags: { kind: 'tags' },
  city: { kind: 'text' },
  churnRisk: { kind: 'number', min: 0, max: 1 },
  birthday: { kind: 'monthDay' },
  signupDate: { kind: 'date' },
  consentSms: { kind: 'boolean' },
  consentEmail: { kind: 'boolean' },
  consentPush: { kind: 'boolean' },
  consentWechat: { kind: 'boolean' },
  consentWecom: { kind: 'boolean' },
  consentAiCall: { kind: 'boolean' },
  dailyPurchaseProbability: { kind: 'number', min: 0, max: 1 },
  responsiveness: { kind: 'number', min: 0 },
} as const satisfies Record<string, FieldSpec>;

/** Facts the journey itself knows about a customer while they are in it (CONTRACT §1). */
export const journeyFactSpecs = {
  purchasedSinceEntry: { kind: 'boolean' },
  clickedLastTouch: { kind: 'boolean' },
  touchesReceived: { kind: 'number', min: 0 },
  daysSinceEntry: { kind: 'number', min: 0 },
} as const satisfies Record<string, FieldSpec>;

export type CustomerFieldName = keyof typeof customerFieldSpecs;
export type JourneyFactName = keyof typeof journeyFactSpecs;
export type FilterFieldName = CustomerFieldName | JourneyFactName;

export const filterFieldSpecs: Record<FilterFieldName, FieldSpec> = {
  ...customerFieldSpecs,
  ...journeyFactSpecs,
};
export const customerFieldNames = Object.keys(customerFieldSpecs) as CustomerFieldName[];
export const filterFieldNames = Object.keys(filterFieldSpecs) as FilterFieldName[];
