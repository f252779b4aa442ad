import { z } from 'zod';

/** The patterns below, exported so a problem can tell which text format a value missed. */
export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const CLOCK_TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Ids of journeys, nodes, edges and split variants: safe in file names, URLs and CSV. */
export const IdSchema = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(64, { error: 'must be at most 64 characters' })
  .regex(ID_PATTERN, { error: 'may use only letters, digits, "-" and "_"' });

/** A wall-clock time "HH:MM", 00:00–23:59, read in the journey's timezone. */
export const ClockTimeSchema = z
  .string()
  .regex(CLOCK_TIME_PATTERN, { error: 'must be a time written HH:MM, from 00:00 to 23:59' });

const betweenPattern = /^must be between (-?[\d.]+) and (-?[\d.]+)$/;

/** The bounds a `numberBetween` message names, so a problem can say both, not only the one crossed. */
export function betweenBoundsOf(message: string): { min: number; max: number } | null {
  const match = betweenPattern.exec(message);
  return match ? { min: Number(match[1]), max: Number(match[2]) } : null;
}

export function numberBetween(min: number, max: number) {
  const message = `must be between ${min} and ${max}`;
  return z.number({ error: 'must be a number' }).min(min, { error: message }).max(max, { error: message });
}

export const RateSchema = numberBetween(0, 1);

export const channels = ['sms', 'email', 'push', 'wechat', 'wecom', 'ai_call'] as const;
export const ChannelSchema = z.enum(channels);
export type Channel = z.infer<typeof ChannelSchema>;

export const eventNames = [
  'purchase',
  'click',
  'signup',
  'first_purchase',
  'cart_abandoned',
  'browse_no_purchase',
  'order_unpaid',
  'points_threshold',
] as const;
export const EventNameSchema = z.enum(eventNames);
export type EventName = z.infer<typeof EventNameSchema>;
