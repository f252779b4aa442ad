import { describe, expect, it } from 'vitest';
import { insertSplit, lintsWithCode, winback, winbackWith } from './lint.test-support.ts';

describe('duplicate-edge-id', () => {
  it('fires on the second connection with an id already used', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.id = 'e5';
    });
    const lints = lintsWithCode(journey, 'duplicate-edge-id');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', edgeId: 'e5' })]);
    expect(lints[0]?.message).toContain('from "WeCom advisor" to "End"');
  });

  it('does not fire when every id is unique', () => {
    expect(lintsWithCode(winback(), 'duplicate-edge-id')).toEqual([]);
  });
});

describe('edge-unknown-node', () => {
  it('fires for a connection to a node that does not exist', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'ghost';
    });
    const lints = lintsWithCode(journey, 'edge-unknown-node');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', edgeId: 'e6' })]);
    expect(lints[0]?.message).toContain('leads to "ghost"');
  });

  it('fires for a connection from a node that does not exist', () => {
    const journey = winbackWith((draft) => {
      draft.edges.push({ id: 'e7', source: 'ghost', sourceHandle: 'out', target: 'exit-end' });
    });
    const lints = lintsWithCode(journey, 'edge-unknown-node');
    expect(lints).toEqual([expect.objectContaining({ edgeId: 'e7' })]);
    expect(lints[0]?.message).toContain('starts at "ghost"');
  });

  it('does not fire when both ends exist', () => {
    expect(lintsWithCode(winback(), 'edge-unknown-node')).toEqual([]);
  });
});

describe('edge-unknown-handle', () => {
  it('fires for an output the source does not have, listing the outputs it has', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e4')!.sourceHandle = 'maybe';
    });
    const lints = lintsWithCode(journey, 'edge-unknown-handle');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', edgeId: 'e4' })]);
    expect(lints[0]?.message).toContain(
      'output "maybe" that "Bought?" does not have (its outputs are "yes", "no")',
    );
  });

  it('names split outputs by variant label and says an exit has none', () => {
    const fromSplit = winbackWith((draft) => {
      insertSplit(draft);
      draft.edges.find((edge) => edge.id === 'ab-b')!.sourceHandle = 'c';
    });
    expect(lintsWithCode(fromSplit, 'edge-unknown-handle')[0]?.message).toContain(
      'its outputs are variant "Wait first", variant "Stop"',
    );
    const fromExit = winbackWith((draft) => {
      draft.edges.push({ id: 'e7', source: 'exit-end', sourceHandle: 'out', target: 'wecom' });
    });
    expect(lintsWithCode(fromExit, 'edge-unknown-handle')[0]?.message).toContain('it has no outputs');
  });

  it('does not fire for existing outputs, including split variants', () => {
    expect(
      lintsWithCode(
        winbackWith((draft) => insertSplit(draft)),
        'edge-unknown-handle',
      ),
    ).toEqual([]);
  });
});

describe('duplicate-output-edge', () => {
  it('fires on the second connection from the same output', () => {
    const journey = winbackWith((draft) => {
      draft.edges.push({ id: 'e7', source: 'bought', sourceHandle: 'no', target: 'exit-end' });
    });
    const lints = lintsWithCode(journey, 'duplicate-output-edge');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', edgeId: 'e7' })]);
    expect(lints[0]?.message).toContain('The "no" output of "Bought?" already has a connection ("e5")');
  });

  it('does not fire for different outputs of one node', () => {
    expect(lintsWithCode(winback(), 'duplicate-output-edge')).toEqual([]);
  });
});

describe('edge-into-trigger', () => {
  it('fires for a connection that leads into a trigger', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'trigger';
    });
    expect(lintsWithCode(journey, 'edge-into-trigger')).toEqual([
      expect.objectContaining({ severity: 'error', edgeId: 'e6' }),
    ]);
  });

  it('does not fire for connections out of a trigger', () => {
    expect(lintsWithCode(winback(), 'edge-into-trigger')).toEqual([]);
  });
});

describe('self-loop', () => {
  it('fires for a connection from a node to itself, even a wait', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e3')!.target = 'wait2d';
    });
    const lints = lintsWithCode(journey, 'self-loop');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', edgeId: 'e3' })]);
    expect(lints[0]?.message).toContain('from "Wait 2 days" straight back to itself');
  });

  it('does not fire for connections between different nodes', () => {
    expect(lintsWithCode(winback(), 'self-loop')).toEqual([]);
  });
});

describe('unconnected-output', () => {
  it('fires for an output with nothing after it', () => {
    const journey = winbackWith((draft) => {
      draft.edges = draft.edges.filter((edge) => edge.id !== 'e4');
    });
    const lints = lintsWithCode(journey, 'unconnected-output');
    expect(lints).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'bought' })]);
    expect(lints[0]?.message).toContain(
      'The "yes" output of "Bought?" is not connected: customers leave the journey there',
    );
  });

  it('words a node with a single output plainly and names split variants by label', () => {
    const journey = winbackWith((draft) => {
      insertSplit(draft);
      draft.edges = draft.edges.filter((edge) => edge.id !== 'e6' && edge.id !== 'ab-b');
    });
    const messages = lintsWithCode(journey, 'unconnected-output').map((lint) => lint.message);
    expect(messages).toEqual([
      expect.stringContaining('Nothing follows "WeCom advisor": customers leave the journey there'),
      expect.stringContaining('The variant "Stop" output of "A/B test" is not connected'),
    ]);
  });

  it('does not fire for exits, which have no outputs, or for connected outputs', () => {
    expect(lintsWithCode(winback(), 'unconnected-output')).toEqual([]);
  });
});
