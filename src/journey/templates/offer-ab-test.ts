import type { Journey } from '../schema.ts';
import {
  allOf,
  at,
  edge,
  exit,
  journey,
  offer,
  rule,
  segmentTrigger,
  settings,
  split,
  touch,
  waitForPurchase,
  type TemplateLocale,
} from './builders.ts';
import type { JourneyTemplate } from './types.ts';

const en = {
  name: 'A/B test: 30% off vs ¥100 off',
  description:
    'Which offer wakes up lapsing customers better? Customers silent for 3 months or more are split 50/50: group A gets 30% off, group B gets ¥100 off orders over ¥300, both by SMS for 72 hours with a WeChat reminder to non-buyers after 48 hours. 10% are held out and get nothing, so each offer’s lift can be measured.',
  trigger: 'At risk or dormant, 3+ months',
  split: 'A/B split',
  variantA: 'A: 30% off',
  variantB: 'B: ¥100 off',
  offerA: 'SMS A: 30% off, 72 h',
  offerAMessage: 'It has been a while! Enjoy 30% off everything for the next 72 hours. Reply TD to opt out.',
  offerB: 'SMS B: ¥100 off, 72 h',
  offerBMessage:
    'It has been a while! Take ¥100 off any order over ¥300 in the next 72 hours. Reply TD to opt out.',
  waitA: 'A: bought within 48 h?',
  waitB: 'B: bought within 48 h?',
  reminderA: 'WeChat A: last day for 30% off',
  reminderAMessage: 'Last day: your 30% off ends tonight. Tap to see this week’s best sellers.',
  reminderB: 'WeChat B: last day for ¥100 off',
  reminderBMessage: 'Last day: your ¥100 off ends tonight. Tap to see this week’s best sellers.',
  exit: 'End',
};

const zhCN: typeof en = {
  name: 'A/B 测试:7 折 vs 满 300 减 100',
  description:
    '哪种优惠更能唤醒沉睡客户?3 个月以上未消费的风险 / 沉睡客户按 50/50 分组:A 组 7 折,B 组满 300 减 100,均以短信发送、72 小时有效,48 小时后未下单的再收到一条微信提醒。另留 10% 对照组不做任何触达,用于衡量各方案的增量效果。',
  trigger: '风险 / 沉睡客户,3 个月以上',
  split: 'A/B 分组',
  variantA: 'A:7 折',
  variantB: 'B:满 300 减 100',
  offerA: '短信 A:7 折,72 小时',
  offerAMessage: '好久不见!未来 72 小时全场 7 折,点击选购。回 TD 退订',
  offerB: '短信 B:满 300 减 100,72 小时',
  offerBMessage: '好久不见!未来 72 小时下单满 300 元立减 100 元,点击选购。回 TD 退订',
  waitA: 'A:48 小时内下单?',
  waitB: 'B:48 小时内下单?',
  reminderA: '微信 A:7 折最后一天',
  reminderAMessage: '最后一天:您的 7 折优惠今晚结束,点击看看本周热销。',
  reminderB: '微信 B:满减最后一天',
  reminderBMessage: '最后一天:您的满 300 减 100 今晚结束,点击看看本周热销。',
  exit: '结束',
};

/**
 * Article 002 runs A/B plans on incentives. Both arms use the SMS default rates on purpose: the
 * test exists to measure the difference, so the template must not assume a winner. The two arms
 * are drawn as mirror images and kept apart until the shared exit, so each arm's counts can be
 * read straight off its own nodes.
 */
function build(locale: TemplateLocale): Journey {
  const text = locale === 'en' ? en : zhCN;
  const arm = (id: 'a' | 'b', column: number) => {
    const upper = id === 'a' ? 'A' : 'B';
    return [
      touch(
        { id: `offer-${id}`, label: text[`offer${upper}`], position: at(column, 2) },
        {
          channel: 'sms',
          template: id === 'a' ? 'abtest-30-percent-72h' : 'abtest-100-off-300-72h',
          message: text[`offer${upper}Message`],
          offer: id === 'a' ? offer('percent_off', 30, 72) : offer('amount_off', 100, 72),
        },
      ),
      waitForPurchase({ id: `wait-${id}`, label: text[`wait${upper}`], position: at(column, 3) }, 48),
      touch(
        { id: `reminder-${id}`, label: text[`reminder${upper}`], position: at(column * 1.5, 4) },
        { channel: 'wechat', template: `abtest-last-day-${id}`, message: text[`reminder${upper}Message`] },
      ),
    ];
  };
  return journey({
    id: 'offer-ab-test',
    name: text.name,
    description: text.description,
    settings: settings({ goal: { event: 'purchase', attributionDays: 7, exitOnGoal: true } }),
    nodes: [
      segmentTrigger(
        { id: 'lapsing', label: text.trigger, position: at(0, 0) },
        allOf(rule('lifecycleStage', 'in', ['at_risk', 'dormant']), rule('recencyDays', 'gte', 90)),
      ),
      split({ id: 'offer-split', label: text.split, position: at(0, 1) }, [
        { id: 'a', label: text.variantA, percent: 50 },
        { id: 'b', label: text.variantB, percent: 50 },
      ]),
      ...arm('a', -0.6),
      ...arm('b', 0.6),
      exit({ id: 'done', label: text.exit, position: at(0, 5) }),
    ],
    edges: [
      edge('lapsing', 'out', 'offer-split'),
      edge('offer-split', 'a', 'offer-a'),
      edge('offer-split', 'b', 'offer-b'),
      edge('offer-a', 'out', 'wait-a'),
      edge('wait-a', 'event', 'done'),
      edge('wait-a', 'timeout', 'reminder-a'),
      edge('reminder-a', 'out', 'done'),
      edge('offer-b', 'out', 'wait-b'),
      edge('wait-b', 'event', 'done'),
      edge('wait-b', 'timeout', 'reminder-b'),
      edge('reminder-b', 'out', 'done'),
    ],
  });
}

export const offerAbTest: JourneyTemplate = {
  id: 'offer-ab-test',
  cohortId: 'mother-baby',
  category: 'experiment',
  build,
};
