import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { sampleCohortIds } from '../../journey/templates/index.ts';
import { CohortFileInput, type CohortFileState } from './CohortFileInput.tsx';
import { currencies, type Currency } from './format.ts';
import {
  DEFAULT_SAMPLE_SIZE,
  randomSeed,
  sampleSizes,
  settingsProblems,
  type RunSettings,
} from './run-settings.ts';

export interface RunSettingsFormProps {
  settings: RunSettings;
  onChange(settings: RunSettings): void;
  currency: Currency;
  onCurrencyChange(currency: Currency): void;
  fileState: CohortFileState;
  onFile(file: File): void;
  /** inputs are locked while a run or a file parse is going on */
  busy: boolean;
}

/** Cohort, horizon, start date, seed and currency: everything a run depends on, before Run. */
export function RunSettingsForm(props: RunSettingsFormProps) {
  const { settings, onChange, currency, onCurrencyChange, fileState, onFile, busy } = props;
  const { t, formatNumber } = useI18n();
  const words = t.simulate;
  const id = useId();
  const problems = settingsProblems(settings);
  const { cohort } = settings;
  const lastSample =
    cohort.kind === 'sample' ? cohort : { sampleId: sampleCohortIds[0], size: DEFAULT_SAMPLE_SIZE };
  const set = (patch: Partial<RunSettings>) => onChange({ ...settings, ...patch });

  return (
    <fieldset className="simulate-settings" disabled={busy}>
      <legend>{words.settingsTitle}</legend>
      <div role="radiogroup" aria-label={words.cohort} className="simulate-cohort-kind">
        <label>
          <input
            type="radio"
            name={`${id}-cohort`}
            checked={cohort.kind === 'sample'}
            onChange={() => set({ cohort: { kind: 'sample', ...lastSample } })}
          />
          {words.cohortSample}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-cohort`}
            checked={cohort.kind === 'file'}
            onChange={() => set({ cohort: { kind: 'file', summary: fileState.summary } })}
          />
          {words.cohortFile}
        </label>
      </div>
      {cohort.kind === 'sample' ? (
        <div className="simulate-row">
          <div className="simulate-field">
            <label htmlFor={`${id}-sample`}>{words.sampleLabel}</label>
            <select
              id={`${id}-sample`}
              value={cohort.sampleId}
              onChange={(event) => set({ cohort: { ...cohort, sampleId: event.target.value } })}
            >
              {sampleCohortIds.map((sampleId) => (
                <option key={sampleId} value={sampleId}>
                  {t.templates.cohorts[sampleId]}
                </option>
              ))}
            </select>
          </div>
          <div className="simulate-field">
            <label htmlFor={`${id}-size`}>{words.sizeLabel}</label>
            <select
              id={`${id}-size`}
              value={cohort.size}
              onChange={(event) => set({ cohort: { ...cohort, size: Number(event.target.value) } })}
            >
              {sampleSizes.map((size) => (
                <option key={size} value={size}>
                  {formatNumber(size)}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : (
        <CohortFileInput state={fileState} onFile={onFile} />
      )}
      <div className="simulate-row">
        <div className="simulate-field">
          <label htmlFor={`${id}-horizon`}>{words.horizon}</label>
          <input
            id={`${id}-horizon`}
            type="number"
            min={1}
            max={365}
            step={1}
            value={Number.isNaN(settings.horizonDays) ? '' : settings.horizonDays}
            aria-invalid={problems.horizon}
            aria-describedby={problems.horizon ? `${id}-horizon-problem` : undefined}
            onChange={(event) => set({ horizonDays: event.target.valueAsNumber })}
          />
        </div>
        <div className="simulate-field">
          <label htmlFor={`${id}-start`}>{words.startDate}</label>
          <input
            id={`${id}-start`}
            type="date"
            value={settings.startDate}
            aria-invalid={problems.startDate}
            aria-describedby={problems.startDate ? `${id}-start-problem` : undefined}
            onChange={(event) => set({ startDate: event.target.value })}
          />
        </div>
      </div>
      {problems.horizon && (
        <p id={`${id}-horizon-problem`} className="simulate-field-problem">
          {words.horizonInvalid}
        </p>
      )}
      {problems.startDate && (
        <p id={`${id}-start-problem`} className="simulate-field-problem">
          {words.startDateInvalid}
        </p>
      )}
      <div className="simulate-row">
        <div className="simulate-field">
          <label htmlFor={`${id}-seed`}>{words.seed}</label>
          <input
            id={`${id}-seed`}
            type="number"
            step={1}
            value={Number.isNaN(settings.seed) ? '' : settings.seed}
            aria-invalid={problems.seed}
            aria-describedby={problems.seed ? `${id}-seed-problem` : undefined}
            onChange={(event) => set({ seed: event.target.valueAsNumber })}
          />
        </div>
        <button type="button" onClick={() => set({ seed: randomSeed() })}>
          {words.newSeed}
        </button>
        <div className="simulate-field">
          <label htmlFor={`${id}-currency`}>{words.currency}</label>
          <select
            id={`${id}-currency`}
            value={currency}
            onChange={(event) => onCurrencyChange(event.target.value as Currency)}
          >
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      </div>
      {problems.seed && (
        <p id={`${id}-seed-problem`} className="simulate-field-problem">
          {words.seedInvalid}
        </p>
      )}
    </fieldset>
  );
}
