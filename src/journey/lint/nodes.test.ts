import { describe, expect, it } from 'vitest';
import { insertSplit, lintsWithCode, nodeIn, winback, winbackWith } from './lint.test-support.ts';

describe('no-trigger', () => {
  it('fires when the journey has no trigger', () => {
    const journey = winbackWith((draft) => {
      draft.nodes = draft.nodes.filter((node) => node.type !== 'trigger');
      draft.edges = draft.edges.filter((edge) => edge.source !== 'trigger');
    });
    const [lint] = lintsWithCode(journey, 'no-trigger');
    expect(lint).toMatchObject({ severity: 'error' });
    expect(lint?.message).toContain('no customer ever enters');
  });

  it('does not fire when a trigger exists', () => {
    expect(lintsWithCode(winback(), 'no-trigger')).toEqual([]);
  });
});

describe('duplicate-node-id', () => {
  it('fires on the second node with an id already used', () => {
    const journey = winbackWith((draft) => {
      draft.nodes.push({
        id: 'exit-end',
        type: 'exit',
        label: 'Also the end',
        position: { x: 0, y: 900 },
        config: {},
      });
    });
    const lints = lintsWithCode(journey, 'duplicate-node-id');
    expect(lints).toHaveLength(1);
    expect(lints[0]).toMatchObject({ severity: 'error', nodeId: 'exit-end' });
    expect(lints[0]?.message).toContain('"Also the end" has the id "exit-end"');
  });

  it('does not fire when every id is unique', () => {
    expect(lintsWithCode(winback(), 'duplicate-node-id')).toEqual([]);
  });
});

describe('split-percent-sum', () => {
  it('fires when the variants do not add up to 100', () => {
    const lints = lintsWithCode(
      winbackWith((draft) => insertSplit(draft, [50, 40])),
      'split-percent-sum',
    );
    expect(lints).toHaveLength(1);
    expect(lints[0]).toMatchObject({ severity: 'error', nodeId: 'ab' });
    expect(lints[0]?.message).toContain('add up to 90%');
  });

  it('allows floating-point noise in a sum of 100', () => {
    const journey = winbackWith((draft) => {
      insertSplit(draft);
      const split = nodeIn(draft, 'ab');
      if (split.type !== 'split') throw new Error('ab is a split');
      split.config.variants = [
        { id: 'a', label: 'A', percent: 33.3 },
        { id: 'b', label: 'B', percent: 33.3 },
        { id: 'c', label: 'C', percent: 33.4 },
      ];
      draft.edges.push({ id: 'ab-c', source: 'ab', sourceHandle: 'c', target: 'exit-end' });
    });
    expect(lintsWithCode(journey, 'split-percent-sum')).toEqual([]);
  });

  it('does fire for a sum off by more than the tolerance', () => {
    expect(
      lintsWithCode(
        winbackWith((draft) => insertSplit(draft, [50, 50.001])),
        'split-percent-sum',
      ),
    ).toHaveLength(1);
  });
});

describe('duplicate-variant-id', () => {
  it('fires when two variants share an id', () => {
    const journey = winbackWith((draft) => {
      insertSplit(draft);
      const split = nodeIn(draft, 'ab');
      if (split.type === 'split') split.config.variants[1]!.id = 'a';
    });
    const lints = lintsWithCode(journey, 'duplicate-variant-id');
    expect(lints).toHaveLength(1);
    expect(lints[0]).toMatchObject({ severity: 'error', nodeId: 'ab' });
    expect(lints[0]?.message).toContain('two variants with the id "a"');
  });

  it('does not fire when variant ids differ', () => {
    expect(
      lintsWithCode(
        winbackWith((draft) => insertSplit(draft)),
        'duplicate-variant-id',
      ),
    ).toEqual([]);
  });
});

describe('touch-template-blank', () => {
  it.each(['', '   '])('fires for the template %j', (template) => {
    const journey = winbackWith((draft) => {
      const sms = nodeIn(draft, 'sms');
      if (sms.type === 'touch') sms.config.template = template;
    });
    expect(lintsWithCode(journey, 'touch-template-blank')).toEqual([
      expect.objectContaining({ severity: 'error', nodeId: 'sms' }),
    ]);
  });

  it('does not fire for a named template', () => {
    expect(lintsWithCode(winback(), 'touch-template-blank')).toEqual([]);
  });
});

describe('offer-percent-over-100', () => {
  const withOffer = (type: 'percent_off' | 'amount_off', value: number) =>
    winbackWith((draft) => {
      const sms = nodeIn(draft, 'sms');
      if (sms.type === 'touch') sms.config.offer = { type, value };
    });

  it('fires for more than 100% off', () => {
    const lints = lintsWithCode(withOffer('percent_off', 120), 'offer-percent-over-100');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'sms' })]);
    expect(lints[0]?.message).toContain('120% off');
  });

  it('does not fire for 100% off or for an amount off above 100', () => {
    expect(lintsWithCode(withOffer('percent_off', 100), 'offer-percent-over-100')).toEqual([]);
    expect(lintsWithCode(withOffer('amount_off', 150), 'offer-percent-over-100')).toEqual([]);
  });
});

describe('condition-no-rules', () => {
  const withoutRules = (match: 'all' | 'any') =>
    winbackWith((draft) => {
      const bought = nodeIn(draft, 'bought');
      if (bought.type === 'condition') bought.config.filter = { match, rules: [] };
    });

  it('warns that everyone goes to "yes" when all of no rules match', () => {
    const lints = lintsWithCode(withoutRules('all'), 'condition-no-rules');
    expect(lints).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'bought' })]);
    expect(lints[0]?.message).toContain('every customer matches and goes to "yes"');
  });

  it('warns that everyone goes to "no" when any of no rules must match', () => {
    expect(lintsWithCode(withoutRules('any'), 'condition-no-rules')[0]?.message).toContain(
      'everyone goes to "no"',
    );
  });

  it('does not fire for a condition with a rule', () => {
    expect(lintsWithCode(winback(), 'condition-no-rules')).toEqual([]);
  });
});
