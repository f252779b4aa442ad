import { fill } from './fill.ts';
import type { Message } from './message.ts';

type OtherCategory = Exclude<Intl.LDMLPluralRule, 'other'>;

/**
 * A sentence in each plural category a language has (CLDR, through Intl.PluralRules): English
 * writes `{ one: '{count} step copied.', other: '{count} steps copied.' }`, Chinese only `other`.
 */
export type Plural<Slot extends string = never> = { readonly other: Message<Slot> } & {
  readonly [Category in OtherCategory]?: Message<Slot>;
};

const rulesOf = new Map<string, Intl.PluralRules>();

/** The sentence of `forms` for `count` in `locale`, its slots filled. */
export function plural<Slot extends string>(
  locale: string,
  forms: Plural<Slot>,
  count: number,
  values: { [K in Slot]: string | number },
): string {
  let rules = rulesOf.get(locale);
  if (!rules) rulesOf.set(locale, (rules = new Intl.PluralRules(locale)));
  const category = rules.select(count);
  return fill(category === 'other' ? forms.other : (forms[category] ?? forms.other), values);
}
