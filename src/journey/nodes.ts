import { z } from 'zod';
import { FilterSchema } from './filter.ts';
import {
  ChannelSchema,
  ClockTimeSchema,
  EventNameSchema,
  IdSchema,
  RateSchema,
  numberBetween,
} from '../primitives/domain.ts';
import { ruleMessages } from './rule-messages.ts';

const positive = (what: string) =>
  z.number({ error: 'must be a number' }).gt(0, { error: `${what} must be more than 0` });

export const TriggerConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('segment'), filter: FilterSchema }),
  z.strictObject({ kind: z.literal('event'), event: EventNameSchema, filter: FilterSchema.optional() }),
  z.strictObject({
    kind: z.literal('date'),
    field: z.enum(['birthday', 'signupAnniversary']),
    offsetDays: z
      .int({ error: ruleMessages['whole-days'] })
      .min(-365, { error: 'must be -365 or more' })
      .max(365, { error: 'must be 365 or less' }),
    at: ClockTimeSchema,
    filter: FilterSchema.optional(),
  }),
]);

export const ConditionConfigSchema = z.strictObject({ filter: FilterSchema });

export const waitUnits = ['minutes', 'hours', 'days'] as const;
export const WaitConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('duration'),
    amount: positive('the wait').max(525_600, { error: ruleMessages['wait-max-one-year'] }),
    unit: z.enum(waitUnits),
  }),
  z.strictObject({
    kind: z.literal('until'),
    at: ClockTimeSchema,
    // 0 = Sunday … 6 = Saturday, as in JavaScript's Date#getDay
    weekdays: z
      .array(z.int().min(0, { error: ruleMessages.weekday }).max(6, { error: ruleMessages.weekday }))
      .min(1, { error: ruleMessages['weekdays-empty'] })
      .max(7)
      .optional(),
  }),
  z.strictObject({
    kind: z.literal('event'),
    event: EventNameSchema,
    timeoutHours: positive('the timeout').max(8760, { error: ruleMessages['timeout-max-one-year'] }),
  }),
]);

export const offerTypes = ['percent_off', 'amount_off', 'points', 'gift'] as const;
export const TouchConfigSchema = z.strictObject({
  channel: ChannelSchema,
  template: z.string().max(200, { error: 'must be at most 200 characters' }),
  message: z.string().max(2000, { error: 'must be at most 2000 characters' }).optional(),
  offer: z
    .strictObject({
      type: z.enum(offerTypes),
      value: z.number({ error: 'must be a number' }).min(0, { error: 'must be 0 or more' }),
      validHours: positive('the offer validity').optional(),
    })
    .optional(),
  costPerSend: z.number({ error: 'must be a number' }).min(0, { error: 'must be 0 or more' }),
  rates: z.strictObject({ delivery: RateSchema, click: RateSchema, conversion: RateSchema }),
});

export const SplitVariantSchema = z.strictObject({
  id: IdSchema,
  label: z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(60, { error: 'must be at most 60 characters' }),
  percent: numberBetween(0, 100),
});
export const SplitConfigSchema = z.strictObject({
  variants: z
    .array(SplitVariantSchema)
    .min(2, { error: ruleMessages['split-min-variants'] })
    .max(10, { error: ruleMessages['split-max-variants'] }),
});

export const ExitConfigSchema = z.strictObject({});

const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });
const nodeBase = {
  id: IdSchema,
  label: z.string().max(120, { error: 'must be at most 120 characters' }),
  position: PositionSchema,
};

export const nodeTypes = ['trigger', 'condition', 'wait', 'touch', 'split', 'exit'] as const;
export const NodeSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...nodeBase, type: z.literal('trigger'), config: TriggerConfigSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('condition'), config: ConditionConfigSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('wait'), config: WaitConfigSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('touch'), config: TouchConfigSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('split'), config: SplitConfigSchema }),
  z.strictObject({ ...nodeBase, type: z.literal('exit'), config: ExitConfigSchema }),
]);

export type JourneyNode = z.infer<typeof NodeSchema>;
export type NodeType = JourneyNode['type'];
export type NodeOf<T extends NodeType> = Extract<JourneyNode, { type: T }>;
export type TriggerConfig = z.infer<typeof TriggerConfigSchema>;
export type WaitConfig = z.infer<typeof WaitConfigSchema>;
export type TouchConfig = z.infer<typeof TouchConfigSchema>;
export type SplitConfig = z.infer<typeof SplitConfigSchema>;
export type Offer = NonNullable<TouchConfig['offer']>;
