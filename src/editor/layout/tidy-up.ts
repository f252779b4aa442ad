import dagre from '@dagrejs/dagre';
import { outputHandles, type Journey } from '../../journey/index.ts';
import type { Point } from '../../journey/commands/index.ts';

export interface Size {
  width: number;
  height: number;
}

const DEFAULT_SIZE: Size = { width: 220, height: 110 };

/**
 * Node order for the layout: depth-first from the triggers, each node's outputs in handle order
 * (Yes before No, variant A before B). dagre seeds its crossing minimisation with the order nodes
 * were added, so branches come out left to right in the order the node card draws its outputs.
 */
function branchOrder(journey: Journey): string[] {
  const outgoing = new Map<string, string[]>();
  for (const node of journey.nodes) {
    const handles = outputHandles(node);
    const targets = journey.edges
      .filter((edge) => edge.source === node.id)
      .sort((a, b) => handles.indexOf(a.sourceHandle) - handles.indexOf(b.sourceHandle))
      .map((edge) => edge.target);
    outgoing.set(node.id, targets);
  }
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    order.push(id);
    for (const target of outgoing.get(id) ?? []) visit(target);
  };
  for (const node of journey.nodes) if (node.type === 'trigger') visit(node.id);
  for (const node of journey.nodes) visit(node.id);
  return order;
}

/**
 * For each step with several outputs: the target of output i sits left of the target of output i+1
 * (Yes left of No, A left of B), as dagre's crossing minimisation may otherwise swap them.
 */
function branchConstraints(journey: Journey): { left: string; right: string }[] {
  const constraints: { left: string; right: string }[] = [];
  for (const node of journey.nodes) {
    const targets = outputHandles(node)
      .map((handle) => journey.edges.find((edge) => edge.source === node.id && edge.sourceHandle === handle))
      .flatMap((edge) => (edge && edge.target !== node.id ? [edge.target] : []));
    for (let index = 0; index + 1 < targets.length; index += 1) {
      const left = targets[index];
      const right = targets[index + 1];
      if (left && right && left !== right) constraints.push({ left, right });
    }
  }
  return constraints;
}

/** Top-to-bottom positions for every node (top-left corners, as the document stores them). */
export function tidyUpPositions(journey: Journey, sizes: ReadonlyMap<string, Size>): Record<string, Point> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 70, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of branchOrder(journey)) {
    const size = sizes.get(id) ?? DEFAULT_SIZE;
    graph.setNode(id, { width: size.width, height: size.height });
  }
  for (const edge of journey.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.setEdge(edge.source, edge.target, {}, edge.id);
    }
  }
  // dagre's crossing minimisation reorders branches freely; with it off, the depth-first insertion
  // order (outputs in handle order) stands, and the constraints pin siblings left to right
  dagre.layout(graph, { constraints: branchConstraints(journey), disableOptimalOrderHeuristic: true });
  const positions: Record<string, Point> = {};
  for (const node of journey.nodes) {
    const placed = graph.node(node.id);
    const size = sizes.get(node.id) ?? DEFAULT_SIZE;
    positions[node.id] = {
      x: Math.round(placed.x - size.width / 2),
      y: Math.round(placed.y - size.height / 2),
    };
  }
  return positions;
}
