import type { Journey } from '../schema.ts';
import {
  allOf,
  at,
  condition,
  dateTrigger,
  edge,
  exit,
  journey,
  offer,
  rule,
  settings,
  touch,
  waitFor,
  type TemplateLocale,
} from './builders.ts';
import type { JourneyTemplate } from './types.ts';

const en = {
  name: 'Birthday: double points week',
  description:
    'Three days before a member’s birthday: VIPs hear from their WeCom advisor, everyone else gets a WeChat greeting, both with double points on every order this birthday week (up to 1,000 / 500 bonus points). On the day itself an SMS wishes happy birthday and reminds them the bonus is running.',
  trigger: '3 days before birthday, 10:00',
  isVip: 'VIP member?',
  vipAdvisor: 'WeCom advisor: birthday gift',
  vipMessage:
    'Happy early birthday! As one of our VIPs you earn double points on every order this week — up to 1,000 bonus points — and your birthday cake comes with a free message plaque. Just reply to me to reserve it.',
  greeting: 'WeChat: double points week',
  greetingMessage:
    'Your birthday is coming up! Order any cake this week and earn double points, up to 500 bonus points. Tap to pick your flavour.',
  waitBirthday: 'Wait until the birthday',
  birthdaySms: 'SMS: happy birthday',
  birthdayMessage:
    'Happy birthday from all of us! Your double points are active for 4 more days. Reply TD to opt out.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '生日关怀:双倍积分周',
  description:
    '会员生日前 3 天:VIP 客户由企业微信专属顾问送上祝福,其他客户收到微信生日提醒;生日周内每笔订单享双倍积分(最多加赠 1000 / 500 积分)。生日当天再发一条短信祝福,提醒双倍积分仍在进行中。',
  trigger: '生日前 3 天 10:00',
  isVip: '是否 VIP 会员?',
  vipAdvisor: '企业微信顾问:生日礼遇',
  vipMessage:
    '提前祝您生日快乐!作为我们的 VIP 会员,本周每笔订单享双倍积分(最多加赠 1000 积分),生日蛋糕还可免费定制祝福语牌,回复我即可预订~',
  greeting: '微信:双倍积分周',
  greetingMessage: '您的生日快到啦!本周下单任意蛋糕享双倍积分,最多加赠 500 积分,点击挑选您喜欢的口味。',
  waitBirthday: '等待至生日当天',
  birthdaySms: '短信:生日祝福',
  birthdayMessage: '祝您生日快乐!您的双倍积分还有 4 天有效,别忘了使用哦。回 TD 退订',
  exit: '结束',
};

/**
 * Birthday care is a courtesy members expect, so no holdout withholds it. A member re-enters
 * after 300 days, i.e. for next year's birthday. Purchases are credited over the 10 days from the
 * first message to the end of the birthday week; members who buy stay in for the birthday wish.
 * A birthday is itself a reason to buy a cake, so the greeting is assumed to convert at 3%
 * (the WeChat default of 1.5% is for an ordinary send).
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  return journey({
    id: 'birthday-double-points',
    name: text.name,
    description: text.description,
    settings: settings({
      reentry: { mode: 'after-exit', cooldownDays: 300 },
      goal: { event: 'purchase', attributionDays: 10, exitOnGoal: false },
      holdoutPercent: 0,
    }),
    nodes: [
      dateTrigger({ id: 'birthday', label: text.trigger, position: at(0, 0) }, 'birthday', -3, '10:00'),
      condition({ id: 'is-vip', label: text.isVip, position: at(0, 1) }, allOf(rule('tier', 'eq', 'vip'))),
      touch(
        { id: 'vip-advisor', label: text.vipAdvisor, position: at(-0.6, 2) },
        {
          channel: 'wecom',
          template: 'birthday-vip-advisor',
          message: text.vipMessage,
          offer: offer('points', 1000, 168),
        },
      ),
      touch(
        { id: 'birthday-greeting', label: text.greeting, position: at(0.6, 2) },
        {
          channel: 'wechat',
          template: 'birthday-double-points',
          message: text.greetingMessage,
          offer: offer('points', 500, 168),
          rates: { conversion: 0.03 },
        },
      ),
      waitFor({ id: 'wait-birthday', label: text.waitBirthday, position: at(0, 3) }, 3, 'days'),
      touch(
        { id: 'birthday-sms', label: text.birthdaySms, position: at(0, 4) },
        { channel: 'sms', template: 'birthday-wish', message: text.birthdayMessage },
      ),
      exit({ id: 'done', label: text.exit, position: at(0, 5) }),
    ],
    edges: [
      edge('birthday', 'out', 'is-vip'),
      edge('is-vip', 'yes', 'vip-advisor'),
      edge('is-vip', 'no', 'birthday-greeting'),
      edge('vip-advisor', 'out', 'wait-birthday'),
      edge('birthday-greeting', 'out', 'wait-birthday'),
      edge('wait-birthday', 'out', 'birthday-sms'),
      edge('birthday-sms', 'out', 'done'),
    ],
  });
}

export const birthdayDoublePoints: JourneyTemplate = {
  id: 'birthday-double-points',
  cohortId: 'cake-shop',
  category: 'loyalty',
  build,
};
