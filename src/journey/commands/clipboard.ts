import type { Journey } from '../schema.ts';
import type { JourneyNode } from '../nodes.ts';

/**
 * The chosen nodes, and the edges between them, as a journey of their own: the clipboard carries
 * journey JSON, so a copy in one tab pastes in another (and into any tool that reads the format).
 */
export function selectionAsJourney(journey: Journey, nodeIds: readonly string[]): Journey {
  const chosen = new Set(nodeIds);
  return {
    ...journey,
    nodes: journey.nodes.filter((node) => chosen.has(node.id)),
    edges: journey.edges.filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
  };
}

/** Where pasted nodes go: their top-left corner moves to `target`, keeping their layout. */
export function pasteOffset(
  nodes: readonly JourneyNode[],
  target: { x: number; y: number },
): { x: number; y: number } {
  if (nodes.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...nodes.map((node) => node.position.x));
  const top = Math.min(...nodes.map((node) => node.position.y));
  return { x: target.x - left, y: target.y - top };
}
