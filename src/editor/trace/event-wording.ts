/**
 * A customer's trace events in plain words, in the user's language. Pure: words come from the
 * `trace` and `summary` catalogs, times and numbers through Intl for the locale.
 */
import type { Catalog, Locale } from '../../i18n/catalog.ts';
import { fill } from '../../i18n/fill.ts';
import { filterFieldSpecs, type FilterFieldName } from '../../cohort/fields.ts';
import type { Journey } from '../../journey/schema.ts';
import type { RuleReading, TraceEvent } from '../../simulation/trace-events.ts';
import { outputLabel } from '../summary.ts';

type Num = (value: number) => string;

export interface WordingContext {
  words: Catalog['trace'];
  summary: Catalog['summary'];
  locale: Locale;
  /** the journey the trace ran through (labels of its steps) */
  journey: Journey;
  /** YYYY-MM-DD: minute 0 of the trace is 00:00 of this day in the journey's timezone */
  startDate: string;
  formatNumber: Num;
}

const MINUTE_MS = 60_000;

function hasKey<T extends object>(record: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * "Dec 2, 08:00" / "12月2日 08:00": the wall-clock time in the journey's timezone. Minutes count
 * from local midnight of the start date, so the date is computed in UTC and shown as UTC.
 */
export function formatTraceTime(minute: number, startDate: string, locale: Locale): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const at = Date.UTC(year, month - 1, day) + minute * MINUTE_MS;
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(at);
}

/** "2 days", "5 hours", "30 minutes": the largest whole unit of a gap, as "bought 2 days after". */
export function formatGap(minutes: number, words: Catalog['trace'], n: Num): string {
  if (minutes >= 1440) return words.after.days(n(Math.floor(minutes / 1440)), Math.floor(minutes / 1440));
  if (minutes >= 60) return words.after.hours(n(Math.floor(minutes / 60)), Math.floor(minutes / 60));
  return words.after.minutes(n(minutes), minutes);
}

function nodeName(journey: Journey, nodeId: string, words: Catalog['trace']): string {
  const node = journey.nodes.find((candidate) => candidate.id === nodeId);
  return fill(words.quoted, { label: node?.label || nodeId });
}

function opText(field: FilterFieldName, op: string, summary: Catalog['summary']): string {
  const kind = filterFieldSpecs[field].kind;
  const table =
    kind === 'number'
      ? summary.ops.number
      : kind === 'tags'
        ? summary.ops.tags
        : kind === 'date' || kind === 'monthDay'
          ? summary.ops.calendar
          : summary.ops.text;
  return hasKey(table, op) ? table[op] : op;
}

function valueText(field: FilterFieldName, value: unknown, context: WordingContext): string {
  const { summary, words, formatNumber } = context;
  if (value === null || value === undefined) return words.notSet;
  if (Array.isArray(value))
    return value.length === 0
      ? words.empty
      : value.map((item) => valueText(field, item, context)).join(summary.listSeparator);
  if (typeof value === 'boolean') return value ? summary.yes : summary.no;
  if (typeof value === 'number') {
    const text = formatNumber(Math.round(value * 100) / 100);
    return hasKey(summary.numberUnits, field) ? summary.numberUnits[field](text) : text;
  }
  const text = String(value);
  if (filterFieldSpecs[field].kind === 'enum' && hasKey(summary.enumValues, text))
    return summary.enumValues[text];
  return text;
}

function isFilterField(field: string): field is FilterFieldName {
  return hasKey(filterFieldSpecs, field);
}

/** "recency 212 days, not > 180 days" */
export function describeReading(reading: RuleReading, context: WordingContext): string {
  const { words, summary } = context;
  const field = reading.field;
  if (!isFilterField(field))
    return `${field} ${String(reading.actual)} ${reading.op} ${String(reading.expected)}`;
  return fill(reading.passed ? words.events.rulePassed : words.events.ruleFailed, {
    field: summary.fields[field],
    actual: valueText(field, reading.actual, context),
    op: opText(field, reading.op, summary),
    expected: valueText(field, reading.expected, context),
  });
}

/** The rules that decided a condition: those whose outcome agrees with the condition's. */
function decidingReadings(event: Extract<TraceEvent, { kind: 'condition' }>): RuleReading[] {
  // "all" fails on its failed rules and "any" holds on its passed ones: either way, rules that agree.
  const deciding = event.rules.filter((reading) => reading.passed === event.result);
  return deciding.length > 0 ? deciding : event.rules;
}

