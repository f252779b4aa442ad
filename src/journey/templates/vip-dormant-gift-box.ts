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
  name: 'High-value dormant: sample gift box',
  description:
    'High-value customers (¥5,000+ in the past year) silent for 6 months get a personal WeCom message offering a free sample box worth ¥199, matched to their child’s age. Three days later, those who tapped to claim it get a shipping note with 20% off their first reorder; the others get an SMS saying the box is reserved until Sunday.',
  trigger: 'Spent ¥5,000+, silent 6 months',
  invite: 'WeCom advisor: free sample box',
  inviteMessage:
    'Hi, it is your baby-care advisor. We have put together a free sample box (worth ¥199) for your little one’s current age: formula samples, wipes and a teether. Tap to confirm your address and we will ship it this week.',
  wait: 'Wait 3 days',
  claimed: 'Tapped to claim?',
  shipped: 'SMS: box shipped + 20% off',
  shippedMessage:
    'Your sample box is on its way! When you reorder, 20% off is waiting for you for 14 days. Reply TD to opt out.',
  reminder: 'SMS: box reserved till Sunday',
  reminderMessage:
    'Your free ¥199 sample box is reserved for you until Sunday. Tap to claim it before it goes to another family. Reply TD to opt out.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '高价值沉睡客户:试用礼盒唤醒',
  description:
    '近一年消费 5000 元以上、已沉睡 6 个月的高价值客户,收到企业微信顾问的一对一消息:按宝宝月龄定制的免费试用礼盒(价值 199 元)。3 天后,点击领取的客户收到发货通知和复购 8 折券;未领取的客户收到短信提醒礼盒保留至周日。',
  trigger: '年消费 5000+,沉睡 6 个月',
  invite: '企业微信顾问:免费试用礼盒',
  inviteMessage:
    '您好,我是您的育儿顾问。我们按宝宝现在的月龄准备了一份免费试用礼盒(价值 199 元):奶粉试用装、湿巾和牙胶。点击确认收货地址,本周即可发出~',
  wait: '等待 3 天',
  claimed: '点击领取了吗?',
  shipped: '短信:礼盒已发货 + 8 折',
  shippedMessage: '您的试用礼盒已发货!复购时享 8 折优惠,14 天内有效。回 TD 退订',
  reminder: '短信:礼盒保留至周日',
  reminderMessage: '您的 199 元免费试用礼盒为您保留至本周日,点击领取,别让它被别的宝宝领走哦。回 TD 退订',
  exit: '结束',
};

/**
 * Article 001: a high-value dormant customer gets a wake-up gift pack, from a person rather than
 * a broadcast. The gift is free to the customer, so the advisor message is assumed to be opened
 * and tapped more than a usual WeCom message (click 25%, default 15%); conversion keeps the default.
 * Purchases are credited over 14 days, the life of the reorder discount.
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  return journey({
    id: 'vip-dormant-gift-box',
    name: text.name,
    description: text.description,
    settings: settings({ goal: { event: 'purchase', attributionDays: 14, exitOnGoal: true } }),
    nodes: [
      segmentTrigger(
        { id: 'vip-dormant', label: text.trigger, position: at(0, 0) },
        allOf(rule('monetary', 'gte', 5000), rule('recencyDays', 'gte', 180)),
      ),
      touch(
        { id: 'gift-invite', label: text.invite, position: at(0, 1) },
        {
          channel: 'wecom',
          template: 'dormant-vip-sample-box',
          message: text.inviteMessage,
          offer: offer('gift', 199, 168),
          rates: { click: 0.25 },
        },
      ),
      waitFor({ id: 'wait-3d', label: text.wait, position: at(0, 2) }, 3, 'days'),
      condition(
        { id: 'claimed', label: text.claimed, position: at(0, 3) },
        allOf(rule('clickedLastTouch', 'eq', true)),
      ),
      touch(
        { id: 'gift-shipped', label: text.shipped, position: at(-0.6, 4) },
        {
          channel: 'sms',
          template: 'sample-box-shipped-20',
          message: text.shippedMessage,
          offer: offer('percent_off', 20, 336),
        },
      ),
      touch(
        { id: 'gift-reminder', label: text.reminder, position: at(0.6, 4) },
        { channel: 'sms', template: 'sample-box-reserved', message: text.reminderMessage },
      ),
      exit({ id: 'done', label: text.exit, position: at(0, 5) }),
    ],
    edges: [
      edge('vip-dormant', 'out', 'gift-invite'),
      edge('gift-invite', 'out', 'wait-3d'),
      edge('wait-3d', 'out', 'claimed'),
      edge('claimed', 'yes', 'gift-shipped'),
      edge('claimed', 'no', 'gift-reminder'),
      edge('gift-shipped', 'out', 'done'),
      edge('gift-reminder', 'out', 'done'),
    ],
  });
}

export const vipDormantGiftBox: JourneyTemplate = {
  id: 'vip-dormant-gift-box',
  cohortId: 'mother-baby',
  category: 'reactivation',
  build,
};
