import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { Journey } from '../../journey/schema.ts';
import type { CustomerTrace, TraceEventKind } from '../../simulation/trace-events.ts';
import { describeEvent, formatTraceTime, type WordingContext } from './event-wording.ts';

export interface TraceTimelineProps {
  trace: CustomerTrace;
  /** the journey the customer went through, for step labels */
  journey: Journey;
  startDate: string;
  /** shown in the heading: the customer's id, or null for a made-up customer */
  title: string;
}

/** Events that did not happen as planned get a warning tone, so a skipped send stands out. */
const warningKinds: ReadonlySet<TraceEventKind> = new Set([
  'suppressedConsent',
  'suppressedFrequencyCap',
  'deferredQuietHours',
  'failed',
  'loopGuard',
  'holdout',
]);

/** One customer's path as a list of times and plain-language reasons. */
export function TraceTimeline({ trace, journey, startDate, title }: TraceTimelineProps) {
  const { t, locale, formatNumber } = useI18n();
  const words = t.trace;
  const context = useMemo<WordingContext>(
    () => ({ words, summary: t.summary, locale, journey, startDate, formatNumber }),
    [words, t.summary, locale, journey, startDate, formatNumber],
  );
  return (
    <section className="trace-timeline" aria-label={fill(words.timelineLabel, { id: title })}>
      {trace.holdout && <p className="trace-note">{words.holdoutNote}</p>}
      {trace.events.length === 0 ? (
        <p className="trace-note">{words.noEvents}</p>
      ) : (
        <ol className="trace-events">
          {trace.events.map((event, index) => (
            <li
              key={index}
              className={`trace-event${warningKinds.has(event.kind) ? ' trace-event--warning' : ''}`}
              data-kind={event.kind}
            >
              <time className="trace-event__time">{formatTraceTime(event.minute, startDate, locale)}</time>
              <span className="trace-event__text">{describeEvent(event, trace.events, context)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
