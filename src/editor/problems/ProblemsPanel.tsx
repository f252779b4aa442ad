import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localizedLintMessage } from '../../i18n/lint-messages.ts';
import { fill } from '../../i18n/fill.ts';
import type { Journey, Lint, Problem } from '../../journey/index.ts';

interface ProblemsPanelProps {
  journey: Journey;
  lints: readonly Lint[];
  externalProblems: readonly Problem[];
  /** select the node and bring it into view */
  onShowNode(nodeId: string): void;
}

/** Live lints and the server's problems, below the canvas; a lint about a node leads to that node. */
export function ProblemsPanel({ journey, lints, externalProblems, onShowNode }: ProblemsPanelProps) {
  const { t, locale, formatNumber } = useI18n();
  const words = t.editor.problems;
  const [open, setOpen] = useState(true);
  const errors = lints.filter((lint) => lint.severity === 'error').length;
  const warnings = lints.length - errors;
  const labels = new Map(journey.nodes.map((node) => [node.id, node.label || node.id]));
  const total = lints.length + externalProblems.length;
  return (
    <section className="jc-problems-panel" aria-labelledby="jc-problems-title">
      <div className="jc-problems-panel__head">
        <h2 id="jc-problems-title">{words.title}</h2>
        <span className="jc-problems-panel__count">{fill(words.count, { errors, warnings })}</span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="jc-problems-list"
          onClick={() => setOpen(!open)}
        >
          {open ? words.hide : words.show}
        </button>
      </div>
      {open && (
        <ul id="jc-problems-list" className="jc-problems-panel__list">
          {total === 0 && <li className="jc-problems-panel__none">{words.none}</li>}
          {externalProblems.map((problem, index) => (
            <li key={`server-${problem.path}-${index}`} className="jc-problem jc-problem--error">
              <span className="jc-problem__severity">{words.server}</span>
              <code>{problem.path}</code> {t.journeyProblems.text(problem, formatNumber)}
            </li>
          ))}
          {lints.map((lint, index) => {
            const nodeId = lint.nodeId;
            const severity = lint.severity === 'error' ? words.error : words.warning;
            const where = nodeId ? (labels.get(nodeId) ?? nodeId) : words.journeyWide;
            const message = localizedLintMessage(lint, t, locale);
            return (
              <li
                key={`${lint.code}-${nodeId ?? ''}-${lint.edgeId ?? ''}-${index}`}
                className={`jc-problem jc-problem--${lint.severity}`}
              >
                {nodeId ? (
                  <button type="button" className="jc-problem__link" onClick={() => onShowNode(nodeId)}>
                    <span className="jc-problem__severity">{severity}</span>
                    <span className="jc-problem__where">{where}</span> {message}
                  </button>
                ) : (
                  <>
                    <span className="jc-problem__severity">{severity}</span>
                    <span className="jc-problem__where">{where}</span> {message}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
