import { useEffect, useId, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { SimulationResult } from '../../simulation/result.ts';
import type { FigureFormat } from './format.ts';

/** uPlot (~50 kB) and its stylesheet load on the first chart, never with the editor itself. */
function loadUplot(): Promise<typeof uPlot> {
  return Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css'), nextIdle()]).then(
    ([module]) => module.default,
  );
}

const HEIGHT = 200;

/** The chart is drawn in a task of its own once the results are on screen, not in the same long one. */
function nextIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });
}

/** Sends, conversions (left axis) and cost (right axis) per simulated day. */
export function TimelineChart({ result, format }: { result: SimulationResult; format: FigureFormat }) {
  const { t } = useI18n();
  const words = t.simulate;
  const host = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const [status, setStatus] = useState<'loading' | 'ready' | { failed: string }>('loading');

  useEffect(() => {
    let plot: uPlot | null = null;
    let observer: ResizeObserver | null = null;
    let gone = false;
    loadUplot()
      .then((UPlot) => {
        const element = host.current;
        if (gone || !element) return;
        const days = result.timeline;
        const data: uPlot.AlignedData = [
          days.map((day) => day.day),
          days.map((day) => day.delivered),
          days.map((day) => day.conversions),
          days.map((day) => day.cost),
        ];
        const width = Math.max(240, element.clientWidth);
        plot = new UPlot(
          {
            width,
            height: HEIGHT,
            scales: { x: { time: false } },
            legend: { live: false },
            series: [
              { label: words.day },
              { label: words.series.delivered, stroke: '#2563eb', width: 2, scale: 'count' },
              { label: words.series.conversions, stroke: '#16a34a', width: 2, scale: 'count' },
              {
                label: words.series.cost,
                stroke: '#b45309',
                width: 2,
                dash: [6, 4],
                scale: 'money',
                value: (_plot, value) => (value === null ? '' : format.money(value)),
              },
            ],
            axes: [
              { label: words.day },
              { scale: 'count', size: 60, values: (_plot, ticks) => ticks.map((tick) => format.count(tick)) },
              {
                scale: 'money',
                side: 1,
                grid: { show: false },
                values: (_plot, ticks) => ticks.map((tick) => format.moneyShort(tick)),
                size: 70,
              },
            ],
          },
          data,
          element,
        );
        observer = new ResizeObserver(() => {
          const next = Math.max(240, element.clientWidth);
          if (plot && next !== plot.width) plot.setSize({ width: next, height: HEIGHT });
        });
        observer.observe(element);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        console.error('The timeline chart could not be loaded', error);
        if (!gone) setStatus({ failed: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      gone = true;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [result, format, words]);

  return (
    <figure className="simulate-timeline" aria-describedby={descriptionId}>
      <figcaption>{words.timelineTitle}</figcaption>
      <p id={descriptionId} className="simulate-visually-hidden">
        {words.timelineDescription}
      </p>
      {status === 'loading' && <p role="status">{words.timelineLoading}</p>}
      {typeof status === 'object' && (
        <p role="alert">{fill(words.timelineFailed, { reason: status.failed })}</p>
      )}
      <div ref={host} className="simulate-timeline-plot" />
    </figure>
  );
}
