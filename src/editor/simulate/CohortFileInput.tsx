import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { CohortFileProblem, CohortSummary } from '../../simulation/worker-protocol.ts';
import { cohortProblemText } from '../../cohort/problem-messages.ts';

export interface CohortFileState {
  summary: CohortSummary | null;
  rejected: { fileName: string; problems: CohortFileProblem[] } | null;
}

/** Enough rows to find the pattern; a file with 100,000 bad rows must not render 100,000 list items. */
const SHOWN_PROBLEMS = 50;

/** The user's own cohort: read in the worker, never uploaded; a file with bad rows is not imported at all. */
export function CohortFileInput({ state, onFile }: { state: CohortFileState; onFile(file: File): void }) {
  const { t, formatNumber } = useI18n();
  const words = t.simulate;
  const noticeId = useId();
  const { summary, rejected } = state;

  const problemText = (problem: CohortFileProblem) => {
    // worded from its code in the user's language, not the parser's English message
    const message = cohortProblemText(t.cohortProblems.messages, t.cohortProblems.rules, problem);
    const values = { row: problem.row ?? '', column: problem.column ?? '', message };
    if (problem.row !== undefined && problem.column !== undefined)
      return fill(words.problemRowColumn, values);
    if (problem.row !== undefined) return fill(words.problemRow, values);
    if (problem.column !== undefined) return fill(words.problemColumn, values);
    return message;
  };

  return (
    <div className="simulate-file">
      <label htmlFor={`${noticeId}-file`}>{words.fileLabel}</label>
      <input
        id={`${noticeId}-file`}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby={noticeId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clearing the input lets the user pick the same (corrected) file again.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p id={noticeId} className="simulate-notice">
        {words.fileNotice}
      </p>
      {rejected && (
        <div role="alert" className="simulate-file-problems">
          <p>
            {fill(words.fileProblemsTitle, {
              file: rejected.fileName,
              count: formatNumber(rejected.problems.length),
            })}
          </p>
          <ul>
            {rejected.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <li key={index}>{problemText(problem)}</li>
            ))}
          </ul>
          {rejected.problems.length > SHOWN_PROBLEMS && (
            <p>
              {fill(words.moreProblems, { count: formatNumber(rejected.problems.length - SHOWN_PROBLEMS) })}
            </p>
          )}
          <p>{words.nothingImported}</p>
        </div>
      )}
      {summary ? (
        <p role="status">
          {fill(words.fileLoaded, { file: summary.fileName, count: formatNumber(summary.size) })}
        </p>
      ) : (
        !rejected && <p>{words.fileNone}</p>
      )}
    </div>
  );
}
