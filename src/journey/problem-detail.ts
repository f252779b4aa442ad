/**
 * What a journey problem is, without words: the shape of a schema issue or the file-level reason
 * the parser refused. English shows the problem's `message` (the words the CLI and the API use);
 * other languages word this description instead (src/i18n/<locale>/journey-problems.ts).
 * A zod schema, so the API contract can carry it and a client can check it.
 */
import { z } from 'zod';
import { betweenBoundsOf, CLOCK_TIME_PATTERN, ID_PATTERN } from '../primitives/domain.ts';
import { ruleOf, schemaRules } from './rule-messages.ts';

/** What the text of a field has to look like, when the schema checks it with a pattern. */
export const textFormats = ['time', 'id'] as const;
export type TextFormat = (typeof textFormats)[number];

const count = z.number();
const jsonValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const kind = <K extends string, S extends z.ZodRawShape = Record<never, never>>(name: K, shape?: S) =>
  z.strictObject({ kind: z.literal(name), ...(shape ?? ({} as S)) });

export const ProblemDetailSchema = z.discriminatedUnion('kind', [
  // the file as a whole
  kind('empty-file'),
  kind('not-json', { line: count.nullable(), column: count.nullable() }),
  kind('too-large', { megabytes: count, maxMegabytes: count }),
  kind('unreadable', { reason: z.string() }),
  kind('not-an-object'),
  kind('not-journey-canvas', { expected: z.string() }),
  kind('schema-version-invalid'),
  kind('schema-version-newer', { version: count, supported: count }),
  kind('schema-version-unreadable', { version: count }),
  // one value inside the file
  kind('unknown-field'),
  kind('one-of', { values: z.array(jsonValue), missing: z.boolean() }),
  kind('no-accepted-form'),
  kind('required'),
  kind('not-a-number'),
  kind('whole-number'),
  kind('wrong-type', { expected: z.string() }),
  kind('min', { min: count, inclusive: z.boolean() }),
  kind('max', { max: count, inclusive: z.boolean() }),
  kind('between', { min: count, max: count }),
  kind('min-length', { min: count }),
  kind('max-length', { max: count }),
  kind('min-items', { min: count }),
  kind('max-items', { max: count }),
  kind('multiple-of', { divisor: count }),
  kind('format', { format: z.enum(textFormats).nullable() }),
  kind('rule', { rule: z.enum(schemaRules), limit: count.nullable() }),
  // a shape this module does not know yet: the English message is shown as it is
  kind('other'),
]);
export type ProblemDetail = z.infer<typeof ProblemDetailSchema>;

const formatOfPattern = new Map<string, TextFormat>([
  [String(CLOCK_TIME_PATTERN), 'time'],
  [String(ID_PATTERN), 'id'],
]);

const jsonValues = (values: readonly unknown[]) =>
  values.map((value) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
  );

/** The bound a range issue carries, for rules whose words name it. */
function limitOf(issue: z.core.$ZodIssue): number | null {
  if (issue.code === 'too_small') return Number(issue.minimum);
  if (issue.code === 'too_big') return Number(issue.maximum);
  return null;
}

/**
 * A zod issue reduced to what a message needs. `input` is the value found at the issue's path
 * (undefined when missing): zod reports a missing value as a wrong type, people read "required".
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): ProblemDetail {
  if (issue.code === 'invalid_type' && input === undefined) return { kind: 'required' };
  const rule = ruleOf(issue.message);
  if (rule) return { kind: 'rule', rule, limit: limitOf(issue) };
  const between =
    issue.code === 'too_small' || issue.code === 'too_big' ? betweenBoundsOf(issue.message) : null;
  if (between) return { kind: 'between', ...between };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { kind: 'whole-number' };
      if (issue.expected === 'number') return { kind: 'not-a-number' };
      return { kind: 'wrong-type', expected: issue.expected };
    case 'invalid_value':
      if (issue.path.length === 1 && issue.path[0] === 'format')
        return { kind: 'not-journey-canvas', expected: String(issue.values[0]) };
      return { kind: 'one-of', values: jsonValues(issue.values), missing: input === undefined };
    case 'invalid_union': {
      // zod 4 types `note` and `options` only on the raw issue; they are on the final one too
      const { note, options } = issue as { note?: string; options?: unknown[] };
      if (note === 'No matching discriminator' && options)
        return { kind: 'one-of', values: jsonValues(options), missing: input === undefined };
      return { kind: 'no-accepted-form' };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { kind: 'required' } : { kind: 'min-length', min };
      if (issue.origin === 'array') return { kind: 'min-items', min };
      return { kind: 'min', min, inclusive: issue.inclusive === true };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { kind: 'max-length', max };
      if (issue.origin === 'array') return { kind: 'max-items', max };
      return { kind: 'max', max, inclusive: issue.inclusive === true };
    }
    case 'invalid_format': {
      const pattern = (issue as { pattern?: string }).pattern;
      return {
        kind: 'format',
        format: (pattern === undefined ? undefined : formatOfPattern.get(pattern)) ?? null,
      };
    }
    case 'not_multiple_of':
      return { kind: 'multiple-of', divisor: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { kind: 'unknown-field' };
    default:
      return { kind: 'other' };
  }
}

/** The value found at `path` inside `root`, for telling a missing value from a wrong one. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
