import { describe, expect, it } from 'vitest';
import { lintsWithCode, nodeIn, winback, winbackWith } from './lint.test-support.ts';

describe('rule-mismatch', () => {
  it('fires for a condition rule that does not fit its field, naming the node and rule', () => {
    const journey = winbackWith((draft) => {
      const bought = nodeIn(draft, 'bought');
      if (bought.type === 'condition') bought.config.filter.rules[0]!.value = 'yes';
    });
    const lints = lintsWithCode(journey, 'rule-mismatch');
    expect(lints).toEqual([expect.objectContaining({ severity: 'error', nodeId: 'bought' })]);
    expect(lints[0]?.message).toBe(
      'In "Bought?", rule 1: purchasedSinceEntry needs true or false, not "yes".',
    );
  });

  it('fires for each bad rule of a trigger filter', () => {
    const journey = winbackWith((draft) => {
      const trigger = nodeIn(draft, 'trigger');
      if (trigger.type !== 'trigger' || trigger.config.kind !== 'segment') throw new Error('segment trigger');
      trigger.config.filter.rules[0]!.op = 'has';
      trigger.config.filter.rules[1]!.value = [1, 2];
    });
    const messages = lintsWithCode(journey, 'rule-mismatch').map((lint) => lint.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^In "Dormant 6 months", rule 1: /);
    expect(messages[1]).toMatch(/^In "Dormant 6 months", rule 2: /);
  });

  it('checks the optional filter of an event trigger', () => {
    const journey = winbackWith((draft) => {
      const trigger = nodeIn(draft, 'trigger');
      trigger.type = 'trigger';
      trigger.config = {
        kind: 'event',
        event: 'cart_abandoned',
        filter: { match: 'any', rules: [{ field: 'tier', op: 'eq', value: 'platinum' }] },
      };
    });
    expect(lintsWithCode(journey, 'rule-mismatch')).toHaveLength(1);
  });

  it('does not fire for fitting rules', () => {
    expect(lintsWithCode(winback(), 'rule-mismatch')).toEqual([]);
  });
});

describe('trigger-journey-fact', () => {
  it('warns when a trigger filters on a fact that exists only inside the journey', () => {
    const journey = winbackWith((draft) => {
      const trigger = nodeIn(draft, 'trigger');
      if (trigger.type === 'trigger' && trigger.config.kind === 'segment') {
        trigger.config.filter.rules.push({ field: 'touchesReceived', op: 'eq', value: 0 });
      }
    });
    const lints = lintsWithCode(journey, 'trigger-journey-fact');
    expect(lints).toEqual([expect.objectContaining({ severity: 'warning', nodeId: 'trigger' })]);
    expect(lints[0]?.message).toContain('rule 3 uses touchesReceived');
  });

  it('does not fire for the same fact in a condition', () => {
    expect(lintsWithCode(winback(), 'trigger-journey-fact')).toEqual([]);
  });
});
