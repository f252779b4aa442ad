import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { fill } from '../../i18n/fill.ts';
import type { RefusedImport } from './use-journey-io.ts';

/** Every reason an import was refused, by JSON path; the open journey was left as it was. */
export function ImportRefusedDialog({ refused, onClose }: { refused: RefusedImport; onClose(): void }) {
  const { t, formatNumber } = useI18n();
  const words = t.editor.importDialog;
  return (
    <Dialog title={words.title} onClose={onClose}>
      <p>{fill(words.intro, { file: refused.source, count: refused.problems.length })}</p>
      <ul className="jc-import-problems">
        {refused.problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code>{problem.path}</code> {t.journeyProblems.text(problem, formatNumber)}
          </li>
        ))}
      </ul>
      <div className="jc-dialog__actions">
        <button type="button" onClick={onClose}>
          {words.close}
        </button>
      </div>
    </Dialog>
  );
}
