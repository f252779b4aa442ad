import { journeyStatuses, type JourneyStatus } from '../../api/contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface JourneyFiltersProps {
  search: string;
  status: JourneyStatus | 'all';
  onSearch(search: string): void;
  onStatus(status: JourneyStatus | 'all'): void;
}

export function JourneyFilters({ search, status, onSearch, onStatus }: JourneyFiltersProps) {
  const { t } = useI18n();
  const words = t.api.journeys;
  return (
    <div role="search" className="jc-journeys__filters">
      <label className="jc-field">
        <span>{words.searchLabel}</span>
        <input
          type="search"
          value={search}
          placeholder={words.searchPlaceholder}
          maxLength={120}
          onChange={(event) => onSearch(event.target.value)}
        />
      </label>
      <label className="jc-field">
        <span>{words.statusLabel}</span>
        <select value={status} onChange={(event) => onStatus(event.target.value as JourneyStatus | 'all')}>
          <option value="all">{words.statusAll}</option>
          {journeyStatuses.map((value) => (
            <option key={value} value={value}>
              {words.status[value]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
