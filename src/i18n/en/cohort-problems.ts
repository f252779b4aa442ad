/**
 * Problems of an imported cohort file. The English words are the very functions the cohort
 * parsers write `CohortProblem.message` with, so the UI and the CLI never word a problem
 * differently; render one with `cohortProblemText(t.cohortProblems.messages, t.cohortProblems.rules, problem)`.
 */
import { cohortProblemMessages, valueRuleText, type ValueRule } from '../../cohort/problem-messages.ts';

const rules: Record<ValueRule, string> = valueRuleText;

export const cohortProblems = {
  messages: cohortProblemMessages,
  rules,
};
