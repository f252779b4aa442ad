import type { Journey } from '../schema.ts';
import { buildLintContext } from './context.ts';
import { lintEdges, lintUnconnectedOutputs } from './edges.ts';
import { lintFilters } from './filters.ts';
import { lintGraph } from './graph.ts';
import { lintDuplicateNodeIds, lintNodeConfigs, lintTriggerPresence } from './nodes.ts';
import { sortLints } from './order.ts';
import { lintSettings } from './settings.ts';
import type { Lint } from './types.ts';

export { LintSchema, type Lint, type LintOf } from './types.ts';
export { operatorsForField, operatorsByKind, ruleProblem, ruleProblemOf } from './rules.ts';
export { lintCodes, type LintCode } from './codes.ts';
export {
  EdgeRefSchema,
  HandleRefSchema,
  NodeRefSchema,
  RuleProblemSchema,
  lintParamsSchemas,
  type EdgeRef,
  type HandleRef,
  type LintParams,
  type NodeRef,
  type RuleProblem,
} from './params.ts';
export { lintMessages, type LintMessage, type LintMessages } from './messages.ts';
export { ruleProblemMessage } from './rule-messages.ts';
export { englishFormat, messageFormat, type MessageFormat } from './format.ts';

/**
 * Every finding about a schema-valid journey (see docs/journey-format.md, "Lints"), in a stable
 * order: journey-wide first, then by node order, then by edge order; by code within each.
 * An error means the journey cannot run as drawn; a warning is worth a look but may be intended.
 */
export function lintJourney(journey: Journey): Lint[] {
  const context = buildLintContext(journey);
  return sortLints(journey, [
    ...lintTriggerPresence(context),
    ...lintSettings(context),
    ...lintDuplicateNodeIds(context),
    ...lintNodeConfigs(context),
    ...lintFilters(context),
    ...lintUnconnectedOutputs(context),
    ...lintGraph(context),
    ...lintEdges(context),
  ]);
}

/** True when no lint is an error: the journey may be exported and simulated. */
export function hasLintErrors(lints: readonly Lint[]): boolean {
  return lints.some((lint) => lint.severity === 'error');
}
