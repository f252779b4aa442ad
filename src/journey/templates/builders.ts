import { channelDefaults } from '../channel-defaults.ts';
import type { Filter, FilterOp, FilterRule } from '../filter.ts';
import type { NodeOf, Offer, TouchConfig, WaitConfig } from '../nodes.ts';
import type { Channel } from '../../primitives/domain.ts';
import type { Journey, JourneyEdge, JourneySettings } from '../schema.ts';
import { CURRENT_SCHEMA_VERSION, JOURNEY_FORMAT } from '../schema.ts';

/**
 * Small constructors that write nodes, edges and settings with their keys already in schema order,
 * so a template's object is its canonical form (serializeJourney changes nothing) and each
 * playbook file reads as the journey it draws rather than as nested object literals.
 */

export type TemplateLocale = 'en' | 'zh-CN';
export type Position = { x: number; y: number };

/**
 * Grid of the template layout: top to bottom, branches side by side, wide enough for a node card and
 * tall enough for one with a three-line summary and a run's figures (173 px) and an edge between two
 * (templates-layout.spec.ts measures it in Chromium).
 */
const COLUMN_WIDTH = 280;
const ROW_HEIGHT = 220;

export function at(column: number, row: number): Position {
  return { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
}

/**
 * The house defaults of every playbook: China's most common member timezone, at most 3 touches a
 * week, no sends between 21:00 and 09:00, a purchase within 7 days counts, and 10% held out so
 * the lift can be measured. A playbook overrides only what its story needs.
 */
export function settings(overrides: Partial<JourneySettings> = {}): JourneySettings {
  const merged: JourneySettings = {
    timezone: 'Asia/Shanghai',
    reentry: { mode: 'once' },
    frequencyCap: { maxTouches: 3, windowDays: 7 },
    quietHours: { start: '21:00', end: '09:00' },
    goal: { event: 'purchase', attributionDays: 7, exitOnGoal: true },
    holdoutPercent: 10,
    ...overrides,
  };
  return {
    timezone: merged.timezone,
    reentry: merged.reentry,
    frequencyCap: merged.frequencyCap,
    quietHours: merged.quietHours,
    goal: merged.goal,
    holdoutPercent: merged.holdoutPercent,
  };
}

export function rule(field: FilterRule['field'], op: FilterOp, value: FilterRule['value']): FilterRule {
  return { field, op, value };
}
export const allOf = (...rules: FilterRule[]): Filter => ({ match: 'all', rules });
export const anyOf = (...rules: FilterRule[]): Filter => ({ match: 'any', rules });

type NodeStart = { id: string; label: string; position: Position };

export function segmentTrigger(node: NodeStart, filter: Filter): NodeOf<'trigger'> {
  return { ...node, type: 'trigger', config: { kind: 'segment', filter } };
}

export function eventTrigger(
  node: NodeStart,
  event: 'cart_abandoned' | 'points_threshold',
): NodeOf<'trigger'> {
  return { ...node, type: 'trigger', config: { kind: 'event', event } };
}

export function dateTrigger(
  node: NodeStart,
  field: 'birthday' | 'signupAnniversary',
  offsetDays: number,
  atClock: string,
): NodeOf<'trigger'> {
  return { ...node, type: 'trigger', config: { kind: 'date', field, offsetDays, at: atClock } };
}

export function condition(node: NodeStart, filter: Filter): NodeOf<'condition'> {
  return { ...node, type: 'condition', config: { filter } };
}

export function waitFor(node: NodeStart, amount: number, unit: 'minutes' | 'hours' | 'days'): NodeOf<'wait'> {
  const config: WaitConfig = { kind: 'duration', amount, unit };
  return { ...node, type: 'wait', config };
}

/** Waits for a purchase: output `event` when it comes, `timeout` after `timeoutHours` without one. */
export function waitForPurchase(node: NodeStart, timeoutHours: number): NodeOf<'wait'> {
  const config: WaitConfig = { kind: 'event', event: 'purchase', timeoutHours };
  return { ...node, type: 'wait', config };
}

export interface TouchSpec {
  channel: Channel;
  template: string;
  message: string;
  offer?: Offer;
  /** a playbook's own expectation where it differs from the channel default; the file says why */
  rates?: Partial<TouchConfig['rates']>;
}

export function offer(type: Offer['type'], value: number, validHours?: number): Offer {
  return validHours === undefined ? { type, value } : { type, value, validHours };
}

export function touch(node: NodeStart, spec: TouchSpec): NodeOf<'touch'> {
  const defaults = channelDefaults[spec.channel];
  const rates = { ...defaults.rates, ...spec.rates };
  const config: TouchConfig = {
    channel: spec.channel,
    template: spec.template,
    message: spec.message,
    ...(spec.offer ? { offer: spec.offer } : {}),
    costPerSend: defaults.costPerSend,
    rates: { delivery: rates.delivery, click: rates.click, conversion: rates.conversion },
  };
  return { ...node, type: 'touch', config };
}

export function split(
  node: NodeStart,
  variants: { id: string; label: string; percent: number }[],
): NodeOf<'split'> {
  return { ...node, type: 'split', config: { variants } };
}

export function exit(node: NodeStart): NodeOf<'exit'> {
  return { ...node, type: 'exit', config: {} };
}

/** One connection; its id is derived from the output it leaves, which is unique per journey. */
export function edge(source: string, sourceHandle: string, target: string): JourneyEdge {
  return { id: `${source}-${sourceHandle}`, source, sourceHandle, target };
}

export function journey(parts: {
  id: string;
  name: string;
  description: string;
  settings: JourneySettings;
  nodes: Journey['nodes'];
  edges: Journey['edges'];
}): Journey {
  return {
    format: JOURNEY_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: parts.id,
    name: parts.name,
    description: parts.description,
    settings: parts.settings,
    nodes: parts.nodes,
    edges: parts.edges,
  };
}
