import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import {
  betterWhen,
  changeOf,
  figureKinds,
  headlineKeys,
  type Headline,
  type HeadlineKey,
  type Interval,
} from './figures.ts';
import type { FigureFormat } from './format.ts';

export interface HeadlineFiguresProps {
  headline: Headline;
  baseline: Headline | null;
  intervals: Record<HeadlineKey, Interval | null> | null;
  format: FigureFormat;
}

/**
 * The range of a figure over many seeds: the band spans the 90% interval, the tick is the mean, the
 * dot is this run. Positions are shares of a scale padded around all three, so a narrow interval
 * still reads as narrow next to its own value.
 */
function RangeBar({ interval, value, label }: { interval: Interval; value: number | null; label: string }) {
  const points = [interval.low, interval.high, ...(value === null ? [] : [value])];
  const min = Math.min(...points);
  const max = Math.max(...points);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  const at = (x: number) => `${(((x - (min - pad)) / (max - min + 2 * pad)) * 100).toFixed(2)}%`;
  return (
    <div className="simulate-range" role="img" aria-label={label}>
      <span
        className="simulate-range-band"
        style={{ left: at(interval.low), width: `calc(${at(interval.high)} - ${at(interval.low)})` }}
      />
      <span className="simulate-range-mean" style={{ left: at(interval.mean) }} />
      {value !== null && <span className="simulate-range-value" style={{ left: at(value) }} />}
    </div>
  );
}

export function HeadlineFigures({ headline, baseline, intervals, format }: HeadlineFiguresProps) {
  const { t } = useI18n();
  const words = t.simulate;

  const changeText = (key: HeadlineKey) => {
    if (!baseline) return null;
    const change = changeOf(headline[key], baseline[key]);
    // a figure that has no value in one of the runs (ROI without cost…) still says what it was
    if (!change) return fill(words.wasValue, { value: format.figure(baseline[key], figureKinds[key]) });
    if (change.difference === 0) return words.noChange;
    const kind = figureKinds[key];
    const relative =
      change.relative === null || kind === 'ratio' ? '' : ` (${format.percent(change.relative)})`;
    return `${format.change(change.difference, kind)}${relative}`;
  };

  return (
    <dl className="simulate-figures" aria-label={words.figuresTitle}>
      {headlineKeys.map((key) => {
        const kind = figureKinds[key];
        const change = changeText(key);
        const interval = intervals?.[key] ?? null;
        const intervalText = interval
          ? fill(words.intervalText, {
              mean: format.figure(interval.mean, kind),
              low: format.figure(interval.low, kind),
              high: format.figure(interval.high, kind),
            })
          : null;
        return (
          <div key={key} className="simulate-figure" data-figure={key}>
            <dt>{words.headline[key]}</dt>
            <dd className="simulate-figure-value">{format.figure(headline[key], kind)}</dd>
            {change !== null && (
              <dd className="simulate-figure-change" data-tone={toneOf(key, headline[key], baseline?.[key])}>
                <span className="simulate-visually-hidden">{words.changeLabel}: </span>
                {change}
              </dd>
            )}
            {interval && intervalText && (
              <dd className="simulate-figure-interval">
                <RangeBar interval={interval} value={headline[key]} label={intervalText} />
                <span className="simulate-interval-text">{intervalText}</span>
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

function toneOf(
  key: HeadlineKey,
  current: number | null,
  baseline: number | null | undefined,
): 'good' | 'bad' | 'neutral' {
  const better = betterWhen[key];
  if (!better || current === null || baseline === null || baseline === undefined || current === baseline)
    return 'neutral';
  return current > baseline === (better === 'higher') ? 'good' : 'bad';
}
