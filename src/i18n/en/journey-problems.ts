/**
 * Problems of a journey file (import, paste, drop, a refused save). English shows the parser's own
 * `message`, so the UI, the CLI and the API word a problem the same way; another language words
 * the problem's language-free `detail` (src/journey/problem-detail.ts).
 */
import type { Problem } from '../../journey/index.ts';

type Num = (value: number) => string;

export const journeyProblems = {
  /** The problem in words, after its `<code>` path. */
  text: (problem: Problem, _n: Num): string => problem.message,
};
