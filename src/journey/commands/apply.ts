import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { outputHandles } from '../handles.ts';
import type { JourneyNode } from '../nodes.ts';
import type { Journey } from '../schema.ts';
import {
  addCopies,
  connectionRefusal,
  dropDanglingEdges,
  findNode,
  firstFreeOutput,
  removeNodesAndEdges,
  setEdge,
} from './graph-edits.ts';
import { nextId } from './ids.ts';
import { newNode } from './new-node.ts';
import type { Command, CommandResult, NodeSeed, Refusal } from './types.ts';

enablePatches();

/** How far below its predecessor a node added with "add after" lands, and how far apart siblings sit. */
export const ROW_GAP = 150;
export const COLUMN_GAP = 260;

type JourneyDraft = Draft<Journey>;

function addSeed(draft: JourneyDraft, seed: NodeSeed): string {
  const id = nextId(
    'n',
    draft.nodes.map((node) => node.id),
  );
  draft.nodes.push(newNode(seed.nodeType, id, seed.label, seed.position));
  return id;
}

function moveNodes(draft: JourneyDraft, positions: Readonly<Record<string, { x: number; y: number }>>) {
  for (const node of draft.nodes) {
    const position = positions[node.id];
    if (position && (position.x !== node.position.x || position.y !== node.position.y)) {
      node.position = { x: position.x, y: position.y };
    }
  }
}

/** Refusals that can be known before touching the document. */
function precheck(journey: Journey, command: Command): Refusal | null {
  switch (command.type) {
    case 'addNodeAfter':
    case 'updateNode':
      return findNode(journey, command.type === 'updateNode' ? command.nodeId : command.afterNodeId)
        ? null
        : { code: 'unknown-node' };
    case 'insertOnEdge':
      return journey.edges.some((edge) => edge.id === command.edgeId) ? null : { code: 'unknown-edge' };
    case 'connect':
      return connectionRefusal(journey, command.source, command.sourceHandle, command.target);
    default:
      return null;
  }
}

/** Applies one command inside the single immer step; returns the created node ids or a refusal. */
function mutate(draft: JourneyDraft, base: Journey, command: Command): string[] | Refusal {
  switch (command.type) {
    case 'addNode':
      return [addSeed(draft, command.seed)];
    case 'addNodeAfter': {
      const after = findNode(base, command.afterNodeId) as JourneyNode;
      const handle = firstFreeOutput(base, after.id);
      const column = handle ? outputHandles(after).indexOf(handle) : 0;
      const spread = outputHandles(after).length - 1;
      const position = {
        x: after.position.x + (column - spread / 2) * COLUMN_GAP,
        y: after.position.y + ROW_GAP,
      };
      const id = addSeed(draft, { ...command.seed, position });
      if (handle && command.seed.nodeType !== 'trigger') setEdge(draft, after.id, handle, id);
      return [id];
    }
    case 'insertOnEdge': {
      const edge = base.edges.find((candidate) => candidate.id === command.edgeId);
      if (!edge) return { code: 'unknown-edge' };
      if (command.seed.nodeType === 'trigger') return { code: 'into-trigger' };
      const id = addSeed(draft, command.seed);
      setEdge(draft, edge.source, edge.sourceHandle, id);
      const firstOutput = outputHandles(draft.nodes.at(-1) as JourneyNode)[0];
      if (firstOutput) setEdge(draft, id, firstOutput, edge.target);
      return [id];
    }
    case 'connect':
      setEdge(draft, command.source, command.sourceHandle, command.target);
      return [];
    case 'disconnect':
      removeNodesAndEdges(draft, [], command.edgeIds);
      return [];
    case 'moveNodes':
    case 'tidyUp':
      moveNodes(draft, command.positions);
      return [];
    case 'deleteSelection':
      removeNodesAndEdges(draft, command.nodeIds, command.edgeIds);
      return [];
    case 'duplicate': {
      const chosen = new Set(command.nodeIds);
      const nodes = base.nodes.filter((node) => chosen.has(node.id));
      return addCopies(draft, nodes, base.edges, command.offset);
    }
    case 'paste':
      return addCopies(draft, command.nodes, command.edges, command.offset);
    case 'updateNode':
      return updateNode(draft, command.nodeId, command.recipe);
    case 'updateSettings':
      command.recipe(draft.settings);
      return [];
    case 'updateMeta':
      command.recipe(draft);
      return [];
    case 'replaceAll':
      // handled by returning a replacement from the producer
      return [];
  }
}

function updateNode(
  draft: JourneyDraft,
  nodeId: string,
  recipe: (node: Draft<JourneyNode>) => void,
): string[] | Refusal {
  const node = draft.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return { code: 'unknown-node', nodeId };
  recipe(node);
  if (node.id !== nodeId) {
    // a renamed node keeps its edges; two nodes may never share an id
    if (draft.nodes.filter((candidate) => candidate.id === node.id).length > 1) {
      return { code: 'duplicate-node-id', nodeId: node.id };
    }
    for (const edge of draft.edges) {
      if (edge.source === nodeId) edge.source = node.id;
      if (edge.target === nodeId) edge.target = node.id;
    }
  }
  dropDanglingEdges(draft, node);
  if (node.type === 'trigger') {
    // a node turned into a trigger can no longer be entered by an edge
    for (let index = draft.edges.length - 1; index >= 0; index -= 1) {
      if (draft.edges[index]?.target === node.id) draft.edges.splice(index, 1);
    }
  }
  return [];
}

/**
 * The one way the document changes: a command applied in a single immer `produceWithPatches` step.
 * The result carries the patches and their inverses for the history, or why the command was refused
 * (the document is then untouched).
 */
export function applyCommand(journey: Journey, command: Command): CommandResult {
  const early = precheck(journey, command);
  if (early) return { ok: false, refusal: early };
  const result: { outcome: string[] | Refusal } = { outcome: [] };
  const [next, patches, inversePatches] = produceWithPatches(journey, (draft: JourneyDraft) => {
    if (command.type === 'replaceAll') return command.journey as JourneyDraft;
    result.outcome = mutate(draft, journey, command);
    return undefined;
  });
  const { outcome } = result;
  if (!Array.isArray(outcome)) return { ok: false, refusal: outcome };
  return { ok: true, journey: next, patches, inversePatches, created: outcome };
}
