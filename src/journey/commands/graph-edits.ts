import type { Draft } from 'immer';
import { outputHandles } from '../handles.ts';
import type { JourneyNode } from '../nodes.ts';
import type { Journey, JourneyEdge } from '../schema.ts';
import { nextId, nextIds } from './ids.ts';
import type { Point } from './new-node.ts';
import type { Refusal } from './types.ts';

type JourneyDraft = Draft<Journey>;

export function findNode(journey: Journey | JourneyDraft, nodeId: string) {
  return journey.nodes.find((node) => node.id === nodeId);
}

/** The first output of a node that no edge leaves from yet, in drawing order; null when all are used. */
export function firstFreeOutput(journey: Journey, nodeId: string): string | null {
  const node = findNode(journey, nodeId);
  if (!node) return null;
  const used = new Set(
    journey.edges.filter((edge) => edge.source === nodeId).map((edge) => edge.sourceHandle),
  );
  return outputHandles(node).find((handle) => !used.has(handle)) ?? null;
}

/** Whether an edge from `source` to `target` is allowed at all, and if not, why. */
export function connectionRefusal(
  journey: Journey,
  source: string,
  sourceHandle: string,
  target: string,
): Refusal | null {
  const from = findNode(journey, source);
  const to = findNode(journey, target);
  if (!from) return { code: 'unknown-node', nodeId: source };
  if (!to) return { code: 'unknown-node', nodeId: target };
  if (source === target) return { code: 'into-itself', nodeId: target };
  if (to.type === 'trigger') return { code: 'into-trigger', nodeId: target };
  if (!outputHandles(from).includes(sourceHandle)) return { code: 'unknown-output', nodeId: source };
  return null;
}

/** Adds the edge, replacing whatever left the same output before (one edge per output). */
export function setEdge(draft: JourneyDraft, source: string, sourceHandle: string, target: string): void {
  const existing = draft.edges.findIndex(
    (edge) => edge.source === source && edge.sourceHandle === sourceHandle,
  );
  if (existing >= 0) {
    const edge = draft.edges[existing];
    if (edge && edge.target === target) return;
    draft.edges.splice(existing, 1);
  }
  const id = nextId(
    'e',
    draft.edges.map((edge) => edge.id),
  );
  draft.edges.push({ id, source, sourceHandle, target });
}

/** Drops edges whose source output no longer exists (a variant removed, a wait changed kind). */
export function dropDanglingEdges(draft: JourneyDraft, node: Draft<JourneyNode>): void {
  const handles = new Set(outputHandles(node as JourneyNode));
  for (let index = draft.edges.length - 1; index >= 0; index -= 1) {
    const edge = draft.edges[index];
    if (edge && edge.source === node.id && !handles.has(edge.sourceHandle)) draft.edges.splice(index, 1);
  }
}

/**
 * Adds copies of `nodes` with fresh ids, moved by `offset`, and the `edges` that run between them
 * (fresh ids too). Edges into a copied trigger are left out, as the schema's lints would refuse them.
 * Returns the new node ids in the order given.
 */
export function addCopies(
  draft: JourneyDraft,
  nodes: readonly JourneyNode[],
  edges: readonly JourneyEdge[],
  offset: Point,
): string[] {
  const newIds = nextIds(
    'n',
    draft.nodes.map((node) => node.id),
    nodes.length,
  );
  const idMap = new Map(nodes.map((node, index) => [node.id, newIds[index] ?? node.id]));
  nodes.forEach((node, index) => {
    const copy = structuredClone(node);
    copy.id = newIds[index] ?? copy.id;
    copy.position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    draft.nodes.push(copy);
  });
  for (const edge of edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (!source || !target) continue;
    const targetNode = nodes.find((node) => node.id === edge.target);
    const sourceNode = nodes.find((node) => node.id === edge.source);
    if (!targetNode || !sourceNode || targetNode.type === 'trigger' || source === target) continue;
    if (!outputHandles(sourceNode).includes(edge.sourceHandle)) continue;
    setEdge(draft, source, edge.sourceHandle, target);
  }
  return newIds;
}

/** Removes nodes, every edge touching them, and the listed edges. */
export function removeNodesAndEdges(
  draft: JourneyDraft,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): void {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeIds);
  // splice rather than filter: immer then records one small patch per removal, not a whole new array
  for (let index = draft.edges.length - 1; index >= 0; index -= 1) {
    const edge = draft.edges[index];
    if (edge && (edges.has(edge.id) || nodes.has(edge.source) || nodes.has(edge.target))) {
      draft.edges.splice(index, 1);
    }
  }
  for (let index = draft.nodes.length - 1; index >= 0; index -= 1) {
    const node = draft.nodes[index];
    if (node && nodes.has(node.id)) draft.nodes.splice(index, 1);
  }
}
