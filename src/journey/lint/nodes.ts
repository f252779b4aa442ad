import type { NodeOf } from '../nodes.ts';
import { nodeRef, type LintContext } from './context.ts';
import { makeLint } from './make.ts';
import type { Lint } from './types.ts';

/** Split percents are typed by people and summed in floating point: 33.3 + 33.3 + 33.4 must pass. */
export const SPLIT_PERCENT_TOLERANCE = 1e-9;

export function lintTriggerPresence({ journey }: LintContext): Lint[] {
  if (journey.nodes.some((node) => node.type === 'trigger')) return [];
  return [makeLint('no-trigger', {})];
}

export function lintDuplicateNodeIds({ journey }: LintContext): Lint[] {
  const seen = new Set<string>();
  const lints: Lint[] = [];
  for (const node of journey.nodes) {
    if (seen.has(node.id)) {
      lints.push(makeLint('duplicate-node-id', { node: nodeRef(node) }, { nodeId: node.id }));
    }
    seen.add(node.id);
  }
  return lints;
}

function lintSplit(node: NodeOf<'split'>): Lint[] {
  const lints: Lint[] = [];
  const place = { nodeId: node.id };
  const sum = node.config.variants.reduce((total, variant) => total + variant.percent, 0);
  if (Math.abs(sum - 100) > SPLIT_PERCENT_TOLERANCE) {
    lints.push(makeLint('split-percent-sum', { node: nodeRef(node), sum }, place));
  }
  const seen = new Set<string>();
  for (const variant of node.config.variants) {
    if (seen.has(variant.id)) {
      lints.push(
        makeLint(
          'duplicate-variant-id',
          { node: nodeRef(node), variantId: variant.id, variantLabel: variant.label },
          place,
        ),
      );
    }
    seen.add(variant.id);
  }
  return lints;
}

function lintTouch(node: NodeOf<'touch'>): Lint[] {
  const lints: Lint[] = [];
  const place = { nodeId: node.id };
  if (node.config.template.trim() === '') {
    lints.push(makeLint('touch-template-blank', { node: nodeRef(node) }, place));
  }
  const offer = node.config.offer;
  if (offer?.type === 'percent_off' && offer.value > 100) {
    lints.push(makeLint('offer-percent-over-100', { node: nodeRef(node), percent: offer.value }, place));
  }
  return lints;
}

function lintCondition(node: NodeOf<'condition'>): Lint[] {
  if (node.config.filter.rules.length > 0) return [];
  return [
    makeLint(
      'condition-no-rules',
      { node: nodeRef(node), match: node.config.filter.match },
      { nodeId: node.id },
    ),
  ];
}

/** Checks that look at one node's own configuration. */
export function lintNodeConfigs({ journey }: LintContext): Lint[] {
  return journey.nodes.flatMap((node) => {
    switch (node.type) {
      case 'split':
        return lintSplit(node);
      case 'touch':
        return lintTouch(node);
      case 'condition':
        return lintCondition(node);
      default:
        return [];
    }
  });
}
