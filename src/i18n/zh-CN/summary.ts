import type { Catalog } from '../catalog.ts';
import { translation } from '../message.ts';

type Num = (value: number) => string;

/** Chinese discounts are said as 折: 30% off is 7折, 25% off is 7.5折. */
const zhe = (percentOff: number, n: Num) => `${n((100 - percentOff) / 10)}折`;

export const summary = translation<Catalog['summary']>({
  separator: ' · ',
  listSeparator: '、',
  channels: {
    sms: '短信',
    email: '邮件',
    push: 'App 推送',
    wechat: '微信',
    wecom: '企业微信',
    ai_call: 'AI 外呼',
  },
  events: {
    purchase: '购买',
    click: '点击',
    signup: '注册',
    first_purchase: '首次购买',
    cart_abandoned: '加购未支付',
    browse_no_purchase: '浏览未购买',
    order_unpaid: '订单未支付',
    points_threshold: '积分达到门槛',
  },
  fields: {
    id: '客户 ID',
    lifecycleStage: '生命周期阶段',
    tier: '会员等级',
    recencyDays: '距上次消费',
    frequency: '近 365 天订单数',
    monetary: '近 365 天消费额',
    points: '积分',
    tags: '标签',
    city: '城市',
    churnRisk: '流失风险',
    birthday: '生日',
    signupDate: '注册日期',
    consentSms: '短信授权',
    consentEmail: '邮件授权',
    consentPush: '推送授权',
    consentWechat: '微信授权',
    consentWecom: '企业微信授权',
    consentAiCall: 'AI 外呼授权',
    dailyPurchaseProbability: '每日自然购买概率',
    responsiveness: '响应度',
    purchasedSinceEntry: '进入后已购买',
    clickedLastTouch: '点击了上一次触达',
    touchesReceived: '已收到触达数',
    daysSinceEntry: '进入旅程天数',
  },
  numberUnits: {
    recencyDays: (value) => `${value} 天`,
    daysSinceEntry: (value) => `${value} 天`,
    monetary: (value) => `¥${value}`,
  },
  enumValues: {
    new: '新客',
    active: '活跃',
    loyal: '忠诚',
    at_risk: '有流失风险',
    dormant: '沉睡',
    churned: '已流失',
    vip: 'VIP',
    growth: '成长',
    mass: '大众',
  },
  yes: '是',
  no: '否',
  ops: {
    number: { eq: '=', neq: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤', in: '属于', notIn: '不属于' },
    text: { eq: '为', neq: '不为', in: '属于', notIn: '不属于' },
    calendar: { eq: '为', neq: '不为', gt: '晚于', gte: '不早于', lt: '早于', lte: '不晚于' },
    tags: { has: '含标签', notHas: '不含标签' },
  },
  matchJoin: { all: ' 且 ', any: ' 或 ' },
  moreRules: (count, n) => `等另外 ${n(count)} 条`,
  noRules: '尚无规则',
  everyone: '所有客户',
  trigger: {
    segment: (filter) => `客群：${filter}`,
    event: (event) => `发生${event}时`,
    date: {
      birthday: '生日',
      signupAnniversary: '注册周年日',
    },
    dateOffset: (field, days, at, n) =>
      days === 0 ? `${field}当天 ${at}` : `${field}${days < 0 ? '前' : '后'} ${n(Math.abs(days))} 天 ${at}`,
  },
  wait: {
    duration: {
      minutes: (amount, n) => `等待 ${n(amount)} 分钟`,
      hours: (amount, n) => `等待 ${n(amount)} 小时`,
      days: (amount, n) => `等待 ${n(amount)} 天`,
    },
    until: (at) => `等到 ${at}`,
    untilOn: (at, days) => `等到${days} ${at}`,
    weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    event: (event, hours, n) => `等待${event}，最长 ${n(hours)} 小时`,
  },
  touch: {
    noTemplate: '未选模板',
    offer: {
      percent_off: zhe,
      amount_off: (value, n) => `立减 ¥${n(value)}`,
      points: (value, n) => `${n(value)} 积分`,
      gift: () => '赠品',
    },
    validFor: (offer, hours, n) => `${offer}，${n(hours)} 小时有效`,
  },
  split: {
    variant: (label, percent, n) => `${label} ${n(percent)}%`,
  },
  exit: '客户离开旅程',
  outputs: { out: '下一步', yes: '是', no: '否', event: '事件发生', timeout: '超时' },
});
