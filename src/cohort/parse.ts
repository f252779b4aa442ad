import { parseCohortCsv } from './parse-csv.ts';
import { parseCohortJson } from './parse-json.ts';
import type { CohortParseOptions, CohortParseResult } from './problems.ts';

export { parseCohortCsv } from './parse-csv.ts';
export { parseCohortJson } from './parse-json.ts';
export type { CohortParseOptions, CohortParseResult, CohortProblem } from './problems.ts';
export { cohortProblem, formatCohortProblem, MAX_REPORTED_PROBLEMS } from './problems.ts';
export {
  cohortProblemMessages,
  cohortProblemText,
  valueRuleText,
  type CohortProblemCode,
  type CohortProblemMessages,
  type CohortProblemParams,
  type ValueRule,
} from './problem-messages.ts';

/** The file name without folders and without `.cohort.json`, `.json`, `.csv` or `.txt`. */
function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/(\.cohort)?\.(json|csv|txt)$/i, '');
}

/** A cohort id (1–64 of A–Z a–z 0–9 _ -) derived from the file name, "cohort" when nothing is left. */
export function cohortIdFromFileName(fileName: string): string {
  const id = baseName(fileName)
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
  return id === '' ? 'cohort' : id;
}

/**
 * Reads a cohort file as the user picked it: `.json` is a JSON cohort (which names itself),
 * `.csv` / `.txt` a CSV whose id and name come from the file name. Any other name is judged by
 * its first character (`{` = JSON).
 */
export function parseCohortFile(
  text: string,
  fileName: string,
  options: CohortParseOptions = {},
): CohortParseResult {
  const lower = fileName.toLowerCase();
  const isJson = lower.endsWith('.json')
    ? true
    : lower.endsWith('.csv') || lower.endsWith('.txt')
      ? false
      : text
          .replace(/^\uFEFF/, '')
          .trimStart()
          .startsWith('{');
  if (isJson) return parseCohortJson(text, options);
  const name = baseName(fileName).slice(0, 120) || 'Imported cohort';
  return parseCohortCsv(text, { id: cohortIdFromFileName(fileName), name }, options);
}
