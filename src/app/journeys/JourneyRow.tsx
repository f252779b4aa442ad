import type { JourneySummary } from '../../api/contract.ts';
import { isPendingJourney } from '../../api/optimistic-list.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import { formatRelativeTime } from './relative-time.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface JourneyRowProps {
  journey: JourneySummary;
  now: Date;
  onOpen(id: string): void;
  onDuplicate(journey: JourneySummary): void;
  onDelete(journey: JourneySummary): void;
}

export function JourneyRow({ journey, now, onOpen, onDuplicate, onDelete }: JourneyRowProps) {
  const { t, locale } = useI18n();
  const words = t.api.journeys;
  // A row the server has not confirmed yet (an optimistic copy) cannot be opened or changed.
  const pending = isPendingJourney(journey);
  const edited = new Date(journey.updatedAt);
  return (
    <tr aria-busy={pending || undefined} className={pending ? 'jc-journeys__row--pending' : undefined}>
      <th scope="row">
        <button
          type="button"
          className="jc-link"
          disabled={pending}
          aria-label={fill(words.open, { name: journey.name })}
          onClick={() => onOpen(journey.id)}
        >
          {journey.name}
        </button>
        {pending && <span className="jc-journeys__pending"> {words.saving}</span>}
      </th>
      <td>
        <StatusBadge journey={journey} />
      </td>
      <td>
        <time dateTime={journey.updatedAt} title={edited.toLocaleString(locale)}>
          {formatRelativeTime(journey.updatedAt, now, locale)}
        </time>
      </td>
      <td className="jc-journeys__actions">
        <button
          type="button"
          disabled={pending}
          aria-label={fill(words.duplicateLabel, { name: journey.name })}
          onClick={() => onDuplicate(journey)}
        >
          {words.duplicate}
        </button>
        <button
          type="button"
          disabled={pending}
          aria-label={fill(words.deleteLabel, { name: journey.name })}
          onClick={() => onDelete(journey)}
        >
          {words.delete}
        </button>
      </td>
    </tr>
  );
}
