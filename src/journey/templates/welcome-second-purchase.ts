import type { Journey } from '../schema.ts';
import {
  allOf,
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
  name: 'New customer: welcome to the second purchase',
  description:
    'New members with one order get a welcome SMS with a ¥15 coupon for their second order (valid 14 days), then a WeChat guide to member benefits three days later. Whoever has not bought after a week is split: those who tapped the guide get a personal WeCom advisor, the rest a last-call SMS before the coupon expires.',
  trigger: 'New members with one order',
  welcome: 'SMS: welcome + ¥15 coupon',
  welcomeMessage:
    'Welcome to the club! Thanks for your first order. Here is ¥15 off your next one, valid for 14 days. Reply TD to opt out.',
  wait: 'Wait 3 days',
  guide: 'WeChat: member benefits guide',
  guideMessage:
    'Get the most from your membership: earn points on every order, free shipping over ¥99 and member-only prices. Your ¥15 coupon is still waiting.',
  waitPurchase: 'Second order within 7 days?',
  bought: 'Second order placed',
  clicked: 'Tapped the guide?',
  advisor: 'WeCom advisor: personal picks',
  advisorMessage:
    'Hi, I am your member advisor. Based on your first order, here are three items customers like you love. Reply any time and I will help you choose.',
  lastCall: 'SMS: coupon ends in 48 h',
  lastCallMessage: 'Your ¥15 welcome coupon expires in 48 hours. Do not miss it! Reply TD to opt out.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '新客二次复购欢迎旅程',
  description:
    '只下过一单的新会员先收到欢迎短信和一张 15 元二单券(14 天有效),3 天后收到微信会员权益指南。一周后仍未复购的客户分流:点过指南的由企业微信顾问一对一推荐,其余客户在券到期前收到最后提醒短信。',
  trigger: '只下过一单的新会员',
  welcome: '短信:欢迎 + 15 元券',
  welcomeMessage: '欢迎加入会员!感谢您的首单,送您一张 15 元二单优惠券,14 天内有效。回 TD 退订',
  wait: '等待 3 天',
  guide: '微信:会员权益指南',
  guideMessage: '会员权益一览:每单累积积分、满 99 元包邮、会员专享价。您的 15 元优惠券还在等您使用哦~',
  waitPurchase: '7 天内二次下单?',
  bought: '已完成二单',
  clicked: '点击过指南?',
  advisor: '企业微信顾问:专属推荐',
  advisorMessage:
    '您好,我是您的专属会员顾问。根据您的首单,为您挑了 3 款同类客户最爱的商品,有任何问题随时回复我~',
  lastCall: '短信:券 48 小时后到期',
  lastCallMessage: '您的 15 元新人券将在 48 小时后到期,别错过啦!回 TD 退订',
  exit: '结束',
};

/**
 * Article 004: right after the first order, welcome the customer, explain the membership and
 * give a time-limited second-order coupon. Entry is the segment of new members with one order
 * (what the new-members sample holds); a live deployment could use the first_purchase event.
 * Purchases are credited over 14 days, the life of the coupon.
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  return journey({
    id: 'welcome-second-purchase',
    name: text.name,
    description: text.description,
    settings: settings({ goal: { event: 'purchase', attributionDays: 14, exitOnGoal: true } }),
    nodes: [
      segmentTrigger(
        { id: 'new-members', label: text.trigger, position: at(0, 0) },
        allOf(rule('lifecycleStage', 'eq', 'new'), rule('frequency', 'lte', 1)),
      ),
      touch(
        { id: 'welcome', label: text.welcome, position: at(0, 1) },
        {
          channel: 'sms',
          template: 'welcome-second-order-15',
          message: text.welcomeMessage,
          offer: offer('amount_off', 15, 336),
        },
      ),
      waitFor({ id: 'wait-3d', label: text.wait, position: at(0, 2) }, 3, 'days'),
      touch(
        { id: 'benefits-guide', label: text.guide, position: at(0, 3) },
        { channel: 'wechat', template: 'member-benefits-guide', message: text.guideMessage },
      ),
      waitForPurchase({ id: 'wait-purchase', label: text.waitPurchase, position: at(0, 4) }, 168),
      exit({ id: 'second-order', label: text.bought, position: at(-0.6, 5) }),
      condition(
        { id: 'clicked-guide', label: text.clicked, position: at(0.6, 5) },
        allOf(rule('clickedLastTouch', 'eq', true)),
      ),
      touch(
        { id: 'advisor', label: text.advisor, position: at(0, 6) },
        { channel: 'wecom', template: 'new-member-advisor-picks', message: text.advisorMessage },
      ),
      touch(
        { id: 'last-call', label: text.lastCall, position: at(1.2, 6) },
        { channel: 'sms', template: 'welcome-coupon-last-call', message: text.lastCallMessage },
      ),
      exit({ id: 'done', label: text.exit, position: at(0.6, 7) }),
    ],
    edges: [
      edge('new-members', 'out', 'welcome'),
      edge('welcome', 'out', 'wait-3d'),
      edge('wait-3d', 'out', 'benefits-guide'),
      edge('benefits-guide', 'out', 'wait-purchase'),
      edge('wait-purchase', 'event', 'second-order'),
      edge('wait-purchase', 'timeout', 'clicked-guide'),
      edge('clicked-guide', 'yes', 'advisor'),
      edge('clicked-guide', 'no', 'last-call'),
      edge('advisor', 'out', 'done'),
      edge('last-call', 'out', 'done'),
    ],
  });
}

export const welcomeSecondPurchase: JourneyTemplate = {
  id: 'welcome-second-purchase',
  cohortId: 'new-members',
  category: 'onboarding',
  build,
};
