import type { FieldKind } from '../../cohort/fields.ts';
import type { RuleProblem } from '../../journey/index.ts';
import type { Catalog } from '../catalog.ts';
import { translation } from '../message.ts';
import { journeyProblemDetailText } from './journey-problems.ts';

type Num = (value: number) => string;

const kindNeeds: Record<
  Extract<FieldKind, 'number' | 'boolean' | 'text' | 'tags' | 'monthDay' | 'date'>,
  string
> = {
  number: '一个数字',
  boolean: '是或否',
  text: '一段文本',
  tags: '一个标签名称',
  monthDay: '月-日，格式为 MM-DD（例如 02-14）',
  date: '日期，格式为 YYYY-MM-DD（例如 2026-03-01）',
};

/** The rule problems the builder can still produce, worded for the row they concern. */
function ruleProblem(problem: RuleProblem): string {
  switch (problem.kind) {
    case 'operator':
      return '这个运算符不适用于该字段，请重新选择。';
    case 'not-a-list':
    case 'empty-list':
      return '请至少填写一个值。';
    case 'list-not-allowed':
      return '这里只能填写一个值。';
    case 'wrong-value':
      return `这里需要${kindNeeds[problem.fieldKind]}。`;
    case 'out-of-range':
      if (problem.min !== null && problem.max !== null)
        return `取值必须在 ${problem.min} 到 ${problem.max} 之间。`;
      return problem.min !== null ? `取值不能小于 ${problem.min}。` : `取值不能大于 ${problem.max ?? ''}。`;
    case 'not-a-choice':
      return `请从 ${problem.choices.join('、')} 中选择。`;
  }
}

export const inspector = translation<Catalog['inspector']>({
  panelLabel: '属性面板',
  nodeTypes: {
    trigger: '触发器',
    condition: '条件',
    wait: '等待',
    touch: '触达',
    split: '分流',
    exit: '退出',
  },
  multiple: (count, n) => `已选择 ${n(count)} 个步骤`,
  multipleHint: '只选择一个步骤即可编辑它。按 Delete 会删除全部所选步骤。',
  node: {
    label: '名称',
    id: '步骤 ID',
    idHint: '会出现在导出的文件中；修改 ID 后连线会自动跟随。',
    problems: '此步骤待检查',
    connections: '连接',
    nextStep: '下一步',
    nextStepAfter: (output) => `“${output}”之后的下一步`,
    notConnected: '— 未连接 —',
    unlabelled: (type, id) => `${type}（${id}）`,
  },
  journey: {
    heading: '旅程',
    name: '名称',
    description: '描述',
    settings: '设置',
    timezone: '时区',
    timezoneHint: 'IANA 时区名称，例如 Asia/Shanghai；免打扰时段和具体时刻都按此时区计算。',
    reentry: '重复进入',
    reentryQuestion: '客户能否再次进入？',
    reentryOnce: '不能，只进入一次',
    reentryAfterExit: '可以，离开旅程后再次进入',
    cooldownDays: '再次进入前的冷却期（天）',
    frequencyCap: '频控',
    frequencyCapOn: '限制每位客户的触达频次',
    maxTouches: '最多（次触达）',
    windowDays: '统计周期（天）',
    quietHours: '免打扰时段',
    quietHoursOn: '免打扰时段内暂缓触达',
    quietHoursHint: '期间到期的触达会在时段结束时发送。',
    quietStart: '开始时间',
    quietEnd: '结束时间',
    goal: '转化目标',
    goalOn: '追踪转化目标',
    goalEvent: '目标事件',
    attributionDays: '归因窗口（天）',
    exitOnGoal: '达成目标的客户离开旅程',
    holdoutPercent: '对照组（占进入客户的 %）',
    holdoutHint: '对照组客户不接收任何触达，用于衡量增量效果；0 到 50。',
    problems: '设置待检查',
  },
  trigger: {
    kind: '客户进入方式',
    kinds: { segment: '旅程开始时，符合客群条件的客户', event: '发生某个事件时', date: '每年的某个日期' },
    event: '事件',
    dateField: '日期',
    dateFields: { birthday: '生日', signupAnniversary: '注册周年日' },
    offsetDays: '提前（−）或推后（+）的天数',
    at: '时间',
    segmentFilter: '哪些客户进入',
    optionalFilter: '仅限符合条件的客户（可选）',
  },
  condition: { filter: '满足以下条件的客户进入“是”分支' },
  wait: {
    kind: '等待方式',
    kinds: { duration: '等待一段时间', until: '等到某个时刻', event: '等待某个事件，设置超时' },
    amount: '时长',
    unit: '单位',
    units: { minutes: '分钟', hours: '小时', days: '天' },
    at: '等到（时间）',
    weekdays: '仅限以下日期（都不勾选表示每天）',
    weekdayNames: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    event: '事件',
    timeoutHours: '超时时间（小时）',
  },
  touch: {
    channel: '渠道',
    channelHint: '选择渠道后会自动填入该渠道的典型成本和转化率。',
    defaultsFilled: (channel) => `已填入${channel}的典型成本和转化率。`,
    template: '模板',
    message: '文案',
    offer: '权益',
    offerType: '权益类型',
    offerNone: '无权益',
    offerTypes: {
      percent_off: '折扣（减免 %）',
      amount_off: '立减金额（¥）',
      points: '赠送积分',
      gift: '赠品',
    },
    offerValue: '权益数值',
    validHours: '有效期（小时，可选）',
    costPerSend: '单次发送成本（¥）',
    rates: '预期比率，0 到 1',
    delivery: '送达率',
    click: '点击率',
    conversion: '转化率',
  },
  split: {
    variants: '分支',
    variant: (index) => `分支 ${index}`,
    label: '名称',
    percent: '比例（%）',
    remove: (label) => `删除分支 ${label}`,
    add: '添加分支',
    evenly: '平均分配',
    total: (sum, n) => `合计：${n(sum)}%`,
  },
  exit: { none: '到达此步骤的客户会离开旅程。此步骤没有可设置的内容。' },
  filter: {
    match: '匹配方式',
    matchAll: '满足全部规则',
    matchAny: '满足任一规则',
    rule: (index) => `规则 ${index}`,
    field: '字段',
    op: '运算符',
    value: '值',
    values: '值',
    listHint: '多个值用逗号分隔',
    monthDayHint: '月-日，格式 MM-DD',
    add: '添加规则',
    remove: (index) => `删除规则 ${index}`,
    emptyAll: '没有规则：所有客户都匹配。',
    emptyAny: '没有规则：没有客户匹配。',
    customerFields: '客户属性',
    journeyFacts: '旅程内行为',
    ops: {
      number: {
        eq: '等于',
        neq: '不等于',
        gt: '大于',
        gte: '不小于',
        lt: '小于',
        lte: '不大于',
        in: '属于',
        notIn: '不属于',
      },
      choice: { eq: '是', neq: '不是', in: '属于', notIn: '不属于' },
      calendar: { eq: '是', neq: '不是', gt: '晚于', gte: '不早于', lt: '早于', lte: '不晚于' },
      tags: { has: '含有标签', notHas: '不含标签' },
    },
    notANumber: (text) => `“${text}”不是数字。`,
    ruleProblem,
  },
  // The import dialog's words for the same issue, except where a field asks for typing ("请输入").
  fieldIssue: (issue, _schemaMessage, n: Num) => {
    if (issue.kind === 'not-a-number') return '请输入数字。';
    if (issue.kind === 'whole-number') return '请输入整数。';
    return journeyProblemDetailText(issue, n) ?? '取值无效。';
  },
});
