import type { Filter } from '../journey/filter.ts';
import type { JourneyNode } from '../journey/nodes.ts';
import type { Channel, EventName } from '../primitives/domain.ts';
import type { Journey, JourneySettings } from '../journey/schema.ts';

/** Small journey builders for the engine's tests: nodes by kind, wired by (source, handle, target). */
const at = { x: 0, y: 0 };

export const quietSettings: JourneySettings = {
  timezone: 'Asia/Shanghai',
  reentry: { mode: 'once' },
  frequencyCap: null,
  quietHours: null,
  goal: null,
  holdoutPercent: 0,
};

export const segmentTrigger = (id = 't', filter: Filter = { match: 'all', rules: [] }): JourneyNode => ({
  id,
  type: 'trigger',
  label: id,
  position: at,
  config: { kind: 'segment', filter },
});

export const touchNode = (
  id: string,
  rates = { delivery: 1, click: 0, conversion: 0 },
  channel: Channel = 'sms',
  costPerSend = 0.05,
): JourneyNode => ({
  id,
  type: 'touch',
  label: id,
  position: at,
  config: { channel, template: id, costPerSend, rates },
});

export const durationWait = (
  id: string,
  amount: number,
  unit: 'minutes' | 'hours' | 'days' = 'days',
): JourneyNode => ({
  id,
  type: 'wait',
  label: id,
  position: at,
  config: { kind: 'duration', amount, unit },
});

export const untilWait = (id: string, time: string, weekdays?: number[]): JourneyNode => ({
  id,
  type: 'wait',
  label: id,
  position: at,
  config: weekdays ? { kind: 'until', at: time, weekdays } : { kind: 'until', at: time },
});

export const eventWait = (id: string, event: EventName, timeoutHours: number): JourneyNode => ({
  id,
  type: 'wait',
  label: id,
  position: at,
  config: { kind: 'event', event, timeoutHours },
});

export const conditionNode = (id: string, filter: Filter): JourneyNode => ({
  id,
  type: 'condition',
  label: id,
  position: at,
  config: { filter },
});

export const splitNode = (id: string, percents: number[]): JourneyNode => ({
  id,
  type: 'split',
  label: id,
  position: at,
  config: {
    variants: percents.map((percent, k) => ({ id: `v${k}`, label: `Variant ${k}`, percent })),
  },
});

export const exitNode = (id: string): JourneyNode => ({
  id,
  type: 'exit',
  label: id,
  position: at,
  config: {},
});

export function journeyOf(
  nodes: JourneyNode[],
  wires: [source: string, handle: string, target: string][],
  settings: Partial<JourneySettings> = {},
): Journey {
  return {
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'test',
    name: 'test',
    settings: { ...quietSettings, ...settings },
    nodes,
    edges: wires.map(([source, sourceHandle, target], k) => ({ id: `e${k}`, source, sourceHandle, target })),
  };
}

/** Nodes in a line, each `out` to the next. */
export function chainOf(nodes: JourneyNode[], settings: Partial<JourneySettings> = {}): Journey {
  return journeyOf(
    nodes,
    nodes.slice(1).map((node, k) => [nodes[k]!.id, 'out', node.id]),
    settings,
  );
}
