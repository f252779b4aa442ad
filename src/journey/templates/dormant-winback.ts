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
  waitForPurchase,
  type TemplateLocale,
} from './builders.ts';
import type { JourneyTemplate } from './types.ts';

const en = {
  name: 'Dormant win-back, discount by dormancy',
  description:
    'Customers silent for 3 months or more get a 48-hour coupon that grows with how long they have been away: 3 months → 20% off, 6 months → 30% off, 12 months → 40% off. Those who have not bought 36 hours later get a WeChat reminder before the coupon expires.',
  trigger: 'No purchase for 3+ months',
  dormant12: 'Silent 12+ months?',
  dormant6: 'Silent 6+ months?',
  coupon40: 'SMS: 40% off, 48 h',
  coupon30: 'SMS: 30% off, 48 h',
  coupon20: 'SMS: 20% off, 48 h',
  message40:
    'It has been a year — we miss you! Here is 40% off anything in store, just for you. Valid for 48 hours. Reply TD to opt out.',
  message30:
    'Long time no see! Your exclusive 30% off coupon is ready. It expires in 48 hours. Reply TD to opt out.',
  message20: 'We saved something for you: 20% off your next order, valid for 48 hours. Reply TD to opt out.',
  waitPurchase: 'Bought within 36 h?',
  reminder: 'WeChat: coupon expires soon',
  reminderMessage:
    'Your coupon expires in 12 hours. Tap to see what is new since your last visit and use it before it is gone.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: '沉睡唤醒:按沉睡时长分层折扣',
  description:
    '3 个月以上未消费的客户收到 48 小时有效的专属优惠券,沉睡越久力度越大:3 个月 → 8 折,6 个月 → 7 折,12 个月 → 6 折。36 小时后仍未下单的客户,在券到期前收到一条微信提醒。',
  trigger: '3 个月以上未消费',
  dormant12: '沉睡 12 个月以上?',
  dormant6: '沉睡 6 个月以上?',
  coupon40: '短信:6 折券,48 小时',
  coupon30: '短信:7 折券,48 小时',
  coupon20: '短信:8 折券,48 小时',
  message40: '好久不见,我们很想您!为您准备了全场 6 折专属券,48 小时内有效,点击领取。回 TD 退订',
  message30: '好久不见~您的 7 折专属礼券已备好,48 小时后失效,点击领取。回 TD 退订',
  message20: '为您保留了一份心意:下单立享 8 折,48 小时内有效。回 TD 退订',
  waitPurchase: '36 小时内下单?',
  reminder: '微信:优惠券即将过期',
  reminderMessage: '您的专属优惠券还有 12 小时到期,点击看看上次来过之后的新品,别让优惠溜走~',
  exit: '结束',
};

/**
 * The tiered win-back of DOMAIN.md (article 002). Deeper discounts are assumed to convert better
 * than the SMS default (1%): 1.5% at 30% off and 2% at 40% off, in line with the article's 28%
 * reactivation over a whole programme rather than one send.
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  const coupon = (percent: number) => ({
    channel: 'sms' as const,
    template: `winback-${percent}-off-48h`,
    offer: offer('percent_off', percent, 48),
  });
  return journey({
    id: 'dormant-winback',
    name: text.name,
    description: text.description,
    settings: settings(),
    nodes: [
      segmentTrigger(
        { id: 'dormant', label: text.trigger, position: at(0, 0) },
        allOf(rule('recencyDays', 'gte', 90)),
      ),
      condition(
        { id: 'dormant-12m', label: text.dormant12, position: at(0, 1) },
        allOf(rule('recencyDays', 'gte', 365)),
      ),
      touch(
        { id: 'coupon-40', label: text.coupon40, position: at(-1, 2) },
        { ...coupon(40), message: text.message40, rates: { conversion: 0.02 } },
      ),
      condition(
        { id: 'dormant-6m', label: text.dormant6, position: at(1, 2) },
        allOf(rule('recencyDays', 'gte', 180)),
      ),
      touch(
        { id: 'coupon-30', label: text.coupon30, position: at(0.5, 3) },
        { ...coupon(30), message: text.message30, rates: { conversion: 0.015 } },
      ),
      touch(
        { id: 'coupon-20', label: text.coupon20, position: at(1.5, 3) },
        { ...coupon(20), message: text.message20 },
      ),
      waitForPurchase({ id: 'wait-purchase', label: text.waitPurchase, position: at(0, 4) }, 36),
      touch(
        { id: 'reminder', label: text.reminder, position: at(0.5, 5) },
        { channel: 'wechat', template: 'coupon-expiring-12h', message: text.reminderMessage },
      ),
      exit({ id: 'done', label: text.exit, position: at(0, 6) }),
    ],
    edges: [
      edge('dormant', 'out', 'dormant-12m'),
      edge('dormant-12m', 'yes', 'coupon-40'),
      edge('dormant-12m', 'no', 'dormant-6m'),
      edge('dormant-6m', 'yes', 'coupon-30'),
      edge('dormant-6m', 'no', 'coupon-20'),
      edge('coupon-40', 'out', 'wait-purchase'),
      edge('coupon-30', 'out', 'wait-purchase'),
      edge('coupon-20', 'out', 'wait-purchase'),
      edge('wait-purchase', 'event', 'done'),
      edge('wait-purchase', 'timeout', 'reminder'),
      edge('reminder', 'out', 'done'),
    ],
  });
}

export const dormantWinback: JourneyTemplate = {
  id: 'dormant-winback',
  cohortId: 'retail-members',
  category: 'reactivation',
  build,
};
