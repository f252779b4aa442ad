import { useI18n } from '../../app/i18n/I18nProvider.tsx';
import { fill } from '../../app/journeys/fill.ts';
import { useShowCustomers } from './show-customers-context.ts';
import type { NodeOverlay } from './flow-types.ts';

/**
 * The last simulation's figures on a node: entered and still there, and for a touch delivered and
 * suppressed; the full breakdown on hover. Muted with a "stale" marker when the journey changed since.
 */
export function NodeFigures({ nodeId, overlay }: { nodeId: string; overlay: NodeOverlay }) {
  const { t, formatNumber } = useI18n();
  const words = t.editor.overlay;
  const showCustomers = useShowCustomers();
  const counts = overlay.counts;
  const touches = overlay.touches;
  const suppressed = touches ? touches.suppressedConsent + touches.suppressedFrequencyCap : 0;
  const breakdown = fill(words.breakdown, {
    goal: formatNumber(counts?.goalExits ?? 0),
    failed: formatNumber(touches?.failed ?? 0),
    consent: formatNumber(touches?.suppressedConsent ?? 0),
    cap: formatNumber(touches?.suppressedFrequencyCap ?? 0),
    deferred: formatNumber(touches?.deferredQuietHours ?? 0),
  });
  return (
    <div className={`jc-figures${overlay.stale ? ' jc-figures--stale' : ''}`} title={breakdown}>
      <span>{fill(words.entered, { count: formatNumber(counts?.entered ?? 0) })}</span>
      {(counts?.inProgress ?? 0) > 0 && (
        <span>{fill(words.stillThere, { count: formatNumber(counts?.inProgress ?? 0) })}</span>
      )}
      {touches && <span>{fill(words.delivered, { count: formatNumber(touches.delivered) })}</span>}
      {touches && suppressed > 0 && (
        <span>{fill(words.suppressed, { count: formatNumber(suppressed) })}</span>
      )}
      {overlay.stale && (
        <span className="jc-figures__stale" title={words.staleTitle}>
          {words.stale}
        </span>
      )}
      {showCustomers && (
        <button
          type="button"
          className="jc-figures__show nodrag"
          onClick={() => showCustomers({ kind: 'node', nodeId })}
        >
          {words.showCustomers}
        </button>
      )}
      <span className="jc-editor-sr">{breakdown}</span>
    </div>
  );
}
