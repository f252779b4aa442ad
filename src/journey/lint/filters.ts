import { journeyFactSpecs } from '../../cohort/fields.ts';
import type { Filter } from '../filter.ts';
import type { JourneyNode } from '../nodes.ts';
import { nodeRef, type LintContext } from './context.ts';
import { makeLint } from './make.ts';
import { ruleProblemOf } from './rules.ts';
import type { Lint } from './types.ts';

/** The filter a node evaluates, if any: every condition has one, triggers may. */
function filterOf(node: JourneyNode): Filter | undefined {
  if (node.type === 'condition') return node.config.filter;
  if (node.type === 'trigger') return node.config.filter;
  return undefined;
}

const isJourneyFact = (field: string) => Object.hasOwn(journeyFactSpecs, field);

/** `rule-mismatch` for every rule whose field, operator and value do not fit; `trigger-journey-fact`. */
export function lintFilters({ journey }: LintContext): Lint[] {
  const lints: Lint[] = [];
  for (const node of journey.nodes) {
    const filter = filterOf(node);
    if (!filter) continue;
    filter.rules.forEach((rule, index) => {
      const problem = ruleProblemOf(rule);
      const place = { nodeId: node.id };
      if (problem) {
        lints.push(makeLint('rule-mismatch', { node: nodeRef(node), rule: index + 1, problem }, place));
      }
      if (node.type === 'trigger' && isJourneyFact(rule.field)) {
        lints.push(
          makeLint(
            'trigger-journey-fact',
            { node: nodeRef(node), rule: index + 1, field: rule.field },
            place,
          ),
        );
      }
    });
  }
  return lints;
}
