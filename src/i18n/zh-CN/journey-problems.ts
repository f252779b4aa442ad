import type { Problem, ProblemDetail, SchemaRule } from '../../journey/index.ts';
import type { Catalog } from '../catalog.ts';

type Num = (value: number) => string;

/** A value of the file, written as in the file (the same quoting the English message uses). */
const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join('、');

const typeWords: Record<string, string> = {
  string: '必须是文本。',
  boolean: '必须是布尔值（是或否）。',
  array: '必须是列表。',
  object: '必须是带字段的对象。',
  null: '必须为空值。',
};

function ruleText(rule: SchemaRule, limit: string): string {
  switch (rule) {
    case 'timezone-required':
      return '必须填写时区，例如 Asia/Shanghai。';
    case 'edge-output-required':
      return '必须指明连线从哪个输出出发。';
    case 'whole-days':
      return '必须是整数天数。';
    case 'weekday':
      return '必须是 0（星期日）到 6（星期六）之间的星期几。';
    case 'weekdays-empty':
      return '至少列出一个星期几，或者不填此项。';
    case 'wait-max-one-year':
      return `不能大于 ${limit}（一年的分钟数）。`;
    case 'timeout-max-one-year':
      return `不能大于 ${limit} 小时（一年）。`;
    case 'split-min-variants':
      return `分流至少需要 ${limit} 个分支。`;
    case 'split-max-variants':
      return `分流最多只能有 ${limit} 个分支。`;
    case 'max-nodes':
      return `一个旅程最多只能有 ${limit} 个节点。`;
    case 'max-edges':
      return `一个旅程最多只能有 ${limit} 条连线。`;
    case 'max-filter-rules':
      return `最多只能有 ${limit} 条规则。`;
  }
}

/**
 * A problem's description in Chinese, as a sentence; null for `other`, whose English words the
 * caller shows as they are (kept rather than lost). Also words the inspector's field messages.
 */
export function journeyProblemDetailText(detail: ProblemDetail, n: Num): string | null {
  switch (detail.kind) {
    case 'empty-file':
      return '文件是空的。';
    case 'not-json':
      return detail.line === null || detail.column === null
        ? '不是有效的 JSON。'
        : `不是有效的 JSON：第 ${n(detail.line)} 行第 ${n(detail.column)} 列有无法识别的内容。`;
    case 'too-large':
      return `文件大小为 ${n(detail.megabytes)} MB，旅程文件最大只能是 ${n(detail.maxMegabytes)} MB。`;
    case 'unreadable':
      return `无法读取（${JSON.stringify(detail.reason)}）。`;
    case 'not-an-object':
      return '必须是描述旅程的 JSON 对象。';
    case 'not-journey-canvas':
      return `必须是 ${JSON.stringify(detail.expected)}：此文件不是 Journey Canvas 旅程文件。`;
    case 'schema-version-invalid':
      return '必须是从 1 开始的整数。';
    case 'schema-version-newer':
      return `此文件由更新版本的 Journey Canvas 创建（格式版本 ${n(detail.version)}），本应用最高只能读取版本 ${n(detail.supported)}：请更新应用后再打开。`;
    case 'schema-version-unreadable':
      return `格式版本 ${n(detail.version)} 已无法读取。`;
    case 'unknown-field':
      return '不是已知字段：请删除它。';
    case 'one-of':
      if (detail.missing) return `必填（可选值：${list(detail.values)}）。`;
      return detail.values.length === 1
        ? `必须是 ${list(detail.values)}。`
        : `必须是以下之一：${list(detail.values)}。`;
    case 'no-accepted-form':
      return '不符合任何可接受的形式。';
    case 'required':
      return '必填。';
    case 'not-a-number':
      return '必须是数字。';
    case 'whole-number':
      return '必须是整数。';
    case 'wrong-type':
      return typeWords[detail.expected] ?? '类型不正确。';
    case 'min':
      return detail.inclusive ? `不能小于 ${n(detail.min)}。` : `必须大于 ${n(detail.min)}。`;
    case 'max':
      return detail.inclusive ? `不能大于 ${n(detail.max)}。` : `必须小于 ${n(detail.max)}。`;
    case 'between':
      return `必须在 ${n(detail.min)} 到 ${n(detail.max)} 之间。`;
    case 'min-length':
      return `至少 ${n(detail.min)} 个字符。`;
    case 'max-length':
      return `最多 ${n(detail.max)} 个字符。`;
    case 'min-items':
      return `至少需要 ${n(detail.min)} 项。`;
    case 'max-items':
      return `最多 ${n(detail.max)} 项。`;
    case 'multiple-of':
      return `必须是 ${n(detail.divisor)} 的倍数。`;
    case 'format':
      if (detail.format === 'time') return '请填写 HH:MM 格式的时间，从 00:00 到 23:59。';
      if (detail.format === 'id') return '只能使用字母、数字、“-”和“_”。';
      return '格式不正确。';
    case 'rule':
      return ruleText(detail.rule, detail.limit === null ? '' : n(detail.limit));
    case 'other':
      return null;
  }
}

export const journeyProblems: Catalog['journeyProblems'] = {
  text: (problem: Problem, n: Num) =>
    (problem.detail && journeyProblemDetailText(problem.detail, n)) ?? problem.message,
};
