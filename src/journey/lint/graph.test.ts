import { describe, expect, it } from 'vitest';
import { stronglyConnectedComponents } from './scc.ts';
import { lintsWithCode, nodeIn, winback, winbackWith } from './lint.test-support.ts';

describe('unreachable-node', () => {
  it('fires for a node no trigger leads to', () => {
    const journey = winbackWith((draft) => {
      draft.edges = draft.edges.filter((edge) => edge.id !== 'e5');
    });
    const lints = lintsWithCode(journey, 'unreachable-node');
    expect(lints.map((lint) => lint.nodeId)).toEqual(['wecom', 'exit-end']);
    expect(lints[0]).toMatchObject({ severity: 'warning' });
    expect(lints[0]?.message).toContain('no customer will ever reach it');
  });

  it('names an unlabelled node by its type and id', () => {
    const journey = winbackWith((draft) => {
      draft.edges = draft.edges.filter((edge) => edge.id !== 'e6');
      nodeIn(draft, 'exit-end').label = '  ';
    });
    expect(lintsWithCode(journey, 'unreachable-node')[0]?.message).toContain('the exit node "exit-end"');
  });

  it('does not fire when every node can be reached, nor when there is no trigger at all', () => {
    expect(lintsWithCode(winback(), 'unreachable-node')).toEqual([]);
    const withoutTrigger = winbackWith((draft) => {
      draft.nodes = draft.nodes.filter((node) => node.id !== 'trigger');
    });
    expect(lintsWithCode(withoutTrigger, 'unreachable-node')).toEqual([]);
  });
});

describe('cycle-without-wait', () => {
  it('fires for a loop of nodes none of which waits', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'bought'; // WeCom → Bought? → no → WeCom
    });
    const lints = lintsWithCode(journey, 'cycle-without-wait');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'bought' })]);
    expect(lints[0]?.message).toContain('"Bought?" and "WeCom advisor" form a loop with no Wait node');
  });

  it('fires for a loop without a wait that shares nodes with a loop through a wait', () => {
    const journey = winbackWith((draft) => {
      // Bought? → no → WeCom → Bought? has no wait, although WeCom → Wait 2 days → Bought? would.
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'bought';
      draft.edges.find((edge) => edge.id === 'e4')!.target = 'wait2d';
    });
    expect(lintsWithCode(journey, 'cycle-without-wait').map((lint) => lint.message)).toEqual([
      expect.stringContaining('"Bought?" and "WeCom advisor" form a loop'),
    ]);
  });

  it('does not fire for a loop through a wait', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'wait2d';
    });
    expect(lintsWithCode(journey, 'cycle-without-wait')).toEqual([]);
  });

  it('leaves a node connected to itself to the self-loop lint', () => {
    const journey = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'wecom';
    });
    expect(lintsWithCode(journey, 'cycle-without-wait')).toEqual([]);
    expect(lintsWithCode(journey, 'self-loop')).toHaveLength(1);
  });
});

describe('loop-without-exit', () => {
  const closedLoop = () =>
    winbackWith((draft) => {
      // Bought? → no → WeCom → Wait 2 days → Bought?, and "yes" leads back into the loop too.
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'wait2d';
      draft.edges.find((edge) => edge.id === 'e4')!.target = 'wait2d';
    });

  it('warns when customers who reach a loop can never leave it', () => {
    const lints = lintsWithCode(closedLoop(), 'loop-without-exit');
    expect(lints).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'wait2d' })]);
    expect(lints[0]?.message).toContain('"Wait 2 days", "Bought?" and "WeCom advisor" never leave it');
  });

  it('does not fire when one output of the loop leads out of it or is left open', () => {
    const leadsOut = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'wait2d';
    });
    expect(lintsWithCode(leadsOut, 'loop-without-exit')).toEqual([]);
    const leftOpen = winbackWith((draft) => {
      draft.edges.find((edge) => edge.id === 'e6')!.target = 'wait2d';
      draft.edges = draft.edges.filter((edge) => edge.id !== 'e4');
    });
    expect(lintsWithCode(leftOpen, 'loop-without-exit')).toEqual([]);
  });
});

describe('stronglyConnectedComponents', () => {
  it('finds loops and single nodes', () => {
    // 0 → 1 → 2 → 0, 2 → 3, 4 → 4
    const components = stronglyConnectedComponents([[1], [2], [0, 3], [], [4]]);
    const sorted = components.map((component) => [...component].sort()).sort((a, b) => a[0]! - b[0]!);
    expect(sorted).toEqual([[0, 1, 2], [3], [4]]);
  });

  it('handles a 5000-node chain that closes into one loop without overflowing the stack', () => {
    const size = 5000;
    const successors = Array.from({ length: size }, (_, index) => [(index + 1) % size]);
    expect(stronglyConnectedComponents(successors)).toHaveLength(1);
    const chain = Array.from({ length: size }, (_, index) => (index + 1 < size ? [index + 1] : []));
    expect(stronglyConnectedComponents(chain)).toHaveLength(size);
  });
});
