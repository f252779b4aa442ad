import { useMemo } from 'react';
import type { Journey } from '../../journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fillIn } from './fill-in.ts';
import { PREVIEW_NODE_HEIGHT, PREVIEW_NODE_WIDTH, previewGeometry } from './preview-geometry.ts';

/** A mini canvas: the journey's nodes as coloured blocks and its edges as curves, scaled to fit. */
export function JourneyPreview({ journey }: { journey: Journey }) {
  const { t } = useI18n();
  const geometry = useMemo(() => previewGeometry(journey), [journey]);
  return (
    <svg
      className="gallery-preview"
      viewBox={geometry.viewBox}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={fillIn(t.templates.gallery.previewLabel, { count: journey.nodes.length })}
    >
      <g className="gallery-preview__edges">
        {geometry.edgePaths.map((edge) => (
          <path key={edge.id} d={edge.d} className="gallery-preview__edge" data-edge-id={edge.id} />
        ))}
      </g>
      <g className="gallery-preview__nodes">
        {geometry.nodes.map((node) => (
          <rect
            key={node.id}
            x={node.x}
            y={node.y}
            width={PREVIEW_NODE_WIDTH}
            height={PREVIEW_NODE_HEIGHT}
            rx={14}
            className={`gallery-preview__node gallery-preview__node--${node.type}`}
            data-node-id={node.id}
          />
        ))}
      </g>
    </svg>
  );
}
