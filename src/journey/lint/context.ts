import type { JourneyNode } from '../nodes.ts';
import type { Journey, JourneyEdge } from '../schema.ts';
import type { EdgeRef, HandleRef, NodeRef } from './params.ts';

/** What every lint pass needs, computed once per journey. */
export interface LintContext {
  journey: Journey;
  /** The first node with each id; later duplicates are reported by `duplicate-node-id` and otherwise ignored. */
  nodesById: ReadonlyMap<string, JourneyNode>;
}

export function buildLintContext(journey: Journey): LintContext {
  const nodesById = new Map<string, JourneyNode>();
  for (const node of journey.nodes) {
    if (!nodesById.has(node.id)) nodesById.set(node.id, node);
  }
  return { journey, nodesById };
}

/** A node as messages name it (see params.ts). */
export function nodeRef(node: JourneyNode): NodeRef {
  return { id: node.id, type: node.type, label: node.label };
}

/** A node an edge refers to, which may not exist. */
export function nodeRefById(context: LintContext, id: string): NodeRef {
  const node = context.nodesById.get(id);
  return node ? nodeRef(node) : { id, type: null, label: '' };
}

/** An output of a node; a split's outputs carry their variant's label. */
export function handleRef(node: JourneyNode, handle: string): HandleRef {
  const variant =
    node.type === 'split' ? node.config.variants.find((candidate) => candidate.id === handle) : undefined;
  return { id: handle, variant: variant?.label ?? null };
}

export function edgeRef(context: LintContext, edge: JourneyEdge): EdgeRef {
  return {
    id: edge.id,
    source: nodeRefById(context, edge.source),
    target: nodeRefById(context, edge.target),
  };
}
