/**
 * Checking one inspector field against the journey's zod schema, and describing what is wrong in
 * a form every language can word. The schema decides validity; English shows the schema's own
 * message (the same words import and the CLI use), other languages word the issue from its shape.
 */
import { produce, type Draft } from 'immer';
import type { z } from 'zod';
import { marketerMessage, type JourneyNode } from '../../journey/index.ts';

/** What the text of a field has to look like, when the schema checks it with a pattern. */
export type TextFormat = 'time' | 'id';

/** A schema issue reduced to what a message needs. */
export type FieldIssueKind =
  | { kind: 'required' }
  | { kind: 'not-a-number' }
  | { kind: 'whole-number' }
  | { kind: 'min'; min: number; inclusive: boolean }
  | { kind: 'max'; max: number; inclusive: boolean }
  | { kind: 'min-length'; min: number }
  | { kind: 'max-length'; max: number }
  | { kind: 'min-items'; min: number }
  | { kind: 'max-items'; max: number }
  | { kind: 'format'; format: TextFormat | null }
  | { kind: 'other' };

export interface FieldIssue {
  issue: FieldIssueKind;
  /** the schema's English message, as import and the CLI word it */
  schemaMessage: string;
}

function describe(issue: z.core.$ZodIssue, input: unknown, format: TextFormat | null): FieldIssueKind {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { kind: 'required' };
      return issue.expected === 'int' ? { kind: 'whole-number' } : { kind: 'not-a-number' };
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
    case 'invalid_format':
      return { kind: 'format', format };
    default:
      return { kind: 'other' };
  }
}

/** The value found at `path` inside `root`, for telling a missing value from a wrong one. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) =>
  prefix.every((key, index) => path[index] === key);

/**
 * Parses `candidate` with `schema`; returns null when it parses, else the first issue at or below
 * `path` (or, failing that, the first issue anywhere: the change is refused either way).
 */
export function checkAgainst(
  schema: z.ZodType,
  candidate: unknown,
  path: readonly PropertyKey[],
  format: TextFormat | null = null,
): FieldIssue | null {
  const result = schema.safeParse(candidate, { error: marketerMessage });
  if (result.success) return null;
  const issues = result.error.issues;
  const issue = issues.find((candidateIssue) => startsWith(candidateIssue.path, path)) ?? issues[0];
  if (!issue) return null;
  return {
    issue: describe(issue, valueAt(candidate, issue.path), format),
    schemaMessage: issue.message,
  };
}

/** The node as it would be after `recipe`, so a field is checked in its real context. */
export function nodeAfter(node: JourneyNode, recipe: (draft: Draft<JourneyNode>) => void): JourneyNode {
  return produce(node, recipe);
}
