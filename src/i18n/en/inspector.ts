import { messages } from '../message.ts';
import type { FilterOp, NodeType, Offer, ProblemDetail, RuleProblem } from '../../journey/index.ts';
import { englishFormat, ruleProblemMessage } from '../../journey/index.ts';

type Num = (value: number) => string;
type OpWords = Partial<Record<FilterOp, string>>;

/** The inspector panel (src/editor/inspector): node forms, journey settings, the filter builder. */
export const inspector = messages({
  panelLabel: 'Inspector',
  nodeTypes: {
    trigger: 'Trigger',
    condition: 'Condition',
    wait: 'Wait',
    touch: 'Touch',
    split: 'Split',
    exit: 'Exit',
  } satisfies Record<NodeType, string>,
  multiple: (count: number, n: Num) => `${n(count)} steps selected`,
  multipleHint: 'Select a single step to edit it. Delete removes the whole selection.',
  node: {
    label: 'Label',
    id: 'Step ID',
    idHint: 'Appears in the exported file; connections follow a renamed step.',
    problems: 'To check in this step',
    connections: 'Connections',
    nextStep: 'Next step',
    nextStepAfter: (output: string) => `Next step after “${output}”`,
    notConnected: '— not connected —',
    unlabelled: (type: string, id: string) => `${type} (${id})`,
  },
  journey: {
    heading: 'Journey',
    name: 'Name',
    description: 'Description',
    settings: 'Settings',
    timezone: 'Timezone',
    timezoneHint: 'An IANA name such as Asia/Shanghai; quiet hours and clock times are read in it.',
    reentry: 'Re-entry',
    reentryQuestion: 'Can a customer enter again?',
    reentryOnce: 'No, once only',
    reentryAfterExit: 'Yes, after leaving the journey',
    cooldownDays: 'Cooldown before re-entry (days)',
    frequencyCap: 'Frequency cap',
    frequencyCapOn: 'Limit how often a customer is contacted',
    maxTouches: 'At most (touches)',
    windowDays: 'Within (days)',
    quietHours: 'Quiet hours',
    quietHoursOn: 'Hold touches during quiet hours',
    quietHoursHint: 'A touch due inside them is sent when they end.',
    quietStart: 'Quiet from',
    quietEnd: 'Quiet until',
    goal: 'Goal',
    goalOn: 'Track a goal',
    goalEvent: 'Goal event',
    attributionDays: 'Attribution window (days)',
    exitOnGoal: 'Customers who reach the goal leave the journey',
    holdoutPercent: 'Holdout (% of entrants)',
    holdoutHint: 'Kept out of every touch to measure lift; 0 to 50.',
    problems: 'To check in the settings',
  },
  trigger: {
    kind: 'Customers enter',
    kinds: {
      segment: 'From a segment, at the start',
      event: 'When an event happens',
      date: 'On a yearly date',
    },
    event: 'Event',
    dateField: 'Date',
    dateFields: { birthday: 'Birthday', signupAnniversary: 'Signup anniversary' },
    offsetDays: 'Days before (−) or after (+) the date',
    at: 'At (time)',
    segmentFilter: 'Who enters',
    optionalFilter: 'Only customers who match (optional)',
  },
  condition: { filter: 'Customers go to “Yes” when' },
  wait: {
    kind: 'Wait',
    kinds: {
      duration: 'For a length of time',
      until: 'Until a time of day',
      event: 'For an event, with a timeout',
    },
    amount: 'How long',
    unit: 'Unit',
    units: { minutes: 'Minutes', hours: 'Hours', days: 'Days' },
    at: 'Until (time)',
    weekdays: 'On these days (none ticked: any day)',
    weekdayNames: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    event: 'Event',
    timeoutHours: 'Give up after (hours)',
  },
  touch: {
    channel: 'Channel',
    channelHint: 'Choosing a channel fills in its typical cost and rates.',
    defaultsFilled: (channel: string) => `Filled in the typical cost and rates of ${channel}.`,
    template: 'Template',
    message: 'Message',
    offer: 'Offer',
    offerType: 'Offer type',
    offerNone: 'No offer',
    offerTypes: {
      percent_off: 'Percent off',
      amount_off: 'Amount off (¥)',
      points: 'Bonus points',
      gift: 'Gift',
    } satisfies Record<Offer['type'], string>,
    offerValue: 'Offer value',
    validHours: 'Valid for (hours, optional)',
    costPerSend: 'Cost per send (¥)',
    rates: 'Expected rates, from 0 to 1',
    delivery: 'Delivery rate',
    click: 'Click rate',
    conversion: 'Conversion rate',
  },
  split: {
    variants: 'Variants',
    variant: (index: number) => `Variant ${index}`,
    label: 'Label',
    percent: 'Percent',
    remove: (label: string) => `Remove variant ${label}`,
    add: 'Add variant',
    evenly: 'Split evenly',
    total: (sum: number, n: Num) => `Total: ${n(sum)}%`,
  },
  exit: { none: 'Customers who reach this step leave the journey. It has no settings.' },
  filter: {
    match: 'Match',
    matchAll: 'All rules',
    matchAny: 'Any rule',
    rule: (index: number) => `Rule ${index}`,
    field: 'Field',
    op: 'Operator',
    value: 'Value',
    values: 'Values',
    listHint: 'Separate values with commas',
    monthDayHint: 'Month and day, MM-DD',
    add: 'Add rule',
    remove: (index: number) => `Remove rule ${index}`,
    emptyAll: 'No rules: every customer matches.',
    emptyAny: 'No rules: no customer matches.',
    customerFields: 'Customer',
    journeyFacts: 'In this journey',
    /** operators in words, by the kind of field they compare */
    ops: {
      number: {
        eq: 'equals',
        neq: 'does not equal',
        gt: 'more than',
        gte: 'at least',
        lt: 'less than',
        lte: 'at most',
        in: 'is one of',
        notIn: 'is not one of',
      },
      choice: { eq: 'is', neq: 'is not', in: 'is one of', notIn: 'is not one of' },
      calendar: {
        eq: 'is',
        neq: 'is not',
        gt: 'after',
        gte: 'on or after',
        lt: 'before',
        lte: 'on or before',
      },
      tags: { has: 'has tag', notHas: 'does not have tag' },
    } satisfies Record<'number' | 'choice' | 'calendar' | 'tags', OpWords>,
    /** a value the builder cannot turn into the field's kind */
    notANumber: (text: string) => `“${text}” is not a number.`,
    ruleProblem: (problem: RuleProblem) => ruleProblemMessage(problem, englishFormat),
  },
  /**
   * English shows the schema's own message, the one import and the CLI print, as a sentence. A
   * range message that does not name its bound is a type message zod reused for the range check
   * (a `.max()` given no wording of its own), so the bound is worded from the issue instead.
   */
  fieldIssue: (issue: ProblemDetail, schemaMessage: string, n: Num): string => {
    if (issue.kind === 'required') return 'Required.';
    if (issue.kind === 'min' && !schemaMessage.includes(String(issue.min))) {
      return issue.inclusive ? `Must be ${n(issue.min)} or more.` : `Must be more than ${n(issue.min)}.`;
    }
    if (issue.kind === 'max' && !schemaMessage.includes(String(issue.max))) {
      return issue.inclusive ? `Must be ${n(issue.max)} or less.` : `Must be less than ${n(issue.max)}.`;
    }
    return `${schemaMessage.charAt(0).toUpperCase()}${schemaMessage.slice(1)}.`;
  },
});
