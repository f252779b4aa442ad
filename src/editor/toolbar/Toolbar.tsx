import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

interface ToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onTidyUp(): void;
  onImport(): void;
  onExport(): void;
  onCopyJson(): void;
  onSavePng(): void;
  extras?: ReactNode;
}

/** The editor's commands as buttons, then whatever the host adds (save status, Simulate …). */
export function Toolbar(props: ToolbarProps) {
  const { t } = useI18n();
  const words = t.editor.toolbar;
  return (
    <div className="jc-toolbar" role="toolbar" aria-label={words.label}>
      <div className="jc-toolbar__group">
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo}>
          {words.undo}
        </button>
        <button type="button" onClick={props.onRedo} disabled={!props.canRedo}>
          {words.redo}
        </button>
        <button type="button" onClick={props.onTidyUp}>
          {words.tidyUp}
        </button>
      </div>
      <div className="jc-toolbar__group">
        <button type="button" onClick={props.onImport}>
          {words.import}
        </button>
        <button type="button" onClick={props.onExport}>
          {words.export}
        </button>
        <button type="button" onClick={props.onCopyJson}>
          {words.copyJson}
        </button>
        <button type="button" onClick={props.onSavePng}>
          {words.savePng}
        </button>
      </div>
      {props.extras && <div className="jc-toolbar__group jc-toolbar__extras">{props.extras}</div>}
    </div>
  );
}
