import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { Customer } from '../../cohort/customer.ts';
import type { Journey } from '../../journey/schema.ts';
import type { CustomerSelector } from '../../simulation/customer-selector.ts';
import type { SimulationResult } from '../../simulation/result.ts';
import { CustomerList } from './CustomerList.tsx';
import { choiceOf, choicesFor, figureCount, selectorFor } from './figure-choice.ts';
import { TraceTimeline } from './TraceTimeline.tsx';
import { TryCustomerForm } from './TryCustomerForm.tsx';

export type ListState =
  { status: 'loading' } | { status: 'ready'; rows: CustomerRow[] } | { status: 'problem'; message: string };

/** A trace on show: a customer of the run, or one made up with "Try a customer". */
export interface ShownTrace {
  madeUp: boolean;
  trace: CustomerTrace;
  customer: Customer;
}
import type { CustomerRow } from '../../simulation/client-trace.ts';
import type { CustomerTrace } from '../../simulation/trace-events.ts';

export interface TracePanelProps {
  journey: Journey;
  /** the run whose customers are listed; null before any run */
  result: SimulationResult | null;
  stale: boolean;
  selector: CustomerSelector | null;
  onSelectorChange(selector: CustomerSelector): void;
  list: ListState | null;
  shown: ShownTrace | null;
  tracing: boolean;
  traceProblem: string | null;
  onTrace(customerId: string): void;
  onTraceMadeUp(customer: Customer): void;
  onClose(): void;
}

/** The customers behind a figure, a search by id, the chosen customer's timeline and "Try a customer". */
export function TracePanel(props: TracePanelProps) {
  const { journey, result, selector, list, shown, onClose } = props;
  const { t, formatNumber } = useI18n();
  const words = t.trace;
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownBox = useRef<HTMLDivElement>(null);
  const [search, setSearch] = useState('');
  const [searchProblem, setSearchProblem] = useState(false);
  const [trying, setTrying] = useState(false);

  // Opening the panel (from a figure on the canvas) moves focus to it, so the keyboard follows.
  useEffect(() => heading.current?.focus(), []);
  // A new trace is brought into view below the list (the side column scrolls); focus stays on the list.
  useEffect(() => {
    if (shown) shownBox.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown]);

  const find = (event: FormEvent) => {
    event.preventDefault();
    const id = search.trim();
    setSearchProblem(id === '');
    if (id !== '') props.onTrace(id);
  };

  const choices = selector ? choicesFor(journey, selector) : [];
  const traceTitle = shown
    ? shown.madeUp
      ? words.madeUpTitle
      : fill(words.traceTitle, { id: shown.customer.id })
    : null;

  return (
    <section
      className="trace-panel"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="trace-header">
        <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
          {words.panelTitle}
        </h2>
        <button type="button" onClick={onClose} aria-label={words.close}>
          ×
        </button>
      </header>
      {!result ? (
        <p className="trace-note">{words.noRun}</p>
      ) : (
        <>
          <p className="trace-note">
            {fill(words.about, {
              seed: result.seed,
              start: result.startDate,
              days: formatNumber(result.horizonDays),
              cohort: result.cohort.id,
            })}
          </p>
          {props.stale && <p className="trace-note trace-note--warning">{words.stale}</p>}
          {selector && (
            <div className="trace-figures" role="group" aria-labelledby={`${ids}-figure`}>
              <span id={`${ids}-figure`}>{words.figure}</span>
              {choices.map((choice) => {
                const count = figureCount(result, selector, choice);
                const chosen = choice === choiceOf(selector);
                return (
                  <button
                    key={choice}
                    type="button"
                    className={`trace-figure${chosen ? ' trace-figure--chosen' : ''}`}
                    aria-pressed={chosen}
                    onClick={() => props.onSelectorChange(selectorFor(selector, choice))}
                  >
                    <span>{words.figures[choice]}</span>
                    {count !== null && <span className="trace-figure__count">{formatNumber(count)}</span>}
                  </button>
                );
              })}
            </div>
          )}
          <form className="trace-search" onSubmit={find} role="search">
            <label htmlFor={`${ids}-search`}>{words.searchLabel}</label>
            <div className="trace-search__row">
              <input
                id={`${ids}-search`}
                type="search"
                value={search}
                aria-invalid={searchProblem || undefined}
                aria-describedby={searchProblem ? `${ids}-search-problem` : undefined}
                onChange={(event) => setSearch(event.target.value)}
              />
              <button type="submit">{words.searchButton}</button>
            </div>
            {searchProblem && (
              <span id={`${ids}-search-problem`} className="trace-form__problem">
                {words.searchEmpty}
              </span>
            )}
          </form>
          {list?.status === 'loading' && (
            <p className="trace-note" role="status">
              {words.loading}
            </p>
          )}
          {list?.status === 'problem' && (
            <p className="trace-problem" role="alert">
              {list.message}
            </p>
          )}
          {list?.status === 'ready' &&
            (list.rows.length === 0 ? (
              <p className="trace-note">{words.none}</p>
            ) : (
              <>
                <p className="trace-note">
                  {fill(list.rows.length >= 100 ? words.listCapped : words.listCount, {
                    count: formatNumber(list.rows.length),
                  })}
                </p>
                <CustomerList
                  rows={list.rows}
                  chosenId={shown && !shown.madeUp ? shown.customer.id : null}
                  onChoose={props.onTrace}
                />
              </>
            ))}
          <div className="trace-shown" ref={shownBox} aria-live="polite" aria-busy={props.tracing}>
            {props.traceProblem && (
              <p className="trace-problem" role="alert">
                {props.traceProblem}
              </p>
            )}
            {shown && traceTitle && (
              <>
                <h3>{traceTitle}</h3>
                <TraceTimeline
                  trace={shown.trace}
                  journey={journey}
                  startDate={result.startDate}
                  title={shown.customer.id}
                />
              </>
            )}
          </div>
          {trying ? (
            <TryCustomerForm
              key={shown?.customer.id ?? ''}
              base={shown?.customer ?? { id: 'my-customer' }}
              busy={props.tracing}
              onTrace={props.onTraceMadeUp}
              onClose={() => setTrying(false)}
            />
          ) : (
            <button type="button" className="trace-try" onClick={() => setTrying(true)}>
              {words.tryButton}
            </button>
          )}
        </>
      )}
    </section>
  );
}
