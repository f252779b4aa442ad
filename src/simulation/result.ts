import { z } from 'zod';
import { ChannelSchema } from '../primitives/domain.ts';

const count = z.int().min(0);
const money = z.number().min(0);

export const NodeResultSchema = z.object({
  entered: count,
  inProgress: count,
  goalExits: count,
  outputs: z.record(z.string(), count),
});

export const TouchResultSchema = z.object({
  channel: ChannelSchema,
  attempted: count,
  delivered: count,
  failed: count,
  suppressedConsent: count,
  suppressedFrequencyCap: count,
  deferredQuietHours: count,
  clicks: count,
  conversions: count,
  cost: money,
});

export const ChannelResultSchema = z.object({ delivered: count, cost: money, conversions: count });

export const TimelineDaySchema = z.object({
  day: count,
  entered: count,
  delivered: count,
  conversions: count,
  cost: money,
});

/** CONTRACT §3: the simulation result; key names are fixed, other tools read them. */
export const SimulationResultSchema = z.object({
  journeyId: z.string(),
  cohort: z.object({ id: z.string(), size: count }),
  seed: z.int(),
  horizonDays: z.int().min(1).max(365),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  entered: count,
  holdout: count,
  nodes: z.record(z.string(), NodeResultSchema),
  edges: z.record(z.string(), count),
  touches: z.record(z.string(), TouchResultSchema),
  channels: z.record(z.string(), ChannelResultSchema),
  reach: count,
  conversions: z.object({
    treated: count,
    treatedRate: z.number().min(0).max(1),
    holdout: count,
    holdoutRate: z.number().min(0).max(1),
    incremental: z.number(),
    revenue: money,
  }),
  timeline: z.array(TimelineDaySchema),
});

export type SimulationResult = z.infer<typeof SimulationResultSchema>;
export type NodeResult = z.infer<typeof NodeResultSchema>;
export type TouchResult = z.infer<typeof TouchResultSchema>;
