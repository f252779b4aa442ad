import type { Catalog } from '../../i18n/catalog.ts';
import { consentColumnOf } from '../../cohort/columns-builder.ts';
import type { Customer } from '../../cohort/customer.ts';
import { channels, type Channel } from '../../primitives/domain.ts';

type Num = (value: number) => string;

/** The channels a customer has consented to, in channel order. */
export function consentedChannels(customer: Customer): Channel[] {
  return channels.filter((channel) => customer[consentColumnOf[channel]] === true);
}

/** A customer's key attributes as short texts: stage, tier, recency, orders, spend, consents. */
export function keyAttributes(
  customer: Customer,
  words: Catalog['trace'],
  summary: Catalog['summary'],
  n: Num,
): { label: string; value: string }[] {
  const enumText = (value: string | undefined) =>
    value === undefined ? words.empty : ((summary.enumValues as Record<string, string>)[value] ?? value);
  const numberText = (value: number | undefined, unit?: (text: string) => string) =>
    value === undefined ? words.empty : unit ? unit(n(value)) : n(value);
  const consents = consentedChannels(customer).map((channel) => summary.channels[channel]);
  return [
    { label: words.columns.stage, value: enumText(customer.lifecycleStage) },
    { label: words.columns.tier, value: enumText(customer.tier) },
    {
      label: words.columns.recency,
      value: numberText(customer.recencyDays, summary.numberUnits.recencyDays),
    },
    { label: words.columns.frequency, value: numberText(customer.frequency) },
    { label: words.columns.monetary, value: numberText(customer.monetary, summary.numberUnits.monetary) },
    {
      label: words.columns.consents,
      value: consents.length === 0 ? words.noConsents : consents.join(summary.listSeparator),
    },
  ];
}
