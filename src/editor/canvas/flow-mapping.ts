import type { Journey } from '../../journey/index.ts';
import type { Lint } from '../../journey/index.ts';
import type { CanvasSimulation } from '../editor-props.ts';
import type { CardNode, FlowEdge, NodeOverlay } from './flow-types.ts';

/** The view facts the canvas layers over the document. */
export interface CanvasView {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  lints: readonly Lint[];
  simulation: CanvasSimulation | null;
  highlightedPath: readonly string[];
}

function lintCounts(lints: readonly Lint[]): Map<string, { errors: number; warnings: number }> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const lint of lints) {
    if (!lint.nodeId) continue;
    const entry = counts.get(lint.nodeId) ?? { errors: 0, warnings: 0 };
    if (lint.severity === 'error') entry.errors += 1;
    else entry.warnings += 1;
    counts.set(lint.nodeId, entry);
  }
  return counts;
}

function sameOverlay(a: NodeOverlay | null, b: NodeOverlay | null): boolean {
  if (a === null || b === null) return a === b;
  return a.counts === b.counts && a.touches === b.touches && a.stale === b.stale;
}

/**
 * The document's nodes as React Flow nodes. A node whose inputs did not change keeps its previous
 * object (from `previous`), so React Flow and the memoised cards skip it: a change to one node
 * re-renders one card, not the whole canvas. Measured sizes are view state carried over from React Flow.
 */
export function toFlowNodes(journey: Journey, view: CanvasView, previous: readonly CardNode[]): CardNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const counts = lintCounts(view.lints);
  const path = new Set(view.highlightedPath);
  const result = view.simulation?.result;
  return journey.nodes.map((node) => {
    const lint = counts.get(node.id) ?? { errors: 0, warnings: 0 };
    const overlay: NodeOverlay | null = result
      ? {
          counts: result.nodes[node.id],
          touches: result.touches[node.id],
          stale: view.simulation?.stale ?? false,
        }
      : null;
    const selected = view.selectedNodes.has(node.id);
    const highlighted = path.has(node.id);
    const old = before.get(node.id);
    if (
      old &&
      old.data.node === node &&
      old.selected === selected &&
      old.data.errors === lint.errors &&
      old.data.warnings === lint.warnings &&
      old.data.highlighted === highlighted &&
      sameOverlay(old.data.overlay, overlay) &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y
    ) {
      return old;
    }
    return {
      id: node.id,
      type: 'journey',
      position: node.position,
      selected,
      ...(old?.measured ? { measured: old.measured } : {}),
      data: { node, errors: lint.errors, warnings: lint.warnings, highlighted, overlay },
    };
  });
}

/** The document's edges as React Flow edges, with the last simulation's counts. */
export function toFlowEdges(journey: Journey, view: CanvasView, previous: readonly FlowEdge[]): FlowEdge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  const result = view.simulation?.result;
  const maxCount = result ? Math.max(1, ...Object.values(result.edges)) : 1;
  const stale = view.simulation?.stale ?? false;
  const path = view.highlightedPath;
  const onPath = new Set<string>();
  for (let index = 0; index + 1 < path.length; index += 1) onPath.add(`${path[index]}→${path[index + 1]}`);
  return journey.edges.map((edge) => {
    const count = result ? (result.edges[edge.id] ?? 0) : null;
    const selected = view.selectedEdges.has(edge.id);
    const highlighted = onPath.has(`${edge.source}→${edge.target}`);
    const old = before.get(edge.id);
    if (
      old?.data &&
      old.source === edge.source &&
      old.target === edge.target &&
      old.sourceHandle === edge.sourceHandle &&
      old.selected === selected &&
      old.data.count === count &&
      old.data.maxCount === maxCount &&
      old.data.stale === stale &&
      old.data.highlighted === highlighted
    ) {
      return old;
    }
    return {
      id: edge.id,
      type: 'journey',
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: edge.target,
      selected,
      data: { count, maxCount, stale, highlighted },
    };
  });
}
