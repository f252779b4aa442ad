import type { DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { NodeType } from '../../journey/index.ts';
import { STEP_DRAG_TYPE } from '../canvas/drop-target.ts';
import { NodeIcon } from '../canvas/NodeIcon.tsx';
import { nodeKinds, paletteOrder } from '../canvas/node-kinds.ts';

interface PaletteProps {
  /** click or Enter: after the selected step, or at the centre of the view */
  onAdd(type: NodeType): void;
}

/** The steps a journey is made of. Each is a button (keyboard: Tab + Enter) that can also be dragged. */
export function Palette({ onAdd }: PaletteProps) {
  const { t } = useI18n();
  const words = t.editor;
  function startDrag(event: DragEvent, type: NodeType) {
    event.dataTransfer.setData(STEP_DRAG_TYPE, type);
    event.dataTransfer.effectAllowed = 'move';
  }
  return (
    <nav className="jc-palette" aria-labelledby="jc-palette-title">
      <h2 id="jc-palette-title" className="jc-palette__title">
        {words.palette.title}
      </h2>
      <p className="jc-palette__hint">{words.palette.hint}</p>
      <ul className="jc-palette__list">
        {paletteOrder.map((type) => (
          <li key={type}>
            <button
              type="button"
              className="jc-palette__item"
              draggable
              onDragStart={(event) => startDrag(event, type)}
              onClick={() => onAdd(type)}
              style={{ borderLeftColor: nodeKinds[type].colour }}
            >
              <span
                className="jc-palette__icon"
                style={{ background: nodeKinds[type].colour }}
                aria-hidden="true"
              >
                <NodeIcon type={type} />
              </span>
              {words.nodeTypes[type]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
