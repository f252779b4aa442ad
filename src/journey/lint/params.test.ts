import { describe, expect, it } from 'vitest';
import { lintCodes, type LintCode } from './codes.ts';
import { lintExamples } from './examples.test-support.ts';
import { englishFormat, messageFormat } from './format.ts';
import { lintMessages } from './messages.ts';
import { LintSchema } from './types.ts';
import { lintsOf } from './lint.test-support.ts';

const codes = Object.keys(lintCodes) as LintCode[];

describe('LintSchema', () => {
  it('has one variant per lint code', () => {
    expect(LintSchema.options.map((variant) => variant.shape.code.value).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('accepts every %s lint as JSON carries it, params included', (code) => {
    const lints = lintsOf(lintExamples[code]);
    expect(lints.map((lint) => lint.code)).toContain(code);
    for (const lint of lints) {
      expect(LintSchema.parse(JSON.parse(JSON.stringify(lint)))).toEqual(lint);
    }
  });

  it('rejects a lint whose params do not belong to its code', () => {
    const [lint] = lintsOf(lintExamples['split-percent-sum']);
    expect(LintSchema.safeParse({ ...lint, code: 'no-trigger' }).success).toBe(false);
    expect(LintSchema.safeParse({ ...lint, params: { sum: 90 } }).success).toBe(false);
  });
});

describe('lint params', () => {
  it('name nodes by id, type and label, and missing nodes with type null', () => {
    const [unknown] = lintsOf(lintExamples['edge-unknown-node']).filter(
      (l) => l.code === 'edge-unknown-node',
    );
    expect(unknown?.params).toEqual({ edgeId: 'e6', end: 'target', nodeId: 'ghost' });
    const [loop] = lintsOf(lintExamples['self-loop']).filter((l) => l.code === 'self-loop');
    expect(loop?.params).toEqual({
      edgeId: 'again',
      node: { id: 'wait2d', type: 'wait', label: 'Wait 2 days' },
    });
  });

  it('carry split outputs with their variant label and the outputs a node does have', () => {
    const lint = lintsOf(lintExamples['edge-unknown-handle']).find((l) => l.code === 'edge-unknown-handle');
    expect(lint?.params).toMatchObject({
      handle: 'maybe',
      node: { id: 'bought', type: 'condition', label: 'Bought?' },
      outputs: [
        { id: 'yes', variant: null },
        { id: 'no', variant: null },
      ],
    });
  });

  it('carry a rule problem as data, numbered from 1', () => {
    const lints = lintsOf(lintExamples['rule-mismatch']).filter((l) => l.code === 'rule-mismatch');
    expect(lints.map((lint) => lint.params)).toEqual([
      expect.objectContaining({
        rule: 3,
        problem: { kind: 'out-of-range', field: 'churnRisk', value: 50, min: 0, max: 1 },
      }),
      expect.objectContaining({
        rule: 4,
        problem: expect.objectContaining({ kind: 'not-a-choice', value: '"gold"' }),
      }),
      expect.objectContaining({ rule: 5, problem: expect.objectContaining({ kind: 'operator', op: 'gt' }) }),
      expect.objectContaining({
        rule: 6,
        problem: expect.objectContaining({ kind: 'wrong-value', fieldKind: 'monthDay' }),
      }),
    ]);
  });
});

describe('English messages', () => {
  it('write numbers as English does, without floating-point noise', () => {
    const [long] = lintsOf(lintExamples['goal-attribution-long']);
    expect(long?.message).toContain('is 1,234 days; over 90 days');
    const sum = lintsOf(lintExamples['split-percent-sum']).find((l) => l.code === 'split-percent-sum');
    expect(sum?.message).toContain('add up to 89.9%');
  });

  it('are the message functions applied to the params', () => {
    const lint = lintsOf(lintExamples['duplicate-output-edge']).find(
      (l) => l.code === 'duplicate-output-edge',
    );
    if (!lint || lint.code !== 'duplicate-output-edge') throw new Error('no duplicate-output-edge lint');
    const renamed = { ...lint.params, node: { ...lint.params.node, label: '' } };
    expect(lintMessages['duplicate-output-edge'](renamed, englishFormat)).toContain(
      'The "no" output of the condition node "bought" already has a connection ("e5")',
    );
  });

  it('are formatted per locale by messageFormat', () => {
    expect(messageFormat('en').number(1234.5)).toBe('1,234.5');
    expect(messageFormat('de').number(1234.5)).toBe('1.234,5');
    expect(messageFormat('en').number(0.1 + 0.2)).toBe('0.3');
  });
});
