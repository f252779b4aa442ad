import { messages } from '../message.ts';
import type { FilterFieldName } from '../../cohort/fields.ts';
import type { Channel, EventName } from '../../primitives/domain.ts';
import type { Offer } from '../../journey/nodes.ts';

/** Formats a number the way the user's language writes it (grouping, decimals). */
type Num = (value: number) => string;

/**
 * The words of a node card's one-line summary and of its output handles (src/editor/summary.ts).
 * Field, event and channel names here are also what the inspector's selects show.
 */
export const summary = messages({
  separator: ' · ',
  listSeparator: ', ',
  channels: {
    sms: 'SMS',
    email: 'Email',
    push: 'App push',
    wechat: 'WeChat',
    wecom: 'WeCom',
    ai_call: 'AI call',
  } satisfies Record<Channel, string>,
  events: {
    purchase: 'purchase',
    click: 'click',
    signup: 'sign-up',
    first_purchase: 'first purchase',
    cart_abandoned: 'cart abandoned',
    browse_no_purchase: 'browsed without buying',
    order_unpaid: 'unpaid order',
    points_threshold: 'points threshold reached',
  } satisfies Record<EventName, string>,
  /** lower case: a field is named mid-sentence ("Tier is VIP and recency > 180 days") */
  fields: {
    id: 'customer id',
    lifecycleStage: 'lifecycle stage',
    tier: 'tier',
    recencyDays: 'recency',
    frequency: 'orders in 365 days',
    monetary: 'spend in 365 days',
    points: 'points',
    tags: 'tags',
    city: 'city',
    churnRisk: 'churn risk',
    birthday: 'birthday',
    signupDate: 'signup date',
    consentSms: 'SMS consent',
    consentEmail: 'email consent',
    consentPush: 'push consent',
    consentWechat: 'WeChat consent',
    consentWecom: 'WeCom consent',
    consentAiCall: 'AI call consent',
    dailyPurchaseProbability: 'daily purchase probability',
    responsiveness: 'responsiveness',
    purchasedSinceEntry: 'bought since entry',
    clickedLastTouch: 'clicked last touch',
    touchesReceived: 'touches received',
    daysSinceEntry: 'days since entry',
  } satisfies Record<FilterFieldName, string>,
  /** numbers of these fields carry a unit; other fields show the bare number */
  numberUnits: {
    recencyDays: (value: string) => `${value} days`,
    daysSinceEntry: (value: string) => `${value} days`,
    monetary: (value: string) => `¥${value}`,
  },
  enumValues: {
    new: 'new',
    active: 'active',
    loyal: 'loyal',
    at_risk: 'at risk',
    dormant: 'dormant',
    churned: 'churned',
    vip: 'VIP',
    growth: 'growth',
    mass: 'mass',
  },
  yes: 'yes',
  no: 'no',
  /** operators as a card writes them, by the kind of field they compare */
  ops: {
    number: {
      eq: '=',
      neq: '≠',
      gt: '>',
      gte: '≥',
      lt: '<',
      lte: '≤',
      in: 'is one of',
      notIn: 'is not one of',
    },
    text: { eq: 'is', neq: 'is not', in: 'is one of', notIn: 'is not one of' },
    calendar: { eq: 'is', neq: 'is not', gt: 'after', gte: 'on or after', lt: 'before', lte: 'on or before' },
    tags: { has: 'has tag', notHas: 'lacks tag' },
  },
  /** "Tier is VIP and recency > 180 days" */
  matchJoin: { all: ' and ', any: ' or ' },
  moreRules: (count: number, n: Num) => `+${n(count)} more`,
  noRules: 'No rules yet',
  everyone: 'everyone',
  trigger: {
    segment: (filter: string) => `Segment: ${filter}`,
    event: (event: string) => `On ${event}`,
    date: {
      birthday: 'birthday',
      signupAnniversary: 'signup anniversary',
    },
    dateOffset: (field: string, days: number, at: string, n: Num) =>
      days === 0
        ? `On ${field} at ${at}`
        : `${n(Math.abs(days))} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days < 0 ? 'before' : 'after'} ${field}, at ${at}`,
  },
  wait: {
    duration: {
      minutes: (amount: number, n: Num) => `Wait ${n(amount)} ${amount === 1 ? 'minute' : 'minutes'}`,
      hours: (amount: number, n: Num) => `Wait ${n(amount)} ${amount === 1 ? 'hour' : 'hours'}`,
      days: (amount: number, n: Num) => `Wait ${n(amount)} ${amount === 1 ? 'day' : 'days'}`,
    },
    until: (at: string) => `Wait until ${at}`,
    untilOn: (at: string, days: string) => `Wait until ${at} on ${days}`,
    /** 0 = Sunday, as in the journey file */
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    event: (event: string, hours: number, n: Num) => `Wait for ${event}, up to ${n(hours)} h`,
  },
  touch: {
    noTemplate: 'no template',
    offer: {
      percent_off: (value: number, n: Num) => `${n(value)}% off`,
      amount_off: (value: number, n: Num) => `¥${n(value)} off`,
      points: (value: number, n: Num) => `${n(value)} points`,
      gift: () => 'gift',
    } satisfies Record<Offer['type'], (value: number, n: Num) => string>,
    validFor: (offer: string, hours: number, n: Num) => `${offer}, ${n(hours)} h`,
  },
  split: {
    variant: (label: string, percent: number, n: Num) => `${label} ${n(percent)}%`,
  },
  exit: 'Customers leave the journey',
  outputs: { out: 'Next', yes: 'Yes', no: 'No', event: 'Event', timeout: 'Timeout' },
});
