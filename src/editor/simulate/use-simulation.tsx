import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Journey } from '../../journey/schema.ts';
import { sampleCohortIds } from '../../journey/templates/index.ts';
import type { SimulationClient } from '../../simulation/client.ts';
import type { CanvasSimulation } from '../editor-props.ts';
import type { CohortFileState } from './CohortFileInput.tsx';
import { storeCurrency, storedCurrency, type Currency } from './format.ts';
import { DEFAULT_SAMPLE_SIZE, simulatedShapeOf, todayIso, type RunSettings } from './run-settings.ts';
import { SimulatePanel } from './SimulatePanel.tsx';
import { useSimulationRunner } from './use-simulation-runner.ts';
import './simulate.css';

export interface UseSimulationOptions {
  /** the sample cohort the panel opens on (the one a playbook was made for), when known */
  preferredCohortId?: string | null;
  /**
   * Run at once when the panel first opens, on the preselected cohort: a newcomer who opened a
   * playbook sees results with one click on Simulate (issue 7).
   */
  runOnFirstOpen?: boolean;
  /** tests pass an in-process client; the app uses the Web Worker */
  createClient?: () => SimulationClient;
}

export interface SimulationControls {
  toolbarButton: ReactNode;
  panel: ReactNode | null;
  /** the last run drawn over the canvas, marked stale once the journey changes; null before any run */
  simulation: CanvasSimulation | null;
  /** the worker client of these runs, for "Show customers" and customer traces (src/editor/trace) */
  client(): SimulationClient;
}

/**
 * Everything the editor's host needs for simulation: the Simulate button for the toolbar, the panel
 * (null while closed) and the overlay for the canvas. The overlay is view state only, never saved.
 */
export function useSimulation(journey: Journey, options: UseSimulationOptions = {}): SimulationControls {
  const { t } = useI18n();
  const words = t.simulate;
  const runner = useSimulationRunner(options.createClient);
  const [open, setOpen] = useState(false);
  const openedBefore = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  // The worker-side key of the loaded file cohort, released when another file replaces it.
  const fileKey = useRef<string | null>(null);
  const [currency, setCurrency] = useState<Currency>(storedCurrency);
  const [fileState, setFileState] = useState<CohortFileState>({ summary: null, rejected: null });
  const [settings, setSettings] = useState<RunSettings>(() => {
    const preferred = options.preferredCohortId;
    const sampleId =
      preferred && (sampleCohortIds as readonly string[]).includes(preferred)
        ? preferred
        : sampleCohortIds[0];
    return {
      cohort: { kind: 'sample', sampleId, size: DEFAULT_SAMPLE_SIZE },
      horizonDays: 30,
      startDate: todayIso(),
      seed: 1,
    };
  });
  const shape = useMemo(() => simulatedShapeOf(journey), [journey]);
  const { current, parseFile, forgetFile } = runner;

  const onFile = useCallback(
    (file: File) => {
      void parseFile(file).then((outcome) => {
        if (!outcome) return; // cancelled or failed: the runner shows why; the previous file stays
        if (!outcome.ok) {
          // Nothing of a file with bad rows is imported; a previously loaded file stays usable.
          setFileState((state) => ({
            ...state,
            rejected: { fileName: outcome.fileName, problems: outcome.problems },
          }));
          return;
        }
        if (fileKey.current) forgetFile(fileKey.current);
        fileKey.current = outcome.summary.key;
        setFileState({ summary: outcome.summary, rejected: null });
        setSettings((previous) => ({ ...previous, cohort: { kind: 'file', summary: outcome.summary } }));
      });
    },
    [parseFile, forgetFile],
  );

  const onCurrencyChange = useCallback((next: Currency) => {
    storeCurrency(next);
    setCurrency(next);
  }, []);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  const simulation = useMemo<CanvasSimulation | null>(
    () => (current ? { result: current.result, stale: current.shape !== shape } : null),
    [current, shape],
  );

  const toolbarButton = (
    <button
      ref={button}
      type="button"
      className="simulate-toggle"
      aria-expanded={open}
      aria-controls={open ? 'simulate-panel' : undefined}
      onClick={() => {
        setOpen(!open);
        if (open || openedBefore.current) return;
        openedBefore.current = true;
        if (options.runOnFirstOpen && !runner.current && !runner.job) runner.run(journey, settings);
      }}
    >
      {words.button}
    </button>
  );

  const panel = open ? (
    <div id="simulate-panel">
      <SimulatePanel
        journey={journey}
        settings={settings}
        onSettingsChange={setSettings}
        currency={currency}
        onCurrencyChange={onCurrencyChange}
        fileState={fileState}
        onFile={onFile}
        runner={runner}
        shape={shape}
        onClose={close}
      />
    </div>
  ) : null;

  return { toolbarButton, panel, simulation, client: runner.client };
}
