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
  type TemplateLocale,
} from './builders.ts';
import type { JourneyTemplate } from './types.ts';

const en = {
  name: 'Campaign cadence: pre-announce, live, follow-up',
  description:
    'A quarterly returning-customer week. Three days before it starts, members active this year hear about it by SMS and WeChat; on launch day a WeChat message opens 15% off for 72 hours. When the week is over, those who have not bought get a ¥30 follow-up coupon.',
  trigger: 'Bought within the last year',
  preSms: 'SMS: 3 days to go',
  preSmsMessage:
    'Members’ Week starts in 3 days: member prices on 500+ items and a live show on opening night. Set a reminder! Reply TD to opt out.',
  preWechat: 'WeChat: pre-announce',
  preWechatMessage:
    'Members’ Week is almost here. Tap to preview the deals, add favourites to your cart and book the opening-night live show.',
  waitLaunch: 'Wait 3 days for launch',
  live: 'WeChat: it is live, 15% off',
  liveMessage:
    'Members’ Week is on! 15% off storewide for 72 hours, live show tonight at 20:00. Tap to shop now.',
  waitEnd: 'Wait until the week ends',
  bought: 'Bought during the campaign?',
  boughtExit: 'Bought',
  followUp: 'SMS: ¥30 follow-up coupon',
  followUpMessage:
    'Missed Members’ Week? We kept a ¥30 coupon for you, valid for 48 hours. Reply TD to opt out.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '活动节奏:预告 → 进行中 → 跟进',
  description:
    '每季度一次的“老客回馈周”。活动前 3 天,一年内有消费的会员通过短信和微信收到预告;开始当天微信通知全场 85 折、72 小时有效。活动结束后,仍未下单的客户收到一张 30 元跟进优惠券。',
  trigger: '近一年内有消费',
  preSms: '短信:还有 3 天',
  preSmsMessage: '老客回馈周 3 天后开启:500+ 商品会员价,开幕当晚直播福利不断,记得设置提醒!回 TD 退订',
  preWechat: '微信:活动预告',
  preWechatMessage: '老客回馈周即将开始,点击抢先看好价,先把心仪商品加入购物车,并预约开幕直播。',
  waitLaunch: '等待 3 天至活动开始',
  live: '微信:活动开始,85 折',
  liveMessage: '老客回馈周正式开始!全场 85 折,72 小时有效,今晚 20:00 直播间见,点击立即抢购。',
  waitEnd: '等待活动结束',
  bought: '活动期间已下单?',
  boughtExit: '已下单',
  followUp: '短信:30 元跟进券',
  followUpMessage: '错过了老客回馈周?我们为您保留了一张 30 元优惠券,48 小时内有效。回 TD 退订',
  exit: '结束',
};

/**
 * Article 002's cadence: pre-announce 3 days before (SMS + private domain), interact during,
 * follow up after with an extra offer for those who did not order. The four touches fall within
 * one week by design, so this playbook allows 4 touches per 7 days instead of the usual 3.
 * Buyers stay in until the end so the follow-up can tell them apart. A live sale with a deadline
 * is assumed to convert at 3% (WeChat default 1.5%) and the ¥30 follow-up coupon at 1.5% (SMS 1%).
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  return journey({
    id: 'campaign-cadence',
    name: text.name,
    description: text.description,
    settings: settings({
      frequencyCap: { maxTouches: 4, windowDays: 7 },
      goal: { event: 'purchase', attributionDays: 7, exitOnGoal: false },
    }),
    nodes: [
      segmentTrigger(
        { id: 'audience', label: text.trigger, position: at(0, 0) },
        allOf(rule('recencyDays', 'lte', 365)),
      ),
      touch(
        { id: 'pre-sms', label: text.preSms, position: at(0, 1) },
        { channel: 'sms', template: 'members-week-preannounce-sms', message: text.preSmsMessage },
      ),
      touch(
        { id: 'pre-wechat', label: text.preWechat, position: at(0, 2) },
        { channel: 'wechat', template: 'members-week-preannounce', message: text.preWechatMessage },
      ),
      waitFor({ id: 'wait-launch', label: text.waitLaunch, position: at(0, 3) }, 3, 'days'),
      touch(
        { id: 'live', label: text.live, position: at(0, 4) },
        {
          channel: 'wechat',
          template: 'members-week-live-15',
          message: text.liveMessage,
          offer: offer('percent_off', 15, 72),
          rates: { conversion: 0.03 },
        },
      ),
      waitFor({ id: 'wait-end', label: text.waitEnd, position: at(0, 5) }, 3, 'days'),
      condition(
        { id: 'bought', label: text.bought, position: at(0, 6) },
        allOf(rule('purchasedSinceEntry', 'eq', true)),
      ),
      exit({ id: 'bought-exit', label: text.boughtExit, position: at(-0.6, 7) }),
      touch(
        { id: 'follow-up', label: text.followUp, position: at(0.6, 7) },
        {
          channel: 'sms',
          template: 'members-week-follow-up-30',
          message: text.followUpMessage,
          offer: offer('amount_off', 30, 48),
          rates: { conversion: 0.015 },
        },
      ),
      exit({ id: 'done', label: text.exit, position: at(0.6, 8) }),
    ],
    edges: [
      edge('audience', 'out', 'pre-sms'),
      edge('pre-sms', 'out', 'pre-wechat'),
      edge('pre-wechat', 'out', 'wait-launch'),
      edge('wait-launch', 'out', 'live'),
      edge('live', 'out', 'wait-end'),
      edge('wait-end', 'out', 'bought'),
      edge('bought', 'yes', 'bought-exit'),
      edge('bought', 'no', 'follow-up'),
      edge('follow-up', 'out', 'done'),
    ],
  });
}

export const campaignCadence: JourneyTemplate = {
  id: 'campaign-cadence',
  cohortId: 'retail-members',
  category: 'campaign',
  build,
};
