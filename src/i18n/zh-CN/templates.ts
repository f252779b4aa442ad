import type { Catalog } from '../catalog.ts';
import { translation } from '../message.ts';

export const templates = translation<Catalog['templates']>({
  gallery: {
    title: '从营销剧本开始',
    subtitle: '每个剧本都是一条完整的旅程,包含设置、权益与文案,可直接在示例客群上模拟。',
    close: '关闭',
    blankTitle: '空白旅程',
    blankDescription: '从空白画布开始,绘制您自己的旅程。',
    blankAction: '新建空白旅程',
    useAction: '使用此剧本',
    useActionFor: '使用剧本:{title}',
    expectedUse: '适用场景',
    cohort: '适用客群',
    channels: '触达渠道',
    steps: '{count} 个步骤',
    previewLabel: '旅程预览:{count} 个步骤',
    listLabel: '营销剧本',
  },
  categories: {
    reactivation: '沉睡唤醒',
    conversion: '转化',
    onboarding: '新客培育',
    loyalty: '会员忠诚',
    campaign: '活动运营',
    experiment: '实验',
  },
  cohorts: {
    'retail-members': '零售会员',
    'mother-baby': '母婴客户',
    'cake-shop': '蛋糕店客户',
    'new-members': '新会员',
  },
  channelNames: {
    sms: '短信',
    email: '邮件',
    push: 'App 推送',
    wechat: '微信',
    wecom: '企业微信',
    ai_call: 'AI 外呼',
  },
  playbooks: {
    'dormant-winback': {
      title: '沉睡唤醒:分层折扣',
      description:
        '沉睡 3 / 6 / 12 个月的客户分别收到 48 小时有效的 8 / 7 / 6 折券;未下单的在券到期前收到微信提醒。',
      expectedUse: '按沉睡时长给出匹配的折扣力度,唤醒流失中的老客。',
    },
    'cart-abandoned': {
      title: '加购未支付挽回',
      description: '1 小时内发送稀缺提醒并保留购物车 24 小时;仍未下单的客户收到 20 元优惠券。',
      expectedUse: '趁购买意向仍在,挽回加购未支付的订单。',
    },
    'welcome-second-purchase': {
      title: '新客二次复购欢迎旅程',
      description: '欢迎短信附二单券,再发会员权益指南;未复购的客户由企业微信顾问跟进或收到最后提醒。',
      expectedUse: '两周内把首单客户转化为复购客户。',
    },
    'birthday-double-points': {
      title: '生日双倍积分',
      description: '生日前 3 天:VIP 由顾问送祝福,其他会员收到微信提醒,整周双倍积分,生日当天再送祝福。',
      expectedUse: '让会员感受到被记住,并给他们一个和品牌一起庆祝的理由。',
    },
    'points-tier-upgrade': {
      title: '会员升级与 VIP 权益',
      description: '积分达到升级门槛时:升级通知加赠积分,顾问对接或权益指南,随后邀请 VIP 抢先购。',
      expectedUse: '认可升级的会员,并让他们看到新等级的价值。',
    },
    'campaign-cadence': {
      title: '活动节奏:预告 → 进行中 → 跟进',
      description: '活动前 3 天短信 + 微信预告,开始当天通知开抢,结束后向未下单客户发送跟进优惠券。',
      expectedUse: '用成熟的节奏运营每季度的老客回馈周。',
    },
    'churn-risk-recall': {
      title: '流失预警:AI 外呼召回',
      description: '高价值流失风险客户接到 AI 关怀外呼,未下单则由企业微信顾问跟进;其他客户收到短信券和提醒。',
      expectedUse: '在高价值客户流失前留住他们,关键时刻由真人跟进。',
    },
    'vip-dormant-gift-box': {
      title: '高价值沉睡客户试用礼盒',
      description:
        '企业微信顾问向沉睡的高消费客户赠送免费试用礼盒;领取的客户获得复购 8 折券,未领取的收到提醒。',
      expectedUse: '用礼物而非折扣,唤回最有价值的沉睡客户。',
    },
    'offer-ab-test': {
      title: '两种优惠的 A/B 测试',
      description: '流失中的客户 50/50 分组:7 折 vs 满 300 减 100,另留 10% 对照组衡量各方案的增量。',
      expectedUse: '在全量推广前,先找出更有效的激励方式。',
    },
  },
});
