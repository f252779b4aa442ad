/**
 * Checking one inspector field against the journey's zod schema, and describing what is wrong in
 * a form every language can word. The schema decides validity; English shows the schema's own
 * message (the same words import and the CLI use), other languages word the issue from its shape.
 */
import { produce, type Draft } from 'immer';
import type { z } from 'zod';
import {
  describeIssue,
  marketerMessage,
  valueAt,
  type JourneyNode,
  type ProblemDetail,
  type TextFormat,
} from '../../journey/index.ts';

export type { TextFormat };

/**
 * A schema issue reduced to what a message needs: the journey core's problem description, so an
 * inline field message and an import problem are the same thing worded by the same catalog.
 */
export interface FieldIssue {
  issue: ProblemDetail;
  /** the schema's English message, as import and the CLI word it */
  schemaMessage: string;
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
  const described = describeIssue(issue, valueAt(candidate, issue.path));
  // the core knows the schema's own patterns; a caller may name the format of any other one
  const detail: ProblemDetail =
    described.kind === 'format' && described.format === null ? { kind: 'format', format } : described;
  return { issue: detail, schemaMessage: issue.message };
}

/** The node as it would be after `recipe`, so a field is checked in its real context. */
export function nodeAfter(node: JourneyNode, recipe: (draft: Draft<JourneyNode>) => void): JourneyNode {
  return produce(node, recipe);
}