/** The touch a purchase is credited to was delivered last at this minute (for "2 days after"). */
function lastDeliveryOf(events: readonly TraceEvent[], touchNodeId: string, before: number): number | null {
  let found: number | null = null;
  for (const event of events) {
    if (event.minute > before) break;
    if (event.kind === 'delivered' && event.nodeId === touchNodeId) found = event.minute;
  }
  return found;
}

/** One event in words. `events` is the whole trace, for the purchases credited to a touch. */
export function describeEvent(
  event: TraceEvent,
  events: readonly TraceEvent[],
  context: WordingContext,
): string {
  const { words, summary, journey, startDate, locale, formatNumber } = context;
  const said = words.events;
  const node = (id: string) => nodeName(journey, id, words);
  const time = (minute: number) => formatTraceTime(minute, startDate, locale);
  const money = (value: number) => formatNumber(Math.round(value * 100) / 100);
  switch (event.kind) {
    case 'entered':
      return fill(said.entered, { node: node(event.nodeId), trigger: said.triggers[event.trigger] });
    case 'holdout':
      return fill(said.holdout, { node: node(event.nodeId), trigger: said.triggers[event.trigger] });
    case 'arrived':
      return fill(said.arrived, { node: node(event.nodeId) });
    case 'condition': {
      const readings = decidingReadings(event);
      const rules =
        readings.length === 0
          ? said.noRules
          : readings.map((reading) => describeReading(reading, context)).join(said.ruleJoin);
      return fill(event.result ? said.conditionTrue : said.conditionFalse, {
        node: node(event.nodeId),
        rules,
      });
    }
    case 'split':
      return fill(said.split, {
        node: node(event.nodeId),
        variant: fill(words.quoted, { label: event.variantLabel || event.variantId }),
      });
    case 'waitStarted': {
      const eventName =
        event.event === null
          ? null
          : hasKey(summary.events, event.event)
            ? summary.events[event.event]
            : event.event;
      if (event.until === null)
        return eventName === null
          ? fill(said.waitForever, { node: node(event.nodeId) })
          : fill(said.waitEventForever, { node: node(event.nodeId), event: eventName });
      return eventName === null
        ? fill(said.waitUntil, { node: node(event.nodeId), until: time(event.until) })
        : fill(said.waitEvent, { node: node(event.nodeId), event: eventName, until: time(event.until) });
    }
    case 'waitEnded':
      return fill(said.waitEnded[event.reason], { node: node(event.nodeId) });
    case 'suppressedConsent':
      return fill(said.suppressedConsent, {
        node: node(event.nodeId),
        channel: summary.channels[event.channel],
      });
    case 'suppressedFrequencyCap':
      return fill(said.suppressedFrequencyCap, {
        node: node(event.nodeId),
        count: formatNumber(event.touchesInWindow.length),
        days: formatNumber(event.windowDays),
        touches: event.touchesInWindow
          .map((touch) => fill(said.capTouch, { node: node(touch.nodeId), time: time(touch.minute) }))
          .join(summary.listSeparator),
      });
    case 'deferredQuietHours':
      return fill(said.deferredQuietHours, { node: node(event.nodeId), until: time(event.until) });
    case 'delivered':
    case 'failed':
      return fill(event.kind === 'delivered' ? said.delivered : said.failed, {
        node: node(event.nodeId),
        channel: summary.channels[event.channel],
        cost: money(event.cost),
      });
    case 'clicked':
      return fill(said.clicked, { node: node(event.nodeId) });
    case 'purchased': {
      const value = money(event.value);
      if (event.touchNodeId === null) return fill(said.purchasedOrganic, { value });
      const sent = lastDeliveryOf(events, event.touchNodeId, event.minute);
      if (sent === null) return fill(said.purchasedCredited, { node: node(event.touchNodeId), value });
      return fill(said.purchasedAfter, {
        node: node(event.touchNodeId),
        after: formatGap(event.minute - sent, words, formatNumber),
        value,
      });
    }
    case 'goalExit':
      return fill(said.goalExit, { node: node(event.nodeId) });
    case 'left': {
      const from = journey.nodes.find((candidate) => candidate.id === event.nodeId);
      const handle = fill(words.quoted, {
        label: from ? outputLabel(from, event.handle, summary) : event.handle,
      });
      return fill(event.edgeId === null ? said.leftNowhere : said.left, { node: node(event.nodeId), handle });
    }
    case 'exit':
      return fill(said.exit, { node: node(event.nodeId) });
    case 'loopGuard':
      return fill(said.loopGuard, { node: node(event.nodeId) });
    case 'horizon':
      return fill(said.horizon, { node: node(event.nodeId) });
  }
}
