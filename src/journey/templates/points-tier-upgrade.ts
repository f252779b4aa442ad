import type { Journey } from '../schema.ts';
import {
  allOf,
  at,
  condition,
  edge,
  eventTrigger,
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
  name: 'Points threshold: tier upgrade and VIP benefits',
  description:
    'When a member’s points reach the next tier, a WeChat notice congratulates them on the upgrade with 200 bonus points. Two days later big spenders are introduced to their WeCom advisor and everyone else gets an email benefits guide; a week after that all are invited to VIP early access with 10% off.',
  trigger: 'Points reach tier threshold',
  notice: 'WeChat: upgrade notice',
  noticeMessage:
    'Congratulations — you are now a Gold member! We have added 200 bonus points to your account. Tap to see your new benefits.',
  wait2d: 'Wait 2 days',
  bigSpender: 'Spent ¥5,000+ this year?',
  advisor: 'WeCom: meet your advisor',
  advisorMessage:
    'Hello, I am your dedicated Gold advisor: priority service, early access and personal recommendations. Save my contact and message me any time.',
  guide: 'Email: Gold benefits guide',
  guideMessage:
    'Your Gold benefits at a glance: 1.5× points on every order, free express shipping, priority customer service and a birthday gift.',
  wait7d: 'Wait 7 days',
  earlyAccess: 'SMS: VIP early access',
  earlyAccessMessage:
    'Gold members shop the new season first: early access opens tomorrow with 10% off for 72 hours. Reply TD to opt out.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '积分达标:会员升级与 VIP 权益',
  description:
    '会员积分达到升级门槛时,微信通知恭喜升级并赠送 200 积分。2 天后,高消费会员由企业微信专属顾问对接,其他会员收到权益指南邮件;再过一周,全部邀请参加 VIP 新品抢先购,享 9 折。',
  trigger: '积分达到升级门槛',
  notice: '微信:升级通知',
  noticeMessage: '恭喜您升级为金卡会员!已为您的账户加赠 200 积分,点击查看全新会员权益。',
  wait2d: '等待 2 天',
  bigSpender: '年消费 5000 元以上?',
  advisor: '企业微信:专属顾问对接',
  advisorMessage:
    '您好,我是您的金卡专属顾问:优先服务、新品抢先体验、个性化推荐。请保存我的联系方式,随时找我~',
  guide: '邮件:金卡权益指南',
  guideMessage: '金卡权益一览:每单 1.5 倍积分、免费顺丰包邮、优先客服通道、生日专属礼遇。',
  wait7d: '等待 7 天',
  earlyAccess: '短信:VIP 抢先购',
  earlyAccessMessage: '金卡会员新品抢先购明天开启,72 小时内享 9 折,先人一步选新款。回 TD 退订',
  exit: '结束',
};

/**
 * Article 004: a member who reaches a tier threshold is upgraded automatically and told so.
 * The upgrade notice is a service message members are owed, so no holdout withholds it, and
 * buying does not end the journey: the benefits introduction is worth sending anyway. A member
 * can climb again after 90 days. Purchases are credited over 14 days.
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  return journey({
    id: 'points-tier-upgrade',
    name: text.name,
    description: text.description,
    settings: settings({
      reentry: { mode: 'after-exit', cooldownDays: 90 },
      goal: { event: 'purchase', attributionDays: 14, exitOnGoal: false },
      holdoutPercent: 0,
    }),
    nodes: [
      eventTrigger({ id: 'points-reached', label: text.trigger, position: at(0, 0) }, 'points_threshold'),
      touch(
        { id: 'upgrade-notice', label: text.notice, position: at(0, 1) },
        {
          channel: 'wechat',
          template: 'tier-upgrade-gold',
          message: text.noticeMessage,
          offer: offer('points', 200),
        },
      ),
      waitFor({ id: 'wait-2d', label: text.wait2d, position: at(0, 2) }, 2, 'days'),
      condition(
        { id: 'big-spender', label: text.bigSpender, position: at(0, 3) },
        allOf(rule('monetary', 'gte', 5000)),
      ),
      touch(
        { id: 'advisor-intro', label: text.advisor, position: at(-0.6, 4) },
        { channel: 'wecom', template: 'gold-advisor-intro', message: text.advisorMessage },
      ),
      touch(
        { id: 'benefits-email', label: text.guide, position: at(0.6, 4) },
        { channel: 'email', template: 'gold-benefits-guide', message: text.guideMessage },
      ),
      waitFor({ id: 'wait-7d', label: text.wait7d, position: at(0, 5) }, 7, 'days'),
      touch(
        { id: 'early-access', label: text.earlyAccess, position: at(0, 6) },
        {
          channel: 'sms',
          template: 'vip-early-access-10',
          message: text.earlyAccessMessage,
          offer: offer('percent_off', 10, 72),
        },
      ),
      exit({ id: 'done', label: text.exit, position: at(0, 7) }),
    ],
    edges: [
      edge('points-reached', 'out', 'upgrade-notice'),
      edge('upgrade-notice', 'out', 'wait-2d'),
      edge('wait-2d', 'out', 'big-spender'),
      edge('big-spender', 'yes', 'advisor-intro'),
      edge('big-spender', 'no', 'benefits-email'),
      edge('advisor-intro', 'out', 'wait-7d'),
      edge('benefits-email', 'out', 'wait-7d'),
      edge('wait-7d', 'out', 'early-access'),
      edge('early-access', 'out', 'done'),
    ],
  });
}

export const pointsTierUpgrade: JourneyTemplate = {
  id: 'points-tier-upgrade',
  cohortId: 'retail-members',
  category: 'loyalty',
  build,
};
