import type { JourneySummary } from '../../api/contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';

/** Draft, or published with its latest version number, and whether the draft has moved on since. */
export function StatusBadge({ journey }: { journey: JourneySummary }) {
  const { t } = useI18n();
  const words = t.api.journeys;
  if (journey.latestVersion === null) {
    return <span className="jc-badge jc-badge--draft">{words.status.draft}</span>;
  }
  return (
    <span className="jc-badge-group">
      <span className="jc-badge jc-badge--published">
        {fill(words.publishedVersion, { version: journey.latestVersion })}
      </span>
      {journey.hasUnpublishedChanges && (
        <span className="jc-badge jc-badge--changed">{words.unpublishedChanges}</span>
      )}
    </span>
  );
}
