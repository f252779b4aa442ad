import type { Journey } from '../schema.ts';
import {
  allOf,
  anyOf,
  at,
  condition,
  edge,
  exit,
  journey,
  offer,
  rule,
  segmentTrigger,
  settings,
  touch,
  waitFor,
  waitForPurchase,
  type TemplateLocale,
} from './builders.ts';
import type { JourneyTemplate } from './types.ts';

const en = {
  name: 'Churn-risk recall: AI call and advisor hand-off',
  description:
    'Customers whose churn risk is 60% or more are recalled before they leave. High-value customers (VIP tier or ¥2,000+ this year) get an AI care call with a ¥50 voucher; if they have not bought two days later, their WeCom advisor follows up in person. Everyone else gets an SMS voucher and a WeChat reminder three days later.',
  trigger: 'Churn risk 60%+',
  highValue: 'VIP or spent ¥2,000+?',
  aiCall: 'AI call: care call + ¥50',
  aiCallMessage:
    'Hello, this is a courtesy call from the bakery. We noticed it has been a while since your last cake and we would love to hear how we did. As a thank-you, a ¥50 voucher is on its way to your account, valid for 7 days.',
  waitAfterCall: 'Bought within 2 days?',
  recalled: 'Recalled',
  advisor: 'WeCom advisor: personal follow-up',
  advisorMessage:
    'Hi, I am your cake advisor. Following up on our call: your ¥50 voucher is ready. Tell me the occasion and I will suggest a cake and reserve a pick-up slot for you.',
  sms: 'SMS: ¥20 voucher, 72 h',
  smsMessage:
    'We miss you! A ¥20 voucher for your next cake is in your account, valid for 72 hours. Reply TD to opt out.',
  wait3d: 'Wait 3 days',
  wechat: 'WeChat: new flavours',
  wechatMessage:
    'This season’s new flavours are in the shop: matcha chestnut and sea-salt cheese. Your ¥20 voucher still works today.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '流失预警召回:AI 外呼 + 顾问跟进',
  description:
    '流失风险 60% 以上的客户在流失前被召回。高价值客户(VIP 或年消费 2000 元以上)接到 AI 关怀外呼并获赠 50 元券;2 天内仍未下单的,由企业微信专属顾问人工跟进。其他客户收到短信优惠券,3 天后再收到微信新品提醒。',
  trigger: '流失风险 60% 以上',
  highValue: 'VIP 或年消费 2000 元以上?',
  aiCall: 'AI 外呼:关怀 + 50 元券',
  aiCallMessage:
    '您好,这里是蛋糕店的关怀回访。好久没见到您了,想听听您对我们的建议。为表感谢,已为您的账户送上一张 50 元代金券,7 天内有效。',
  waitAfterCall: '2 天内下单?',
  recalled: '已召回',
  advisor: '企业微信顾问:人工跟进',
  advisorMessage:
    '您好,我是您的专属蛋糕顾问。接着电话里说的,您的 50 元券已到账,告诉我用在什么场合,我帮您推荐款式并预留取货时间~',
  sms: '短信:20 元券,72 小时',
  smsMessage: '好久不见,我们想您了!一张 20 元蛋糕代金券已放入您的账户,72 小时内有效。回 TD 退订',
  wait3d: '等待 3 天',
  wechat: '微信:当季新品',
  wechatMessage: '当季新口味上架啦:抹茶栗子、海盐芝士。您的 20 元券今天仍可使用~',
  exit: '结束',
};

/**
 * Article 003 (cake shop): MA plus AI outbound calls recalled churning customers; article 001:
 * key customers go to a person. The AI call uses the channel default; the advisor's follow-up
 * after a call is warmer than a cold WeCom message, so it is assumed to convert at 6% (default 4%).
 * A cake shop's purchase cycle is long, so the cap is 2 touches a week and purchases are
 * credited over 10 days.
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  return journey({
    id: 'churn-risk-recall',
    name: text.name,
    description: text.description,
    settings: settings({
      frequencyCap: { maxTouches: 2, windowDays: 7 },
      goal: { event: 'purchase', attributionDays: 10, exitOnGoal: true },
    }),
    nodes: [
      segmentTrigger(
        { id: 'churn-risk', label: text.trigger, position: at(0, 0) },
        allOf(rule('churnRisk', 'gte', 0.6)),
      ),
      condition(
        { id: 'high-value', label: text.highValue, position: at(0, 1) },
        anyOf(rule('tier', 'eq', 'vip'), rule('monetary', 'gte', 2000)),
      ),
      touch(
        { id: 'ai-call', label: text.aiCall, position: at(-0.6, 2) },
        {
          channel: 'ai_call',
          template: 'churn-care-call-50',
          message: text.aiCallMessage,
          offer: offer('amount_off', 50, 168),
        },
      ),
      waitForPurchase({ id: 'wait-after-call', label: text.waitAfterCall, position: at(-0.6, 3) }, 48),
      exit({ id: 'recalled', label: text.recalled, position: at(-1.2, 4) }),
      touch(
        { id: 'advisor-handoff', label: text.advisor, position: at(0, 4) },
        {
          channel: 'wecom',
          template: 'churn-advisor-follow-up',
          message: text.advisorMessage,
          rates: { conversion: 0.06 },
        },
      ),
      touch(
        { id: 'recall-sms', label: text.sms, position: at(0.6, 2) },
        {
          channel: 'sms',
          template: 'churn-voucher-20-72h',
          message: text.smsMessage,
          offer: offer('amount_off', 20, 72),
        },
      ),
      waitFor({ id: 'wait-3d', label: text.wait3d, position: at(0.6, 3) }, 3, 'days'),
      touch(
        { id: 'recall-wechat', label: text.wechat, position: at(1.2, 4) },
        { channel: 'wechat', template: 'new-flavours', message: text.wechatMessage },
      ),
      exit({ id: 'done', label: text.exit, position: at(0.6, 5) }),
    ],
    edges: [
      edge('churn-risk', 'out', 'high-value'),
      edge('high-value', 'yes', 'ai-call'),
      edge('high-value', 'no', 'recall-sms'),
      edge('ai-call', 'out', 'wait-after-call'),
      edge('wait-after-call', 'event', 'recalled'),
      edge('wait-after-call', 'timeout', 'advisor-handoff'),
      edge('advisor-handoff', 'out', 'done'),
      edge('recall-sms', 'out', 'wait-3d'),
      edge('wait-3d', 'out', 'recall-wechat'),
      edge('recall-wechat', 'out', 'done'),
    ],
  });
}

export const churnRiskRecall: JourneyTemplate = {
  id: 'churn-risk-recall',
  cohortId: 'cake-shop',
  category: 'reactivation',
  build,
};
