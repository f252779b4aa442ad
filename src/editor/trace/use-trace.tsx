import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { Customer } from '../../cohort/customer.ts';
import type { Journey } from '../../journey/schema.ts';
import type { SimulationClient } from '../../simulation/client.ts';
import type { RunIdentity, TraceOutcome } from '../../simulation/client-trace.ts';
import type { CustomerSelector } from '../../simulation/customer-selector.ts';
import type { SimulationResult } from '../../simulation/result.ts';
import type { CustomerTrace } from '../../simulation/trace-events.ts';
import type { CanvasSimulation } from '../editor-props.ts';
import { pathOf } from './trace-path.ts';
import { TracePanel, type ListState, type ShownTrace } from './TracePanel.tsx';
import './trace.css';

const LIST_LIMIT = 100;
const NO_PATH: readonly string[] = [];

export interface TraceControls {
  /** pass to the editor: count figures then offer "Show customers" */
  onShowCustomers(selector: CustomerSelector): void;
  /** pass to the editor: the path of the customer on show */
  highlightedPath: readonly string[];
  /** the customers panel, null while closed */
  panel: ReactNode | null;
}

function identityOf(result: SimulationResult): RunIdentity {
  return {
    journeyId: result.journeyId,
    seed: result.seed,
    startDate: result.startDate,
    horizonDays: result.horizonDays,
    cohortId: result.cohort.id,
    cohortSize: result.cohort.size,
  };
}

/**
 * "Show customers" for the figures of the last simulation, and the trace of one customer: lists come
 * from the worker that ran the simulation (it keeps the run's cohort), so the customers listed are
 * the ones counted. View state only: nothing here is saved.
 */
export function useTrace(
  journey: Journey,
  simulation: CanvasSimulation | null,
  client: () => SimulationClient,
): TraceControls {
  const { t } = useI18n();
  const words = t.trace;
  const [open, setOpen] = useState(false);
  const [selector, setSelector] = useState<CustomerSelector | null>(null);
  const [list, setList] = useState<ListState | null>(null);
  const [shown, setShown] = useState<ShownTrace | null>(null);
  const [traceProblem, setTraceProblem] = useState<string | null>(null);
  const [tracing, setTracing] = useState(false);
  // Answers to superseded requests are dropped: only the latest list and the latest trace count.
  const listRequest = useRef(0);
  const traceRequest = useRef(0);
  // The host may pass a new function each render; the client behind it is what counts.
  const clientRef = useRef(client);
  clientRef.current = client;
  const result = simulation?.result ?? null;
  const run = useMemo(() => (result ? identityOf(result) : null), [result]);

  const problemText = useCallback(
    (outcome: Extract<TraceOutcome<object>, { ok: false }>, customerId: string) =>
      outcome.reason === 'customer-missing'
        ? fill(words.customerMissing, { id: customerId })
        : outcome.reason === 'run-missing'
          ? words.runMissing
          : words.tryInvalid,
    [words],
  );
  const failedText = useCallback(
    (error: unknown) => {
      console.error('Trace request failed', error);
      return fill(words.failed, { reason: error instanceof Error ? error.message : String(error) });
    },
    [words],
  );

  // A new run or another figure: list that figure's customers of that run.
  useEffect(() => {
    if (!open || !selector || !run) return;
    const id = ++listRequest.current;
    setList({ status: 'loading' });
    clientRef
      .current()
      .selectCustomers(run, selector, LIST_LIMIT)
      .then(
        (outcome) => {
          if (id !== listRequest.current) return;
          setList(
            outcome.ok
              ? { status: 'ready', rows: outcome.rows }
              : { status: 'problem', message: problemText(outcome, '') },
          );
        },
        (error: unknown) => {
          if (id === listRequest.current) setList({ status: 'problem', message: failedText(error) });
        },
      );
  }, [open, selector, run, problemText, failedText]);

  // A trace belongs to its run: a new run clears it.
  useEffect(() => {
    traceRequest.current++;
    setShown(null);
    setTraceProblem(null);
    setTracing(false);
  }, [run]);

  const settleTrace = useCallback(
    (
      request: Promise<TraceOutcome<{ trace: CustomerTrace; customer: Customer }>>,
      madeUp: boolean,
      id: string,
    ) => {
      const requestId = ++traceRequest.current;
      setTracing(true);
      setTraceProblem(null);
      request
        .then(
          (outcome) => {
            if (requestId !== traceRequest.current) return;
            if (outcome.ok) setShown({ madeUp, trace: outcome.trace, customer: outcome.customer });
            else setTraceProblem(problemText(outcome, id));
          },
          (error: unknown) => {
            if (requestId === traceRequest.current) setTraceProblem(failedText(error));
          },
        )
        .finally(() => {
          if (requestId === traceRequest.current) setTracing(false);
        });
    },
    [problemText, failedText],
  );

  const traceById = useCallback(
    (customerId: string) => {
      if (!run) return;
      settleTrace(clientRef.current().traceCustomer(run, customerId), false, customerId);
    },
    [run, settleTrace],
  );

  const traceMadeUp = useCallback(
    (customer: Customer) => {
      if (!result) return;
      const options = { seed: result.seed, startDate: result.startDate, horizonDays: result.horizonDays };
      settleTrace(clientRef.current().traceMadeUp(journey, options, customer), true, customer.id);
    },
    [result, journey, settleTrace],
  );

  // Closing the panel gives focus back to the figure that opened it, so the keyboard user stays in place.
  const opener = useRef<HTMLElement | null>(null);
  const onShowCustomers = useCallback((next: CustomerSelector) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelector(next);
    setOpen(true);
  }, []);

  const close = useCallback(() => {
    if (opener.current?.isConnected) opener.current.focus();
    opener.current = null;
    setOpen(false);
    setShown(null);
    setTraceProblem(null);
    listRequest.current++;
    traceRequest.current++;
  }, []);

  const highlightedPath = useMemo(() => (open && shown ? pathOf(shown.trace) : NO_PATH), [open, shown]);

  const panel = open ? (
    <TracePanel
      journey={journey}
      result={result}
      stale={simulation?.stale ?? false}
      selector={selector}
      onSelectorChange={setSelector}
      list={list}
      shown={shown}
      tracing={tracing}
      traceProblem={traceProblem}
      onTrace={traceById}
      onTraceMadeUp={traceMadeUp}
      onClose={close}
    />
  ) : null;

  return { onShowCustomers, highlightedPath, panel };
}
