import { z } from 'zod';
import { ClockTimeSchema, EventNameSchema, IdSchema, numberBetween } from '../primitives/domain.ts';
import { NodeSchema } from './nodes.ts';
import { ruleMessages } from './rule-messages.ts';

export const JOURNEY_FORMAT = 'journey-canvas';
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * Range checks that a marketer would want explained in context (a cap of 0 touches, an
 * attribution window of 0 days, an unknown timezone) are lints, not schema rules: see lint/.
 */
export const SettingsSchema = z.strictObject({
  timezone: z
    .string()
    .min(1, { error: ruleMessages['timezone-required'] })
    .max(64, { error: 'must be at most 64 characters' }),
  reentry: z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('once') }),
    z.strictObject({
      mode: z.literal('after-exit'),
      cooldownDays: z
        .number({ error: 'must be a number' })
        .min(0, { error: 'must be 0 or more' })
        .max(365, { error: 'must be 365 or less' }),
    }),
  ]),
  frequencyCap: z
    .strictObject({ maxTouches: z.int({ error: 'must be a whole number' }), windowDays: z.number() })
    .nullable(),
  quietHours: z.strictObject({ start: ClockTimeSchema, end: ClockTimeSchema }).nullable(),
  goal: z
    .strictObject({ event: EventNameSchema, attributionDays: z.number(), exitOnGoal: z.boolean() })
    .nullable(),
  holdoutPercent: numberBetween(0, 50),
});

export const EdgeSchema = z.strictObject({
  id: IdSchema,
  source: IdSchema,
  sourceHandle: z.string().min(1, { error: ruleMessages['edge-output-required'] }).max(64),
  target: IdSchema,
});

export const JourneySchema = z.strictObject({
  format: z.literal(JOURNEY_FORMAT, {
    error: `must be "${JOURNEY_FORMAT}" (this is not a Journey Canvas file)`,
  }),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, { error: `must be ${CURRENT_SCHEMA_VERSION}` }),
  id: IdSchema,
  name: z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(120, { error: 'must be at most 120 characters' }),
  description: z.string().max(2000, { error: 'must be at most 2000 characters' }).optional(),
  settings: SettingsSchema,
  nodes: z.array(NodeSchema).max(5000, { error: ruleMessages['max-nodes'] }),
  edges: z.array(EdgeSchema).max(10000, { error: ruleMessages['max-edges'] }),
});

export type Journey = z.infer<typeof JourneySchema>;
export type JourneySettings = z.infer<typeof SettingsSchema>;
export type JourneyEdge = z.infer<typeof EdgeSchema>;
