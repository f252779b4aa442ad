import type { z } from 'zod';
import { describeIssue, valueAt, type ProblemDetail } from './problem-detail.ts';

/** A reason a file is not a valid journey, located by JSON path, in words a marketer reads. */
export interface Problem {
  path: string;
  /** English words: what the CLI and the API print, and what the English UI shows */
  message: string;
  /**
   * The same reason without words, for the UI to word in the user's language. The parser always
   * sets it; it is absent only on problems from elsewhere (an older server), shown by `message`.
   */
  detail?: ProblemDetail;
}

/** `["nodes", 3, "config"]` → `nodes[3].config`; the document itself is `(file)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(file)' : out;
}

const typeWords: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with fields',
  null: 'null',
};

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * zod's fallback messages, rewritten for people. Messages written on the schema itself take
 * precedence (zod applies this map only where the schema gave none).
 */
export function marketerMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${list(issue.values)}`
        : `must be one of ${list(issue.values)}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (issue.note === 'No matching discriminator' && options)
        return issue.input === undefined
          ? `is required (one of ${list(options)})`
          : `must be one of ${list(options)}`;
      return 'does not have an accepted form';
    }
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return `must be at least ${issue.minimum} character(s)`;
      return issue.inclusive ? `must be ${issue.minimum} or more` : `must be more than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must have at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') return `must be at most ${issue.maximum} character(s)`;
      return issue.inclusive ? `must be ${issue.maximum} or less` : `must be less than ${issue.maximum}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `has unknown field(s) ${list(issue.keys)}`;
    default:
      return 'is not valid';
  }
}

/**
 * One problem per zod issue; an unknown field is reported at its own path so the reader can find
 * it. `input` is what was parsed, so that a missing value is described as required.
 */
export function problemsFromZod(error: z.ZodError, input?: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...issue.path, key]),
          message: 'is not a known field: remove it',
          detail: { kind: 'unknown-field' },
        });
      }
    } else {
      const detail = describeIssue(issue, valueAt(input, issue.path));
      problems.push({ path: formatPath(issue.path), message: issue.message, detail });
    }
  }
  return problems;
}
