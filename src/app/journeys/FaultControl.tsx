import { useSyncExternalStore } from 'react';
import {
  getFaultRate,
  isEmbeddedBackendActive,
  setFaultRate,
  subscribeFaultRate,
} from '../../../mocks/fault-settings.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const rates = [0, 0.1, 0.3, 0.5];

/**
 * The dev control for the embedded backend's fault injection (same as `?faults=`). Hidden when the
 * app talks to a real backend: it would have no effect there.
 */
export function FaultControl() {
  const { t, formatNumber } = useI18n();
  const words = t.api.faults;
  const rate = useSyncExternalStore(subscribeFaultRate, getFaultRate);
  if (!isEmbeddedBackendActive()) return null;
  const options = rates.includes(rate) ? rates : [...rates, rate].sort((a, b) => a - b);
  return (
    <label className="jc-field jc-faults" title={words.description}>
      <span>{words.label}</span>
      <select value={rate} onChange={(event) => setFaultRate(Number(event.target.value))}>
        {options.map((value) => (
          <option key={value} value={value}>
            {value === 0 ? words.off : formatNumber(value, { style: 'percent' })}
          </option>
        ))}
      </select>
    </label>
  );
}
