import { consentColumnOf, type ConsentColumn } from '../../cohort/columns-builder.ts';
import { CustomerSchema, type Customer } from '../../cohort/customer.ts';
import type { lifecycleStages, tiers } from '../../cohort/fields.ts';
import { channels } from '../../primitives/domain.ts';

/** The attributes "Try a customer" lets the marketer change; other attributes keep the chosen customer's values. */
export const numberFields = ['recencyDays', 'frequency', 'monetary', 'points', 'churnRisk'] as const;
export type NumberField = (typeof numberFields)[number];
export const consentFields: ConsentColumn[] = channels.map((channel) => consentColumnOf[channel]);

export interface CustomerForm {
  id: string;
  lifecycleStage: (typeof lifecycleStages)[number] | '';
  tier: (typeof tiers)[number] | '';
  numbers: Record<NumberField, string>;
  tags: string;
  birthday: string;
  consents: Record<ConsentColumn, boolean>;
}

export type FormField = 'id' | NumberField | 'tags' | 'birthday';
/** which rule a field broke, worded by the form in the user's language */
export type FormProblem = 'id' | 'nonNegative' | 'share' | 'birthday' | 'tags';

export function formOf(customer: Customer): CustomerForm {
  const numbers = Object.fromEntries(
    numberFields.map((field) => [field, customer[field] === undefined ? '' : String(customer[field])]),
  ) as Record<NumberField, string>;
  const consents = Object.fromEntries(
    consentFields.map((field) => [field, customer[field] === true]),
  ) as Record<ConsentColumn, boolean>;
  return {
    id: customer.id,
    lifecycleStage: customer.lifecycleStage ?? '',
    tier: customer.tier ?? '',
    numbers,
    tags: (customer.tags ?? []).join(', '),
    birthday: customer.birthday ?? '',
    consents,
  };
}

const problemOf: Record<FormField, FormProblem> = {
  id: 'id',
  recencyDays: 'nonNegative',
  frequency: 'nonNegative',
  monetary: 'nonNegative',
  points: 'nonNegative',
  churnRisk: 'share',
  tags: 'tags',
  birthday: 'birthday',
};

/**
 * The made-up customer the form describes, on top of `base` (the chosen customer: city, sign-up date
 * and behaviour columns stay theirs), checked by the cohort's own rules (CustomerSchema).
 */
export function customerOfForm(
  form: CustomerForm,
  base: Customer,
): { ok: true; customer: Customer } | { ok: false; problems: Partial<Record<FormField, FormProblem>> } {
  const customer: Record<string, unknown> = { ...base, id: form.id.trim() };
  const problems: Partial<Record<FormField, FormProblem>> = {};
  const set = (key: string, value: unknown) => {
    if (value === undefined) delete customer[key];
    else customer[key] = value;
  };
  set('lifecycleStage', form.lifecycleStage || undefined);
  set('tier', form.tier || undefined);
  for (const field of numberFields) {
    const text = form.numbers[field].trim();
    const value = text === '' ? undefined : Number(text);
    if (value !== undefined && Number.isNaN(value)) problems[field] = problemOf[field];
    set(field, value);
  }
  const tags = form.tags
    .split(/[,，]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  set('tags', tags.length === 0 ? undefined : tags);
  set('birthday', form.birthday.trim() || undefined);
  for (const field of consentFields) set(field, form.consents[field]);
  const parsed = CustomerSchema.safeParse(customer);
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, customer: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in problemOf)
      problems[field as FormField] = problemOf[field as FormField];
  }
  return { ok: false, problems };
}
