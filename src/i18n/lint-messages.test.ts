import { describe, expect, it } from 'vitest';
import { lintCodes, type Lint, type LintCode } from '../journey/index.ts';
import { lintExamples } from '../journey/lint/examples.test-support.ts';
import { lintsOf } from '../journey/lint/lint.test-support.ts';
import { en } from './en/index.ts';
import { localizedLintMessage } from './lint-messages.ts';
import { zhCN } from './zh-CN/index.ts';

const codes = Object.keys(lintCodes) as LintCode[];
const exampleLints: Lint[] = codes.flatMap((code) => lintsOf(lintExamples[code]));

function exampleLint<C extends LintCode>(code: C): Extract<Lint, { code: C }> {
  const lint = lintsOf(lintExamples[code]).find((candidate) => candidate.code === code);
  if (!lint) throw new Error(`the ${code} example has no ${code} lint`);
  return lint as Extract<Lint, { code: C }>;
}

const zh = (lint: Lint) => localizedLintMessage(lint, zhCN, 'zh-CN');

/** Every name a lint's params give a node, as it must appear in any language's message. */
function labelsIn(lint: Lint): string[] {
  const params: Record<string, unknown> = lint.params;
  const nodes = [params.node, ...(Array.isArray(params.nodes) ? params.nodes : [])];
  return nodes.flatMap((node) =>
    typeof node === 'object' && node !== null && 'label' in node && typeof node.label === 'string'
      ? [node.label.trim()].filter((label) => label !== '')
      : [],
  );
}

describe('the lints namespace', () => {
  it.each(codes)('has an English and a Chinese message for %s', (code) => {
    expect(typeof en.lints[code]).toBe('function');
    expect(typeof zhCN.lints[code]).toBe('function');
  });

  it('covers every code in the examples it is checked against', () => {
    expect(new Set(exampleLints.map((lint) => lint.code))).toEqual(new Set(codes));
  });
});

describe('localizedLintMessage', () => {
  it('in English is exactly the lint message the CLI and API show', () => {
    for (const lint of exampleLints) expect(localizedLintMessage(lint, en, 'en')).toBe(lint.message);
  });

  it('in Chinese words every example lint as a whole Chinese sentence naming its nodes', () => {
    for (const lint of exampleLints) {
      const message = zh(lint);
      expect(message, lint.code).toMatch(/[\u4e00-\u9fff]/);
      expect(message, lint.code).toMatch(/。$/);
      expect(message, lint.code).not.toMatch(/undefined|null|NaN|\[object/);
      expect(message, lint.code).not.toMatch(/[\u4e00-\u9fff][,;:]|[,;:][\u4e00-\u9fff]/);
      for (const label of labelsIn(lint)) expect(message, lint.code).toContain(`“${label}”`);
    }
  });

  it('writes numbers for the locale', () => {
    expect(zh(exampleLint('goal-attribution-long'))).toBe(
      '目标的归因窗口为 1,234 天；超过 90 天后，客户本来就会发生的购买也会被算作触达的功劳。建议缩短归因窗口。',
    );
    expect(zh(exampleLint('split-percent-sum'))).toBe(
      '“A/B test”各分支的比例合计为 89.9%，而不是 100%。请调整比例，使合计为 100%。',
    );
  });

  it('names unlabelled nodes by their Chinese type and id, and lists loop members', () => {
    expect(zh(exampleLint('unreachable-node'))).toBe(
      '没有从触发器通往退出节点“exit-end”的路径，任何客户都不会到达这里。请连接它，或将其删除。',
    );
    expect(zh(exampleLint('cycle-without-wait'))).toMatch(
      /^“Bought\?”和“WeCom advisor”构成了一个没有等待节点的循环/,
    );
  });

  it('names condition branches and split variants as the canvas does', () => {
    expect(zh(exampleLint('duplicate-output-edge'))).toBe(
      '“Bought?”的“否”分支已有一条连线（“e5”），而客户只能沿一条连线前进。请删除“e7”，或添加分流节点来分配客户。',
    );
    const sms = exampleLint('unconnected-output');
    expect(zh(sms)).toContain('“Bought?”的“否”分支没有连接：客户会在这里离开旅程。');
    const fromSplit = {
      ...exampleLint('edge-unknown-handle'),
      params: {
        ...exampleLint('edge-unknown-handle').params,
        outputs: [
          { id: 'a', variant: 'Wait first' },
          { id: 'b', variant: 'Stop' },
        ],
      },
    };
    expect(zh(fromSplit)).toContain('它的出口有：分支“Wait first”、分支“Stop”');
  });

  it('words rule problems in Chinese, numbering the rule', () => {
    const messages = lintsOf(lintExamples['rule-mismatch'])
      .filter((lint) => lint.code === 'rule-mismatch')
      .map(zh);
    expect(messages).toEqual([
      '“Dormant 6 months”的第 3 条规则：churnRisk 的取值始终在 0 到 1 之间，50 超出了范围。',
      '“Dormant 6 months”的第 4 条规则：tier 只能是 “vip”、“growth”、“mass”、“at_risk” 之一；"gold" 不在其中。',
      '“Dormant 6 months”的第 5 条规则：tags 的取值是一组标签，不适用运算符“gt”；请使用 “has”、“notHas”。',
      '“Dormant 6 months”的第 6 条规则：birthday 需要月日，格式为 MM-DD（例如“02-14”），而不是 "02-30"。',
    ]);
  });
});
