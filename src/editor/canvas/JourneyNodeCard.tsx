import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import { outputHandles } from '../../journey/index.ts';
import { nodeSummary, outputLabel } from '../summary.ts';
import type { CardNode } from './flow-types.ts';
import { NodeFigures } from './NodeFigures.tsx';
import { NodeIcon } from './NodeIcon.tsx';
import { nodeKinds } from './node-kinds.ts';

/**
 * One step on the canvas: type colour and glyph, label, a one-line summary of its config, a
 * labelled handle per output and a badge when lints concern it. Memoised: React Flow hands it a new
 * props object only when its CardNode changed (see flow-mapping.ts).
 */
function JourneyNodeCardView({ data, selected }: NodeProps<CardNode>) {
  const { t, locale } = useI18n();
  const words = t.editor;
  const { node, errors, warnings, overlay, highlighted } = data;
  const kind = nodeKinds[node.type];
  const typeName = words.nodeTypes[node.type];
  const label = node.label.trim() === '' ? words.card.untitled : node.label;
  const outputs = outputHandles(node);
  const classes = ['jc-card', selected ? 'jc-card--selected' : '', highlighted ? 'jc-card--highlighted' : ''];
  return (
    <div className={classes.join(' ')} style={{ borderTopColor: kind.colour }}>
      {node.type !== 'trigger' && (
        <Handle
          type="target"
          position={Position.Top}
          className="jc-card__handle jc-card__handle--in"
          title={fill(words.card.inputLabel, { label })}
        />
      )}
      <div className="jc-card__head">
        <span className="jc-card__icon" style={{ background: kind.colour }} aria-hidden="true">
          <NodeIcon type={node.type} />
        </span>
        <span className="jc-card__type">{typeName}</span>
        {errors > 0 && (
          <span className="jc-card__badge jc-card__badge--error">
            {fill(words.card.errorBadge, { count: errors })}
          </span>
        )}
        {errors === 0 && warnings > 0 && (
          <span className="jc-card__badge jc-card__badge--warning">
            {fill(words.card.warningBadge, { count: warnings })}
          </span>
        )}
      </div>
      <div className="jc-card__label">{label}</div>
      <div className="jc-card__summary">{nodeSummary(node, t.summary, locale)}</div>
      {overlay && <NodeFigures nodeId={node.id} overlay={overlay} />}
      {outputs.length > 0 && (
        <div className="jc-card__outputs">
          {outputs.map((handle) => {
            const name = outputLabel(node, handle, t.summary);
            return (
              <div key={handle} className="jc-card__output">
                <span className="jc-card__output-label">{name}</span>
                <Handle
                  id={handle}
                  type="source"
                  position={Position.Bottom}
                  className="jc-card__handle jc-card__handle--out"
                  title={fill(words.card.outputLabel, { output: name, label })}
                />
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

export const JourneyNodeCard = memo(JourneyNodeCardView);
