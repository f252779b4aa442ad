import { outputHandles } from '../handles.ts';
import type { JourneyNode } from '../nodes.ts';
import { nodeRef, type LintContext } from './context.ts';
import { makeLint } from './make.ts';
import { stronglyConnectedComponents } from './scc.ts';
import type { Lint } from './types.ts';

/** The journey as a graph over its distinct nodes (document order), with only edges between known nodes. */
interface JourneyGraph {
  nodes: JourneyNode[];
  successors: number[][];
  /** nodes that have an output with no edge on it: customers can leave the journey there */
  hasOpenOutput: boolean[];
}

function buildGraph(context: LintContext): JourneyGraph {
  const nodes = [...context.nodesById.values()];
  const indexById = new Map(nodes.map((node, index) => [node.id, index]));
  const successors = nodes.map((): number[] => []);
  const usedOutputs = new Set<string>();
  for (const edge of context.journey.edges) {
    const from = indexById.get(edge.source);
    const to = indexById.get(edge.target);
    if (from === undefined || to === undefined) continue;
    successors[from]!.push(to);
    usedOutputs.add(JSON.stringify([edge.source, edge.sourceHandle]));
  }
  const hasOpenOutput = nodes.map((node) =>
    outputHandles(node).some((handle) => !usedOutputs.has(JSON.stringify([node.id, handle]))),
  );
  return { nodes, successors, hasOpenOutput };
}

function reachableFromTriggers(graph: JourneyGraph): boolean[] {
  const reached = graph.nodes.map((node) => node.type === 'trigger');
  const queue = graph.nodes.flatMap((node, index) => (node.type === 'trigger' ? [index] : []));
  for (let head = 0; head < queue.length; head++) {
    for (const next of graph.successors[queue[head]!]!) {
      if (!reached[next]) {
        reached[next] = true;
        queue.push(next);
      }
    }
  }
  return reached;
}

/**
 * The loops of a graph: its strongly connected components with more than one node, plus, when
 * asked, single nodes connected to themselves. Members and loops come in document order.
 */
function findLoops(successors: readonly (readonly number[])[], withSelfLoops: boolean): number[][] {
  return stronglyConnectedComponents(successors)
    .filter(
      (component) =>
        component.length > 1 || (withSelfLoops && successors[component[0]!]!.includes(component[0]!)),
    )
    .map((component) => component.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
}

/**
 * A cycle has no wait on it exactly when it survives taking every wait node out of the graph, so
 * the components of the wait-free graph are the offending loops. (Components of the whole graph
 * would miss a wait-free cycle that shares a component with some other cycle through a wait.)
 * A node connected straight to itself is a one-node component here: `self-loop` reports it.
 */
function cycleWithoutWaitLints(graph: JourneyGraph): Lint[] {
  const isWait = graph.nodes.map((node) => node.type === 'wait');
  const waitFree = graph.successors.map((next, index) =>
    isWait[index] ? [] : next.filter((to) => !isWait[to]),
  );
  return findLoops(waitFree, false).map((component) => {
    const members = component.map((index) => graph.nodes[index]!);
    return makeLint('cycle-without-wait', { nodes: members.map(nodeRef) }, { nodeId: members[0]!.id });
  });
}

/**
 * A loop customers cannot leave: a component of the whole graph, reachable from a trigger, with no
 * connection out of it and no unconnected output. Any path that never ends at an exit or an open
 * output ends in such a component, so these are all the places customers can get stuck.
 */
function loopWithoutExitLints(graph: JourneyGraph, reached: readonly boolean[]): Lint[] {
  const lints: Lint[] = [];
  for (const component of findLoops(graph.successors, true)) {
    const inside = new Set(component);
    const closed = component.every(
      (member) => !graph.hasOpenOutput[member] && graph.successors[member]!.every((next) => inside.has(next)),
    );
    if (!closed || !reached[component[0]!]) continue;
    const members = component.map((index) => graph.nodes[index]!);
    lints.push(makeLint('loop-without-exit', { nodes: members.map(nodeRef) }, { nodeId: members[0]!.id }));
  }
  return lints;
}

function unreachableLints(graph: JourneyGraph, reached: readonly boolean[]): Lint[] {
  // Without any trigger every node is unreachable; `no-trigger` already says so.
  if (!graph.nodes.some((node) => node.type === 'trigger')) return [];
  return graph.nodes.flatMap((node, index): Lint[] =>
    reached[index] ? [] : [makeLint('unreachable-node', { node: nodeRef(node) }, { nodeId: node.id })],
  );
}

/** `unreachable-node`, `cycle-without-wait` and `loop-without-exit`: the journey's shape as a whole. */
export function lintGraph(context: LintContext): Lint[] {
  const graph = buildGraph(context);
  const reached = reachableFromTriggers(graph);
  return [
    ...unreachableLints(graph, reached),
    ...cycleWithoutWaitLints(graph),
    ...loopWithoutExitLints(graph, reached),
  ];
}
