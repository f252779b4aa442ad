/**
 * The one-line summary on a node card and the labels of its outputs, in the user's language.
 * Pure: words come from the `summary` catalog, numbers through Intl for the locale.
 */
import type { Catalog, Locale } from '../i18n/catalog.ts';
import { filterFieldSpecs, type FilterFieldName } from '../cohort/fields.ts';
import type { Filter, FilterOp, FilterRule, JourneyNode, NodeOf } from '../journey/index.ts';

type Words = Catalog['summary'];
type Num = (value: number) => string;

/** How many rules a card spells out before it says "+N more". */
const RULES_SHOWN = 2;

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function numberFormatter(locale: Locale): Num {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return (value) => format.format(value);
}

/** "tier is VIP" → "Tier is VIP"; Chinese text is left as it is. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hasKey<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** One value of a rule as the card shows it: enum values translated, numbers with their unit. */
function valueText(field: FilterFieldName, value: unknown, words: Words, n: Num): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') {
    const text = n(value);
    return hasKey(words.numberUnits, field) ? words.numberUnits[field](text) : text;
  }
  if (typeof value === 'string') {
    const kind = filterFieldSpecs[field].kind;
    if (kind === 'enum' && hasKey(words.enumValues, value)) return words.enumValues[value];
    return value;
  }
  return JSON.stringify(value);
}

/** The operator's words for this field, falling back to the operator itself for a half-built rule. */
function opText(field: FilterFieldName, op: FilterOp, words: Words): string {
  const kind = filterFieldSpecs[field].kind;
  const table =
    kind === 'number'
      ? words.ops.number
      : kind === 'tags'
        ? words.ops.tags
        : kind === 'date' || kind === 'monthDay'
          ? words.ops.calendar
          : words.ops.text;
  return hasKey(table, op) ? table[op] : op;
}

export function ruleSummary(rule: FilterRule, words: Words, n: Num): string {
  const field = words.fields[rule.field];
  const values = Array.isArray(rule.value) ? rule.value : [rule.value];
  const value = values.map((item) => valueText(rule.field, item, words, n)).join(words.listSeparator);
  return `${field} ${opText(rule.field, rule.op, words)} ${value}`;
}

/** "Tier is VIP and recency > 180 days"; long filters end in "+N more". */
export function filterSummary(filter: Filter, words: Words, n: Num): string {
  if (filter.rules.length === 0) return words.noRules;
  const shown = filter.rules.slice(0, RULES_SHOWN).map((rule) => ruleSummary(rule, words, n));
  const hidden = filter.rules.length - shown.length;
  const text = shown.join(words.matchJoin[filter.match]);
  return capitalize(hidden > 0 ? `${text} ${words.moreRules(hidden, n)}` : text);
}

function triggerSummary(node: NodeOf<'trigger'>, words: Words, n: Num): string {
  const config = node.config;
  const filter = config.filter && config.filter.rules.length > 0 ? config.filter : null;
  let head: string;
  switch (config.kind) {
    case 'segment':
      return words.trigger.segment(filter ? filterSummary(filter, words, n) : words.everyone);
    case 'event':
      head = words.trigger.event(words.events[config.event]);
      break;
    case 'date':
      head = words.trigger.dateOffset(words.trigger.date[config.field], config.offsetDays, config.at, n);
      break;
  }
  return filter ? `${head}${words.separator}${filterSummary(filter, words, n)}` : head;
}

function waitSummary(node: NodeOf<'wait'>, words: Words, n: Num): string {
  const config = node.config;
  switch (config.kind) {
    case 'duration':
      return words.wait.duration[config.unit](config.amount, n);
    case 'until': {
      if (!config.weekdays || config.weekdays.length === 7) return words.wait.until(config.at);
      const days = [...config.weekdays]
        .sort((a, b) => a - b)
        .map((day) => words.wait.weekdays[day] ?? String(day));
      return words.wait.untilOn(config.at, days.join(words.listSeparator));
    }
    case 'event':
      return words.wait.event(words.events[config.event], config.timeoutHours, n);
  }
}

function touchSummary(node: NodeOf<'touch'>, words: Words, n: Num): string {
  const { channel, template, offer } = node.config;
  const parts = [words.channels[channel], template.trim() === '' ? words.touch.noTemplate : template];
  if (offer) {
    const offerText = words.touch.offer[offer.type](offer.value, n);
    parts.push(
      offer.validHours === undefined ? offerText : words.touch.validFor(offerText, offer.validHours, n),
    );
  }
  return parts.join(words.separator);
}

/** The card's one-line summary of a node's config, e.g. "SMS · winback-48h · 30% off, 48 h". */
export function nodeSummary(node: JourneyNode, words: Words, locale: Locale): string {
  const n = numberFormatter(locale);
  switch (node.type) {
    case 'trigger':
      return triggerSummary(node, words, n);
    case 'condition':
      return filterSummary(node.config.filter, words, n);
    case 'wait':
      return waitSummary(node, words, n);
    case 'touch':
      return touchSummary(node, words, n);
    case 'split':
      return node.config.variants
        .map((variant) => words.split.variant(variant.label || variant.id, variant.percent, n))
        .join(words.separator);
    case 'exit':
      return words.exit;
  }
}

/** The label drawn beside an output handle: Yes / No, Event / Timeout, a split variant's label. */
export function outputLabel(node: JourneyNode, handle: string, words: Words): string {
  if (node.type === 'split') {
    const variant = node.config.variants.find((candidate) => candidate.id === handle);
    return variant ? variant.label || variant.id : handle;
  }
  return hasKey(words.outputs, handle) ? words.outputs[handle] : handle;
}
