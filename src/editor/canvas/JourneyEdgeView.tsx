import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { FlowEdge } from './flow-types.ts';
import { useShowCustomers } from './show-customers-context.ts';

const MIN_STROKE = 1.5;
const MAX_STROKE = 10;

/** An edge; after a simulation it carries its count and a stroke as wide as its share of the flow. */
function JourneyEdgeViewInner(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const { t, formatNumber } = useI18n();
  const showCustomers = useShowCustomers();
  const [path, labelX, labelY] = getBezierPath(props);
  const count = data?.count ?? null;
  const width =
    count === null ? MIN_STROKE : MIN_STROKE + (MAX_STROKE - MIN_STROKE) * (count / (data?.maxCount ?? 1));
  const classes = [
    'jc-edge',
    selected ? 'jc-edge--selected' : '',
    data?.highlighted ? 'jc-edge--highlighted' : '',
  ];
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={classes.join(' ')}
        style={{ strokeWidth: width }}
      />
      {count !== null && (
        <EdgeLabelRenderer>
          <div
            className={`jc-edge__count nodrag nopan${data?.stale ? ' jc-figures--stale' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {showCustomers ? (
              <button
                type="button"
                aria-label={`${formatNumber(count)} · ${t.editor.overlay.showCustomers}`}
                onClick={() => showCustomers({ kind: 'edge', edgeId: id })}
              >
                {formatNumber(count)}
              </button>
            ) : (
              formatNumber(count)
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const JourneyEdgeView = memo(JourneyEdgeViewInner);
