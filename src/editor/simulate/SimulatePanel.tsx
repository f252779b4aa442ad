import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { Journey } from '../../journey/schema.ts';
import { sampleCohortIds } from '../../journey/templates/index.ts';
import type { CohortFileState } from './CohortFileInput.tsx';
import { intervalsOf } from './figures.ts';
import { figureFormat, type Currency } from './format.ts';
import { HeadlineFigures } from './HeadlineFigures.tsx';
import { ResultDownloads } from './ResultDownloads.tsx';
import { ChannelTable, TouchTable } from './ResultTables.tsx';
import { cohortSourceOf, SEED_RUNS, settingsProblems, type RunSettings } from './run-settings.ts';
import { RunSettingsForm } from './RunSettingsForm.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import type { SimulationRunner } from './use-simulation-runner.ts';
import { RunProgress } from './RunProgress.tsx';

export interface SimulatePanelProps {
  journey: Journey;
  settings: RunSettings;
  onSettingsChange(settings: RunSettings): void;
  currency: Currency;
  onCurrencyChange(currency: Currency): void;
  fileState: CohortFileState;
  onFile(file: File): void;
  runner: SimulationRunner;
  /** the live journey's simulated shape, compared with each run's */
  shape: string;
  onClose(): void;
}

export function SimulatePanel(props: SimulatePanelProps) {
  const { journey, settings, runner, shape, currency, onClose } = props;
  const { t, locale, formatNumber } = useI18n();
  const words = t.simulate;
  const heading = useRef<HTMLHeadingElement>(null);
  const format = useMemo(
    () => figureFormat(locale, currency, words.notApplicable),
    [locale, currency, words],
  );
  const { job, failure, current, baseline, seedRuns } = runner;
  const busy = job !== null;
  const problems = settingsProblems(settings);
  const runnable =
    !busy &&
    cohortSourceOf(settings.cohort) !== null &&
    !problems.horizon &&
    !problems.startDate &&
    !problems.seed;
  const intervals = useMemo(() => (seedRuns ? intervalsOf(seedRuns.headlines) : null), [seedRuns]);

  // Opening the panel takes the keyboard there, so Run is a few Tab presses away.
  useEffect(() => heading.current?.focus(), []);

  const cohortName = (id: string) =>
    (sampleCohortIds as readonly string[]).includes(id)
      ? t.templates.cohorts[id as (typeof sampleCohortIds)[number]]
      : id;

  return (
    <section className="simulate-panel" aria-labelledby="simulate-panel-title">
      <header className="simulate-header">
        <h2 id="simulate-panel-title" ref={heading} tabIndex={-1}>
          {words.panelTitle}
        </h2>
        <button type="button" onClick={onClose}>
          {words.close}
        </button>
      </header>
      <RunSettingsForm
        settings={settings}
        onChange={props.onSettingsChange}
        currency={currency}
        onCurrencyChange={props.onCurrencyChange}
        fileState={props.fileState}
        onFile={props.onFile}
        busy={busy}
      />
      <div className="simulate-actions">
        <button
          type="button"
          className="simulate-run"
          disabled={!runnable}
          onClick={() => runner.run(journey, settings)}
        >
          {words.run}
        </button>
        <button type="button" disabled={!runnable} onClick={() => runner.runSeeds(journey, settings)}>
          {fill(words.runSeeds, { count: SEED_RUNS })}
        </button>
      </div>
      {job && <RunProgress store={runner.progress} onCancel={runner.cancel} format={format} />}
      {failure && (
        <p role={failure.kind === 'failed' ? 'alert' : 'status'} className={`simulate-${failure.kind}`}>
          {failure.kind === 'failed' ? fill(words.failed, { reason: failure.reason }) : words.cancelled}
        </p>
      )}
      {!current && !busy && <p className="simulate-empty">{words.empty}</p>}
      {current && (
        <div className="simulate-results" data-stale={current.shape !== shape}>
          <h3>
            {words.resultsTitle}
            {current.shape !== shape && <span className="simulate-stale-badge">{words.staleBadge}</span>}
          </h3>
          {current.shape !== shape && (
            <p role="status" className="simulate-stale">
              {words.stale}
            </p>
          )}
          <p className="simulate-run-summary">
            {fill(words.runSummary, {
              seed: current.result.seed,
              cohort: cohortName(current.result.cohort.id),
              size: formatNumber(current.result.cohort.size),
              days: current.result.horizonDays,
              date: current.result.startDate,
            })}
          </p>
          {baseline && (
            <p className="simulate-baseline">
              {fill(words.baselineNote, { seed: baseline.result.seed })}{' '}
              <button type="button" onClick={runner.clearBaseline}>
                {words.clearBaseline}
              </button>
            </p>
          )}
          {seedRuns && (
            <p className="simulate-interval-title">
              {fill(words.intervalTitle, { count: seedRuns.seeds.length })}
              {seedRuns.shape !== shape && ` ${words.intervalStale}`}
            </p>
          )}
          <HeadlineFigures
            headline={current.headline}
            baseline={baseline?.headline ?? null}
            intervals={intervals}
            format={format}
          />
          <p className="simulate-note">{words.figuresNote}</p>
          <ChannelTable result={current.result} format={format} />
          <TouchTable journey={journey} result={current.result} format={format} />
          <TimelineChart result={current.result} format={format} />
          <ResultDownloads journey={journey} result={current.result} />
        </div>
      )}
    </section>
  );
}
