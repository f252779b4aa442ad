import type { EdgeRef, HandleRef, MessageFormat, NodeRef, RuleProblem } from '../../journey/index.ts';
import type { Catalog } from '../catalog.ts';

/**
 * 旅程检查（lint）的中文提示：每个 code 一个函数，参数与英文 `lintMessages` 相同。
 * Field names, operators and values stay as the filter shows them (recencyDays, "gt", "02-30"):
 * they are what the marketer typed and what the filter builder lists.
 */

const nodeTypeNames: Record<NonNullable<NodeRef['type']>, string> = {
  trigger: '触发器',
  condition: '条件',
  wait: '等待',
  touch: '触达',
  split: '分流',
  exit: '退出',
};

/** A node by its label; unlabelled, by type and id so it can still be found on the canvas. */
function nodeName(node: NodeRef): string {
  const label = node.label.trim();
  if (node.type === null) return `“${node.id}”`;
  return label === '' ? `${nodeTypeNames[node.type]}节点“${node.id}”` : `“${label}”`;
}

/** “A”、“B”和“C” */
function listNames(nodes: readonly NodeRef[]): string {
  const names = nodes.map(nodeName);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

/** The condition and event-wait outputs as the canvas labels them in Chinese. */
const branchNames: Record<string, string> = { yes: '是', no: '否', event: '事件发生', timeout: '超时' };

function handleName(handle: HandleRef): string {
  if (handle.variant !== null) return `分支“${handle.variant}”`;
  const branch = branchNames[handle.id];
  return branch === undefined ? `出口“${handle.id}”` : `“${branch}”分支`;
}

const outputName = (node: NodeRef, handle: HandleRef) =>
  handle.id === 'out' ? `${nodeName(node)}的出口` : `${nodeName(node)}的${handleName(handle)}`;

const edgeName = (edge: EdgeRef) => `从${nodeName(edge.source)}到${nodeName(edge.target)}的连线“${edge.id}”`;

const kindWords: Record<Extract<RuleProblem, { kind: 'operator' }>['fieldKind'], string> = {
  number: '数字',
  boolean: '是或否（true / false）',
  enum: '固定选项之一',
  text: '文本',
  tags: '一组标签',
  monthDay: '月日（格式为 MM-DD）',
  date: '日期（格式为 YYYY-MM-DD）',
};

const valueNeeds: Record<Extract<RuleProblem, { kind: 'wrong-value' }>['fieldKind'], string> = {
  number: '数字',
  boolean: '布尔值（true 或 false）',
  text: '文本',
  tags: '一个标签名称',
  monthDay: '月日，格式为 MM-DD（例如“02-14”）',
  date: '日期，格式为 YYYY-MM-DD（例如“2026-03-01”）',
};

const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join('、');

function rangeWords(min: number | null, max: number | null, f: MessageFormat): string {
  if (min !== null && max !== null) return `在 ${f.number(min)} 到 ${f.number(max)} 之间`;
  if (min !== null) return `不小于 ${f.number(min)}`;
  if (max !== null) return `不大于 ${f.number(max)}`;
  return '在固定范围内'; // a field without bounds is never out of range
}

function ruleProblemMessage(problem: RuleProblem, f: MessageFormat): string {
  switch (problem.kind) {
    case 'operator':
      return `${problem.field} 的取值是${kindWords[problem.fieldKind]}，不适用运算符“${problem.op}”；请使用 ${quoted(problem.allowed)}。`;
    case 'not-a-list':
      return `“${problem.op}”将 ${problem.field} 与一组值比较，但值 ${problem.value} 不是列表。`;
    case 'empty-list':
      return `“${problem.op}”至少需要一个值来与 ${problem.field} 比较。`;
    case 'list-not-allowed':
      return `“${problem.op}”只能将 ${problem.field} 与单个值比较，不能使用列表${problem.listOperators ? '；如需与一组值比较，请使用“in”或“notIn”' : ''}。`;
    case 'wrong-value':
      return `${problem.field} 需要${valueNeeds[problem.fieldKind]}，而不是 ${problem.value}。`;
    case 'out-of-range':
      return `${problem.field} 的取值始终${rangeWords(problem.min, problem.max, f)}，${f.number(problem.value)} 超出了范围。`;
    case 'not-a-choice':
      return `${problem.field} 只能是 ${quoted(problem.choices)} 之一；${problem.value} 不在其中。`;
  }
}

const LEAVE = '客户会在这里离开旅程。请连接到下一步，或连接到退出节点以明确旅程在此结束。';

export const lints: Catalog['lints'] = {
  'no-trigger': () => '旅程没有触发器，任何客户都不会进入。请添加一个触发器节点。',
  'timezone-invalid': ({ timezone, reason }) =>
    `时区“${timezone}”不是有效的时区名称${reason === null ? '' : `（${reason}）`}。请使用“Asia/Shanghai”或“Europe/Berlin”这样的名称。`,
  'frequency-cap-invalid': (params, f) =>
    params.problem === 'max-touches'
      ? `频控允许的触达次数为 ${f.number(params.maxTouches)}，任何客户都无法被触达。请至少允许 1 次，或关闭频控。`
      : `频控的统计周期为 ${f.number(params.windowDays)} 天；周期必须是 1 到 ${f.number(params.longest)} 之间的整数天数。`,
  'quiet-hours-same-start-end': ({ time }) =>
    `免打扰时段的开始和结束时间相同（${time}），无法判断是不生效还是全天生效。请设置不同的开始和结束时间，或关闭免打扰时段。`,
  'goal-attribution-not-positive': ({ days }, f) =>
    `目标的归因窗口为 ${f.number(days)} 天，任何购买都无法归因到触达。请至少设置 1 天。`,
  'goal-attribution-long': ({ days, longest }, f) =>
    `目标的归因窗口为 ${f.number(days)} 天；超过 ${f.number(longest)} 天后，客户本来就会发生的购买也会被算作触达的功劳。建议缩短归因窗口。`,
  'duplicate-node-id': ({ node }) =>
    `${nodeName(node)}的 ID“${node.id}”已被另一个节点使用，连线无法区分这两个节点。请为它设置新的 ID。`,
  'split-percent-sum': ({ node, sum }, f) =>
    `${nodeName(node)}各分支的比例合计为 ${f.number(sum)}%，而不是 100%。请调整比例，使合计为 100%。`,
  'duplicate-variant-id': ({ node, variantId, variantLabel }) =>
    `${nodeName(node)}有两个分支使用了同一个 ID“${variantId}”，它们的出口无法区分。请为分支“${variantLabel}”设置新的 ID。`,
  'touch-template-blank': ({ node }) =>
    `${nodeName(node)}没有指定消息模板，没有可发送的内容。请选择一个模板。`,
  'offer-percent-over-100': ({ node, percent }, f) =>
    `${nodeName(node)}的优惠减免 ${f.number(percent)}%，但减免比例不能超过 100%。`,
  'condition-no-rules': ({ node, match }) =>
    `${nodeName(node)}没有任何规则，因此${match === 'all' ? '所有客户都会匹配并进入“是”分支' : '没有客户会匹配，所有人都会进入“否”分支'}。请添加规则，或删除该条件。`,
  'rule-mismatch': ({ node, rule, problem }, f) =>
    `${nodeName(node)}的第 ${f.number(rule)} 条规则：${ruleProblemMessage(problem, f)}`,
  'trigger-journey-fact': ({ node, rule, field }, f) =>
    `${nodeName(node)}的第 ${f.number(rule)} 条规则使用了 ${field}，这个字段只有在客户进入旅程后才有意义；触发器检查它时还没有人进入。请改在条件节点中使用。`,
  'unconnected-output': ({ node, handle }) =>
    handle.id === 'out'
      ? `${nodeName(node)}之后没有任何步骤：${LEAVE}`
      : `${outputName(node, handle)}没有连接：${LEAVE}`,
  'unreachable-node': ({ node }) =>
    `没有从触发器通往${nodeName(node)}的路径，任何客户都不会到达这里。请连接它，或将其删除。`,
  'cycle-without-wait': ({ nodes }) =>
    `${listNames(nodes)}构成了一个没有等待节点的循环，客户会在其中无限循环，而时间不会推进。请在循环中加入等待节点，或删除一条连线。`,
  'loop-without-exit': ({ nodes }) =>
    `经由${listNames(nodes)}进入循环的客户永远无法离开：没有连线通向循环之外，他们会一直停留在旅程中，直到旅程结束或达成目标。请将循环中的某个出口向后连接，例如连接到退出节点。`,
  'duplicate-edge-id': ({ edge }) => `有两条连线使用了 ID“${edge.id}”；请为${edgeName(edge)}设置新的 ID。`,
  'edge-unknown-node': ({ edgeId, end, nodeId }) =>
    `连线“${edgeId}”的${end === 'source' ? '起点' : '终点'}“${nodeId}”在旅程中不存在。请删除这条连线或重新连接。`,
  'edge-unknown-handle': ({ edge, handle, node, outputs }) =>
    `${edgeName(edge)}从出口“${handle}”连出，但${nodeName(node)}没有这个出口（${outputs.length === 0 ? '它没有任何出口' : `它的出口有：${outputs.map(handleName).join('、')}`}）。请从已有的出口重新连接。`,
  'duplicate-output-edge': ({ node, handle, firstEdgeId, edgeId }) =>
    `${outputName(node, handle)}已有一条连线（“${firstEdgeId}”），而客户只能沿一条连线前进。请删除“${edgeId}”，或添加分流节点来分配客户。`,
  'edge-into-trigger': ({ edge }) =>
    `${edgeName(edge)}连回了触发器；客户只能从触发器进入旅程，无法被送回触发器。请改为连接到触发器之后的步骤。`,
  'self-loop': ({ edgeId, node }) =>
    `连线“${edgeId}”从${nodeName(node)}直接连回自身。请删除它；如需重复执行某些步骤，请经由等待节点回到前面的步骤。`,
};
