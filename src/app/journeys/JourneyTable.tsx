import type { UseQueryResult } from '@tanstack/react-query';
import type { JourneySummary } from '../../api/contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { apiErrorReason } from './api-error-text.ts';
import { JourneyRow } from './JourneyRow.tsx';
import { useNow } from './use-debounced-value.ts';

interface JourneyTableProps {
  journeys: UseQueryResult<JourneySummary[]>;
  /** a search or filter is on: an empty list means "no match", not "no journeys" */
  filtered: boolean;
  onOpen(id: string): void;
  onDuplicate(journey: JourneySummary): void;
  onDelete(journey: JourneySummary): void;
}

const MINUTE_MS = 60_000;

/** The list itself, or what stands in for it: loading, a failure with a retry, or an empty state. */
export function JourneyTable({ journeys, filtered, onOpen, onDuplicate, onDelete }: JourneyTableProps) {
  const { t } = useI18n();
  const words = t.api.journeys;
  const now = useNow(MINUTE_MS);
  if (journeys.isPending) return <p role="status">{words.loading}</p>;
  if (journeys.isError) {
    return (
      <div role="alert" className="jc-journeys__error">
        <p>
          {words.loadFailed} {apiErrorReason(journeys.error, t.api.errors)}
        </p>
        <button type="button" onClick={() => void journeys.refetch()}>
          {words.retry}
        </button>
      </div>
    );
  }
  if (journeys.data.length === 0)
    return <p className="jc-journeys__empty">{filtered ? words.noMatch : words.empty}</p>;
  return (
    <table
      className="jc-journeys__table"
      aria-label={words.listLabel}
      aria-busy={journeys.isFetching || undefined}
    >
      <thead>
        <tr>
          <th scope="col">{words.columns.name}</th>
          <th scope="col">{words.columns.status}</th>
          <th scope="col">{words.columns.edited}</th>
          <th scope="col">
            <span className="jc-visually-hidden">{words.columns.actions}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {journeys.data.map((journey) => (
          <JourneyRow
            key={journey.id}
            journey={journey}
            now={now}
            onOpen={onOpen}
            onDuplicate={onDuplicate}
            onDelete={onDelete}
          />
        ))}
      </tbody>
    </table>
  );
}
