import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useGuideDismissed } from './guide-state.ts';

/**
 * The short first-run guide: where the palette, the inspector, Simulate and Export are. Shown on a
 * newcomer's first journeys until dismissed once.
 */
export function GettingStartedGuide() {
  const { t } = useI18n();
  const words = t.route.guide;
  const [dismissed, dismiss] = useGuideDismissed();
  const titleId = useId();
  if (dismissed) return null;
  return (
    <aside className="jc-guide" aria-labelledby={titleId}>
      <h2 id={titleId} className="jc-guide__title">
        {words.title}
      </h2>
      <ol className="jc-guide__steps">
        <li data-points-at="palette">{words.palette}</li>
        <li data-points-at="inspector">{words.inspector}</li>
        <li data-points-at="simulate">{words.simulate}</li>
        <li data-points-at="export">{words.export}</li>
      </ol>
      <button type="button" onClick={dismiss}>
        {words.dismiss}
      </button>
    </aside>
  );
}
