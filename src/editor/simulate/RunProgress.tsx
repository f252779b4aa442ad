import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { FigureFormat } from './format.ts';
import type { ProgressStore } from './progress-store.ts';

/** The share done of the running job and the Cancel that stops it at once (the worker is terminated). */
export function RunProgress({
  store,
  onCancel,
  format,
}: {
  store: ProgressStore;
  onCancel(): void;
  format: FigureFormat;
}) {
  const { t } = useI18n();
  const words = t.simulate;
  const progress = useSyncExternalStore(store.subscribe, store.get);
  const text = progress
    ? fill(words.phase[progress.phase], { percent: format.percent(Math.floor(progress.share * 100) / 100) })
    : words.starting;
  // Reading a file and preparing a cohort report no share: the bar is indeterminate then.
  const determinate = progress !== null && (progress.phase === 'simulate' || progress.phase === 'parse');
  return (
    <div className="simulate-progress">
      <progress
        aria-label={words.progressLabel}
        max={1}
        value={determinate ? progress.share : undefined}
        data-share={progress?.share ?? 0}
      />
      <span role="status">{text}</span>
      <button type="button" onClick={onCancel}>
        {words.cancel}
      </button>
    </div>
  );
}
