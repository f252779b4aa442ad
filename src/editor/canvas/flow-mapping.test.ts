import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../journey/commands/index.ts';
import { sampleJourney } from '../../journey/commands/commands.test-support.ts';
import { lintJourney, type Journey } from '../../journey/index.ts';
import { toFlowEdges, toFlowNodes, type CanvasView } from './flow-mapping.ts';

function viewOf(journey: Journey, selected: string[] = []): CanvasView {
  return {
    selectedNodes: new Set(selected),
    selectedEdges: new Set(),
    lints: lintJourney(journey),
    simulation: null,
    highlightedPath: [],
  };
}

function changed(journey: Journey, command: Parameters<typeof applyCommand>[1]): Journey {
  const result = applyCommand(journey, command);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.journey;
}

describe('toFlowNodes', () => {
  it('maps every node with its position, selection and lint counts', () => {
    const journey = sampleJourney();
    const nodes = toFlowNodes(journey, viewOf(journey, ['n2']), []);
    expect(nodes.map((node) => node.id)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(nodes[1]?.selected).toBe(true);
    expect(nodes[0]?.selected).toBe(false);
    // the touch has no template (an error) and nothing leads to it (a warning)
    expect(nodes[3]?.data).toMatchObject({ errors: 1 });
    expect(nodes[3]?.data.warnings).toBeGreaterThan(0);
  });

  it('keeps the same object for every node an edit did not touch', () => {
    const journey = sampleJourney();
    const before = toFlowNodes(journey, viewOf(journey), []);
    const edited = changed(journey, {
      type: 'updateNode',
      nodeId: 'n3',
      recipe: (node) => {
        node.label = 'Converted';
      },
    });
    const after = toFlowNodes(edited, viewOf(edited), before);
    expect(after.map((node, index) => node === before[index])).toEqual([true, true, false, true]);
    expect(after[2]?.data.node.label).toBe('Converted');
  });

  it('a selection change renews only the nodes whose selection changed, and keeps measured sizes', () => {
    const journey = sampleJourney();
    const before = toFlowNodes(journey, viewOf(journey), []).map((node) => ({
      ...node,
      measured: { width: 200, height: 90 },
    }));
    const after = toFlowNodes(journey, viewOf(journey, ['n1']), before);
    expect(after.map((node, index) => node === before[index])).toEqual([false, true, true, true]);
    expect(after[0]?.measured).toEqual({ width: 200, height: 90 });
  });

  it('carries simulation figures and marks them stale', () => {
    const journey = sampleJourney();
    const result = {
      nodes: { n1: { entered: 10, inProgress: 0, goalExits: 0, outputs: { out: 10 } } },
      touches: {},
      edges: { e1: 10, e2: 4 },
    };
    const view = { ...viewOf(journey), simulation: { result, stale: true } } as unknown as CanvasView;
    const nodes = toFlowNodes(journey, view, []);
    expect(nodes[0]?.data.overlay).toEqual({ counts: result.nodes.n1, touches: undefined, stale: true });
    const edges = toFlowEdges(journey, view, []);
    expect(edges.map((edge) => edge.data)).toEqual([
      { count: 10, maxCount: 10, stale: true, highlighted: false },
      { count: 4, maxCount: 10, stale: true, highlighted: false },
    ]);
  });
});

describe('toFlowEdges', () => {
  it('maps edges with their handles and keeps unchanged edges', () => {
    const journey = sampleJourney();
    const before = toFlowEdges(journey, viewOf(journey), []);
    expect(before.map((edge) => [edge.source, edge.sourceHandle, edge.target])).toEqual([
      ['n1', 'out', 'n2'],
      ['n2', 'yes', 'n3'],
    ]);
    const moved = changed(journey, { type: 'moveNodes', positions: { n4: { x: 1, y: 1 } } });
    const after = toFlowEdges(moved, viewOf(moved), before);
    expect(after.every((edge, index) => edge === before[index])).toBe(true);
  });

  it('highlights the edges along a traced path', () => {
    const journey = sampleJourney();
    const edges = toFlowEdges(journey, { ...viewOf(journey), highlightedPath: ['n1', 'n2'] }, []);
    expect(edges.map((edge) => edge.data?.highlighted)).toEqual([true, false]);
  });
});
