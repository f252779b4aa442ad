import type { CohortColumns } from './columns.ts';
import {
  cohortProblemMessages,
  valueRuleText,
  type CohortProblemCode,
  type CohortProblemParams,
} from './problem-messages.ts';

/**
 * A reason a cohort file cannot be imported. `row` counts the way the file's reader sees it:
 * in a CSV the spreadsheet row (the header is row 1, the first customer row 2); in a JSON file
 * the customer's position in `customers`, from 1. No row: the problem is with the file as a whole.
 * `message` is English; `code` and `params` let a UI say it in its own language
 * (problem-messages.ts).
 */
export type CohortProblem = {
  [C in CohortProblemCode]: {
    row?: number;
    column?: string;
    code: C;
    params: CohortProblemParams[C];
    message: string;
  };
}[CohortProblemCode];

/** A problem with its English message written from its code and params. */
export function cohortProblem<C extends CohortProblemCode>(
  code: C,
  params: CohortProblemParams[C],
  where: { row?: number; column?: string } = {},
): CohortProblem {
  const message = cohortProblemMessages[code](params, valueRuleText);
  return { ...where, code, params, message } as CohortProblem;
}

export type CohortParseResult =
  { ok: true; cohort: CohortColumns } | { ok: false; problems: CohortProblem[] };

export interface CohortParseOptions {
  /** share of the file read so far, 0–1; called now and then and once with 1 at the end */
  onProgress?(share: number): void;
}

/** Past this many, the rest are counted in one closing problem: a list nobody can read helps nobody. */
export const MAX_REPORTED_PROBLEMS = 200;

/** Collects every problem of a file, keeping the first MAX_REPORTED_PROBLEMS and counting the rest. */
export class ProblemCollector {
  private readonly kept: CohortProblem[] = [];
  private total = 0;

  add(problem: CohortProblem): void {
    this.total++;
    if (this.kept.length < MAX_REPORTED_PROBLEMS) this.kept.push(problem);
  }

  get count(): number {
    return this.total;
  }

  list(): CohortProblem[] {
    const more = this.total - this.kept.length;
    if (more === 0) return [...this.kept];
    return [...this.kept, cohortProblem('moreProblems', { count: more })];
  }
}

/** "Row 4, column monetary: must be a number, 0 or more" — English, for the CLI and logs. */
export function formatCohortProblem(problem: CohortProblem): string {
  const where = [
    problem.row === undefined ? undefined : `Row ${problem.row}`,
    problem.column === undefined ? undefined : `column ${problem.column}`,
  ].filter((part) => part !== undefined);
  return where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}`;
}
