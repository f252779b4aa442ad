import { messages } from '../message.ts';
import type { Channel } from '../../primitives/domain.ts';
import type { SampleCohortId, TemplateCategory, TemplateId } from '../../journey/templates/index.ts';

interface PlaybookText {
  title: string;
  description: string;
  expectedUse: string;
}

/** Words of the playbook gallery and the metadata of every journey template (src/journey/templates). */
export const templates = messages({
  gallery: {
    title: 'Start from a playbook',
    subtitle:
      'Each playbook is a complete journey with settings, offers and copy, ready to simulate on a sample cohort.',
    close: 'Close',
    blankTitle: 'Blank journey',
    blankDescription: 'Start from an empty canvas and draw your own journey.',
    blankAction: 'Start blank',
    useAction: 'Use this playbook',
    useActionFor: 'Use playbook: {title}',
    expectedUse: 'Expected use',
    cohort: 'Suits cohort',
    channels: 'Channels',
    steps: '{count} steps',
    previewLabel: 'Preview of the journey: {count} steps',
    listLabel: 'Playbooks',
  },
  categories: {
    reactivation: 'Reactivation',
    conversion: 'Conversion',
    onboarding: 'Onboarding',
    loyalty: 'Loyalty',
    campaign: 'Campaign',
    experiment: 'Experiment',
  } satisfies Record<TemplateCategory, string>,
  cohorts: {
    'retail-members': 'Retail members',
    'mother-baby': 'Mother & baby',
    'cake-shop': 'Cake shop',
    'new-members': 'New members',
  } satisfies Record<SampleCohortId, string>,
  channelNames: {
    sms: 'SMS',
    email: 'Email',
    push: 'App push',
    wechat: 'WeChat',
    wecom: 'WeCom',
    ai_call: 'AI call',
  } satisfies Record<Channel, string>,
  playbooks: {
    'dormant-winback': {
      title: 'Dormant win-back, tiered discount',
      description:
        'Customers silent for 3, 6 or 12 months get a 48-hour coupon of 20, 30 or 40% off; non-buyers get a WeChat reminder before it expires.',
      expectedUse: 'Reactivate lapsed customers with a discount that matches how long they have been away.',
    },
    'cart-abandoned': {
      title: 'Cart abandoned',
      description:
        'A scarcity reminder within the hour holds the cart for 24 hours; those who still have not bought get a ¥20 coupon.',
      expectedUse: 'Recover carts left unpaid while the intent is fresh.',
    },
    'welcome-second-purchase': {
      title: 'New customer welcome series',
      description:
        'Welcome SMS with a second-order coupon, a member benefits guide, then a WeCom advisor or a last call for those who have not reordered.',
      expectedUse: 'Turn first-time buyers into repeat customers within two weeks.',
    },
    'birthday-double-points': {
      title: 'Birthday double points',
      description:
        'Three days before the birthday: an advisor message for VIPs, a WeChat greeting for others, double points all week, a wish on the day.',
      expectedUse: 'Make members feel remembered and give them a reason to celebrate with you.',
    },
    'points-tier-upgrade': {
      title: 'Tier upgrade and VIP benefits',
      description:
        'When points reach the next tier: an upgrade notice with bonus points, an advisor or benefits guide, then VIP early access.',
      expectedUse: 'Recognise members who climb a tier and show them what it is worth.',
    },
    'campaign-cadence': {
      title: 'Campaign cadence',
      description:
        'Pre-announce 3 days before by SMS and WeChat, open the sale on launch day, then follow up with a coupon for those who did not buy.',
      expectedUse: 'Run a quarterly returning-customer week with a proven rhythm.',
    },
    'churn-risk-recall': {
      title: 'Churn-risk recall with AI call',
      description:
        'High-value customers at risk get an AI care call and, if they do not buy, a WeCom advisor; others get an SMS voucher and a reminder.',
      expectedUse: 'Keep valuable customers before they leave, with a person where it counts.',
    },
    'vip-dormant-gift-box': {
      title: 'High-value dormant gift box',
      description:
        'A WeCom advisor offers dormant big spenders a free sample box; claimers get 20% off a reorder, others a reminder.',
      expectedUse: 'Win back your best lapsed customers with a gift rather than a discount.',
    },
    'offer-ab-test': {
      title: 'A/B test of two offers',
      description:
        'Lapsing customers split 50/50 between 30% off and ¥100 off, with a 10% holdout to measure each offer’s lift.',
      expectedUse: 'Find out which incentive works before rolling it out to everyone.',
    },
  } satisfies Record<TemplateId, PlaybookText>,
});
