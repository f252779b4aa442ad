import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../schema.ts';
import { applyCommand } from './apply.ts';
import { sampleJourney } from './commands.test-support.ts';
import type { Command, CommandResult } from './types.ts';

function ok(result: CommandResult) {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  // every command leaves a document the schema accepts
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  return result;
}

function refused(command: Command) {
  const result = applyCommand(sampleJourney(), command);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

const edgeList = (result: {
  journey: { edges: { source: string; sourceHandle: string; target: string }[] };
}) => result.journey.edges.map((edge) => `${edge.source}.${edge.sourceHandle}→${edge.target}`);

describe('applyCommand', () => {
  it('addNode adds a valid node with the next free id and leaves the input untouched', () => {
    const before = sampleJourney();
    const result = ok(
      applyCommand(before, {
        type: 'addNode',
        seed: { nodeType: 'wait', label: 'Wait', position: { x: 5, y: 6 } },
      }),
    );
    expect(result.created).toEqual(['n5']);
    expect(result.journey.nodes.at(-1)).toMatchObject({ id: 'n5', type: 'wait', position: { x: 5, y: 6 } });
    expect(before.nodes).toHaveLength(4);
    expect(result.inversePatches.length).toBeGreaterThan(0);
  });

  it('addNodeAfter connects from the first free output and places the node below it', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'addNodeAfter',
        seed: { nodeType: 'touch', label: 'WeCom' },
        afterNodeId: 'n2',
      }),
    );
    expect(edgeList(result)).toContain('n2.no→n5');
    const added = result.journey.nodes.find((node) => node.id === 'n5');
    expect(added?.position.y).toBe(300);
    // "no" is the second of two outputs: right of the node's centre line
    expect(added?.position.x).toBeGreaterThan(0);
  });

  it('addNodeAfter a node whose outputs are all used adds without connecting', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'addNodeAfter',
        seed: { nodeType: 'exit', label: 'End' },
        afterNodeId: 'n1',
      }),
    );
    expect(result.journey.edges).toHaveLength(2);
    expect(result.created).toEqual(['n5']);
  });

  it('addNodeAfter an unknown node is refused', () => {
    expect(
      refused({ type: 'addNodeAfter', seed: { nodeType: 'exit', label: 'x' }, afterNodeId: 'zz' }).code,
    ).toBe('unknown-node');
  });

  it('insertOnEdge puts the node between the edge ends', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'insertOnEdge',
        seed: { nodeType: 'wait', label: 'Wait 2 days', position: { x: 0, y: 75 } },
        edgeId: 'e1',
      }),
    );
    expect(edgeList(result).sort()).toEqual(['n1.out→n5', 'n2.yes→n3', 'n5.out→n2'].sort());
  });

  it('insertOnEdge of an exit keeps the edge to the exit and drops the onward connection', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'insertOnEdge',
        seed: { nodeType: 'exit', label: 'Stop', position: { x: 0, y: 75 } },
        edgeId: 'e1',
      }),
    );
    expect(edgeList(result).sort()).toEqual(['n1.out→n5', 'n2.yes→n3'].sort());
  });

  it('insertOnEdge refuses a trigger and an unknown edge', () => {
    expect(
      refused({
        type: 'insertOnEdge',
        seed: { nodeType: 'trigger', label: 't', position: { x: 0, y: 0 } },
        edgeId: 'e1',
      }).code,
    ).toBe('into-trigger');
    expect(
      refused({
        type: 'insertOnEdge',
        seed: { nodeType: 'wait', label: 'w', position: { x: 0, y: 0 } },
        edgeId: 'e9',
      }).code,
    ).toBe('unknown-edge');
  });

  it('connect adds an edge with a fresh id', () => {
    const result = ok(
      applyCommand(sampleJourney(), { type: 'connect', source: 'n2', sourceHandle: 'no', target: 'n4' }),
    );
    expect(result.journey.edges.at(-1)).toEqual({ id: 'e3', source: 'n2', sourceHandle: 'no', target: 'n4' });
  });

  it('connect from a used output replaces its edge (one edge per output)', () => {
    const result = ok(
      applyCommand(sampleJourney(), { type: 'connect', source: 'n2', sourceHandle: 'yes', target: 'n4' }),
    );
    expect(edgeList(result)).toEqual(['n1.out→n2', 'n2.yes→n4']);
  });

  it('connect the same edge again changes nothing', () => {
    const result = ok(
      applyCommand(sampleJourney(), { type: 'connect', source: 'n2', sourceHandle: 'yes', target: 'n3' }),
    );
    expect(result.patches).toEqual([]);
  });

  it('connect refuses an edge into a trigger, into itself, from a missing output or node', () => {
    expect(refused({ type: 'connect', source: 'n2', sourceHandle: 'no', target: 'n1' })).toEqual({
      code: 'into-trigger',
      nodeId: 'n1',
    });
    expect(refused({ type: 'connect', source: 'n4', sourceHandle: 'out', target: 'n4' }).code).toBe(
      'into-itself',
    );
    expect(refused({ type: 'connect', source: 'n2', sourceHandle: 'out', target: 'n4' }).code).toBe(
      'unknown-output',
    );
    expect(refused({ type: 'connect', source: 'n3', sourceHandle: 'out', target: 'n4' }).code).toBe(
      'unknown-output',
    );
    expect(refused({ type: 'connect', source: 'n9', sourceHandle: 'out', target: 'n4' }).code).toBe(
      'unknown-node',
    );
  });

  it('disconnect removes the listed edges only', () => {
    const result = ok(applyCommand(sampleJourney(), { type: 'disconnect', edgeIds: ['e2'] }));
    expect(edgeList(result)).toEqual(['n1.out→n2']);
  });

  it('moveNodes moves the listed nodes and ignores unknown ids', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'moveNodes',
        positions: { n2: { x: 10, y: 20 }, zz: { x: 1, y: 1 } },
      }),
    );
    expect(result.journey.nodes[1]?.position).toEqual({ x: 10, y: 20 });
    expect(result.patches).toHaveLength(1);
  });

  it('deleteSelection removes nodes with every edge touching them, and listed edges', () => {
    const result = ok(
      applyCommand(sampleJourney(), { type: 'deleteSelection', nodeIds: ['n2'], edgeIds: [] }),
    );
    expect(result.journey.nodes.map((node) => node.id)).toEqual(['n1', 'n3', 'n4']);
    expect(result.journey.edges).toEqual([]);
    const edgeOnly = ok(
      applyCommand(sampleJourney(), { type: 'deleteSelection', nodeIds: [], edgeIds: ['e1'] }),
    );
    expect(edgeList(edgeOnly)).toEqual(['n2.yes→n3']);
  });

  it('duplicate copies nodes and the edges between them with fresh ids, offset', () => {
    const result = ok(
      applyCommand(sampleJourney(), { type: 'duplicate', nodeIds: ['n2', 'n3'], offset: { x: 40, y: 40 } }),
    );
    expect(result.created).toEqual(['n5', 'n6']);
    expect(result.journey.nodes.find((node) => node.id === 'n5')).toMatchObject({
      type: 'condition',
      label: 'Bought?',
      position: { x: 40, y: 190 },
    });
    // e1 comes from outside the copied pair, so only n2→n3 is copied
    expect(edgeList(result)).toEqual(['n1.out→n2', 'n2.yes→n3', 'n5.yes→n6']);
  });

  it('paste re-ids nodes and edges, drops edges leaving the pasted set and edges into a trigger', () => {
    const source = sampleJourney();
    const result = ok(
      applyCommand(source, {
        type: 'paste',
        nodes: source.nodes.slice(0, 3),
        edges: [...source.edges, { id: 'x', source: 'n2', sourceHandle: 'no', target: 'n1' }],
        offset: { x: 0, y: 500 },
      }),
    );
    expect(result.created).toEqual(['n5', 'n6', 'n7']);
    expect(edgeList(result)).toEqual(['n1.out→n2', 'n2.yes→n3', 'n5.out→n6', 'n6.yes→n7']);
    const ids = result.journey.edges.map((edge) => edge.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('updateNode applies the recipe and drops edges from outputs that no longer exist', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'updateNode',
        nodeId: 'n1',
        recipe: (node) => {
          node.label = 'Renamed';
        },
      }),
    );
    expect(result.journey.nodes[0]?.label).toBe('Renamed');
    const journey = ok(
      applyCommand(sampleJourney(), { type: 'connect', source: 'n4', sourceHandle: 'out', target: 'n3' }),
    ).journey;
    const changed = ok(
      applyCommand(journey, {
        type: 'updateNode',
        nodeId: 'n4',
        recipe: (node) => {
          // a touch turned into an exit (as an import might) has no output left
          Object.assign(node, { type: 'exit', config: {} });
        },
      }),
    );
    expect(edgeList(changed)).toEqual(['n1.out→n2', 'n2.yes→n3']);
  });

  it('updateNode renaming an id carries its edges; a clash is refused', () => {
    const result = ok(
      applyCommand(sampleJourney(), {
        type: 'updateNode',
        nodeId: 'n2',
        recipe: (node) => {
          node.id = 'bought';
        },
      }),
    );
    expect(edgeList(result)).toEqual(['n1.out→bought', 'bought.yes→n3']);
    const clash = applyCommand(sampleJourney(), {
      type: 'updateNode',
      nodeId: 'n2',
      recipe: (node) => {
        node.id = 'n3';
      },
    });
    expect(clash).toEqual({ ok: false, refusal: { code: 'duplicate-node-id', nodeId: 'n3' } });
  });

  it('updateSettings and updateMeta change only what the recipe changes', () => {
    const settings = ok(
      applyCommand(sampleJourney(), {
        type: 'updateSettings',
        recipe: (draft) => {
          draft.holdoutPercent = 20;
        },
      }),
    );
    expect(settings.journey.settings.holdoutPercent).toBe(20);
    expect(settings.patches).toEqual([{ op: 'replace', path: ['settings', 'holdoutPercent'], value: 20 }]);
    const meta = ok(
      applyCommand(sampleJourney(), {
        type: 'updateMeta',
        recipe: (draft) => {
          draft.name = 'Win-back';
        },
      }),
    );
    expect(meta.journey.name).toBe('Win-back');
  });

  it('tidyUp sets positions; replaceAll swaps the whole document', () => {
    const tidy = ok(applyCommand(sampleJourney(), { type: 'tidyUp', positions: { n1: { x: 100, y: 0 } } }));
    expect(tidy.journey.nodes[0]?.position).toEqual({ x: 100, y: 0 });
    const other = { ...sampleJourney(), name: 'Other', nodes: [], edges: [] };
    const replaced = ok(applyCommand(sampleJourney(), { type: 'replaceAll', journey: other }));
    expect(replaced.journey).toEqual(other);
  });
});
