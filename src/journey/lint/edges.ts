import { outputHandles } from '../handles.ts';
import type { JourneyEdge } from '../schema.ts';
import { edgeRef, handleRef, nodeRef, nodeRefById, type LintContext } from './context.ts';
import { makeLint } from './make.ts';
import type { Lint } from './types.ts';

/** An edge must start and end at nodes that exist, and leave from an output its source has. */
function endpointLints(context: LintContext, edge: JourneyEdge): Lint[] {
  const lints: Lint[] = [];
  const place = { edgeId: edge.id };
  const source = context.nodesById.get(edge.source);
  if (!source) {
    lints.push(makeLint('edge-unknown-node', { edgeId: edge.id, end: 'source', nodeId: edge.source }, place));
  }
  if (!context.nodesById.has(edge.target)) {
    lints.push(makeLint('edge-unknown-node', { edgeId: edge.id, end: 'target', nodeId: edge.target }, place));
  }
  // A split with a duplicate variant id has that output twice; list it once.
  const outputs = source ? [...new Set(outputHandles(source))] : [];
  if (source && !outputs.includes(edge.sourceHandle)) {
    lints.push(
      makeLint(
        'edge-unknown-handle',
        {
          edge: edgeRef(context, edge),
          handle: edge.sourceHandle,
          node: nodeRef(source),
          outputs: outputs.map((handle) => handleRef(source, handle)),
        },
        place,
      ),
    );
  }
  return lints;
}

function shapeLints(context: LintContext, edge: JourneyEdge): Lint[] {
  const lints: Lint[] = [];
  const place = { edgeId: edge.id };
  const target = context.nodesById.get(edge.target);
  if (target?.type === 'trigger') {
    lints.push(makeLint('edge-into-trigger', { edge: edgeRef(context, edge) }, place));
  }
  if (edge.source === edge.target) {
    lints.push(makeLint('self-loop', { edgeId: edge.id, node: nodeRefById(context, edge.source) }, place));
  }
  return lints;
}

/** Every check on the edges themselves, in edge order. */
export function lintEdges(context: LintContext): Lint[] {
  const lints: Lint[] = [];
  const edgeIds = new Set<string>();
  const firstEdgeOnOutput = new Map<string, JourneyEdge>();
  for (const edge of context.journey.edges) {
    if (edgeIds.has(edge.id)) {
      lints.push(makeLint('duplicate-edge-id', { edge: edgeRef(context, edge) }, { edgeId: edge.id }));
    }
    edgeIds.add(edge.id);
    const endpoints = endpointLints(context, edge);
    lints.push(...endpoints, ...shapeLints(context, edge));
    const source = context.nodesById.get(edge.source);
    if (!source || endpoints.some((lint) => lint.code === 'edge-unknown-handle')) continue;
    const outputKey = JSON.stringify([edge.source, edge.sourceHandle]);
    const first = firstEdgeOnOutput.get(outputKey);
    if (first) {
      lints.push(
        makeLint(
          'duplicate-output-edge',
          {
            node: nodeRef(source),
            handle: handleRef(source, edge.sourceHandle),
            firstEdgeId: first.id,
            edgeId: edge.id,
          },
          { edgeId: edge.id },
        ),
      );
    } else {
      firstEdgeOnOutput.set(outputKey, edge);
    }
  }
  return lints;
}

/** `unconnected-output`: an output with nothing after it is where customers silently leave. */
export function lintUnconnectedOutputs(context: LintContext): Lint[] {
  const connected = new Set(
    context.journey.edges.map((edge) => JSON.stringify([edge.source, edge.sourceHandle])),
  );
  const lints: Lint[] = [];
  for (const node of context.journey.nodes) {
    if (context.nodesById.get(node.id) !== node) continue; // a duplicate id: its edges belong to the first
    for (const handle of new Set(outputHandles(node))) {
      if (connected.has(JSON.stringify([node.id, handle]))) continue;
      lints.push(
        makeLint(
          'unconnected-output',
          { node: nodeRef(node), handle: handleRef(node, handle) },
          { nodeId: node.id },
        ),
      );
    }
  }
  return lints;
}
