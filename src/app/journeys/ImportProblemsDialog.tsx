import type { Problem } from '../../journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { fill } from '../../i18n/fill.ts';

interface ImportProblemsDialogProps {
  fileName: string;
  problems: Problem[];
  onClose(): void;
}

/** Every reason the file was refused, by JSON path, so the user can fix the file and try again. */
export function ImportProblemsDialog({ fileName, problems, onClose }: ImportProblemsDialogProps) {
  const { t, formatNumber } = useI18n();
  const words = t.api.journeys;
  return (
    <Dialog title={words.importProblemsTitle} onClose={onClose}>
      <p>{fill(words.importProblemsIntro, { file: fileName, count: problems.length })}</p>
      <ul className="jc-problems">
        {problems.map((problem, index) => (
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
