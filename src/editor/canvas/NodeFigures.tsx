import { Fragment } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
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
  const parts = [fill(words.entered, { count: formatNumber(counts?.entered ?? 0) })];
  if ((counts?.inProgress ?? 0) > 0)
    parts.push(fill(words.stillThere, { count: formatNumber(counts?.inProgress ?? 0) }));
  if (touches) parts.push(fill(words.delivered, { count: formatNumber(touches.delivered) }));
  const suppressedText = fill(words.suppressed, { count: formatNumber(suppressed) });
  // the reason with more customers behind it; the trace panel offers the other one beside it
  const figures = suppressed > 0 && !showCustomers ? [...parts, suppressedText] : parts;
  const suppressedReason =
    touches && touches.suppressedConsent >= touches.suppressedFrequencyCap ? 'consent' : 'frequencyCap';
  // the counts first, broken between figures where the card is too narrow; the suppressed button and
  // the people button follow on the same line when they fit, else on the next
  return (
    <div className={`jc-figures${overlay.stale ? ' jc-figures--stale' : ''}`} title={breakdown}>
      <span className="jc-figures__counts">
        {figures.map((figure, index) => (
          // each figure whole on a line: a long row breaks at the space between two figures
          <Fragment key={index}>
            {index > 0 && ' '}
            <span className="jc-figures__part">
              {figure}
              {index < figures.length - 1 && ' ·'}
            </span>
          </Fragment>
        ))}
      </span>
      {suppressed > 0 && showCustomers && (
        // its own flex item, so a long line never clips the button away
        <button
          type="button"
          className="jc-figures__suppressed nodrag"
          title={words.showCustomers}
          onClick={() => showCustomers({ kind: 'suppressed', nodeId, reason: suppressedReason })}
        >
          {suppressedText}
        </button>
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
          aria-label={words.showCustomers}
          title={words.showCustomers}
          onClick={() => showCustomers({ kind: 'node', nodeId })}
        >
          <svg viewBox="0 0 16 16" className="jc-node-icon" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M6 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm5 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM0 14c0-2.5 2.7-4.5 6-4.5s6 2 6 4.5v1H0zm12.6 1v-1c0-1.6-.8-3-2.1-4 .2 0 .3-.1.5-.1 2.8 0 5 1.7 5 3.8V15z"
            />
          </svg>
        </button>
      )}
      <span className="jc-editor-sr">{breakdown}</span>
    </div>
  );
}
