import type { Journey } from '../schema.ts';
import type { Lint } from './types.ts';

/**
 * The one order lints are shown in, so that the problems panel and the CLI never reshuffle:
 * journey-wide lints first, then lints about nodes in the nodes' document order, then lints about
 * connections in the edges' order; within one place, by code; otherwise in the order found.
 */
export function sortLints(journey: Journey, lints: readonly Lint[]): Lint[] {
  const nodeIndex = new Map<string, number>();
  journey.nodes.forEach((node, index) => {
    if (!nodeIndex.has(node.id)) nodeIndex.set(node.id, index);
  });
  const edgeIndex = new Map<string, number>();
  journey.edges.forEach((edge, index) => {
    if (!edgeIndex.has(edge.id)) edgeIndex.set(edge.id, index);
  });
  const place = (lint: Lint): [number, number] => {
    if (lint.nodeId !== undefined) return [1, nodeIndex.get(lint.nodeId) ?? journey.nodes.length];
    if (lint.edgeId !== undefined) return [2, edgeIndex.get(lint.edgeId) ?? journey.edges.length];
    return [0, 0];
  };
  return lints
    .map((lint, found) => ({ lint, found, place: place(lint) }))
    .sort(
      (a, b) =>
        a.place[0] - b.place[0] ||
        a.place[1] - b.place[1] ||
        (a.lint.code < b.lint.code ? -1 : a.lint.code > b.lint.code ? 1 : 0) ||
        a.found - b.found,
    )
    .map(({ lint }) => lint);
}
