import type { CohortColumns } from '../cohort/columns.ts';
import { outputHandles } from '../journey/handles.ts';
import { channels, eventNames } from '../journey/primitives.ts';
import type { Journey } from '../journey/schema.ts';
import { clockMinutes } from './calendar.ts';
import { ColumnCache, compileFilter, type CompiledFilter } from './filters.ts';

export const NODE_TRIGGER = 0;
export const NODE_CONDITION = 1;
export const NODE_WAIT_DURATION = 2;
export const NODE_WAIT_UNTIL = 3;
export const NODE_WAIT_EVENT = 4;
export const NODE_TOUCH = 5;
export const NODE_SPLIT = 6;
export const NODE_EXIT = 7;
/** a split has at most 10 variants, so every node fits 10 handle slots */
export const MAX_HANDLES = 10;

export const TRIGGER_SEGMENT = 0;
export const TRIGGER_EVENT = 1;
export const TRIGGER_BIRTHDAY = 2;
export const TRIGGER_SIGNUP_ANNIVERSARY = 3;

/**
 * The clock's grain: a wait shorter than a minute lasts a minute. Without it a cycle through a
 * 0.000001-minute wait would take the customer round it billions of times within the horizon.
 */
export const MIN_WAIT_MINUTES = 1;

const unitMinutes = { minutes: 1, hours: 60, days: 1440 } as const;

export interface CompiledTrigger {
  node: number;
  kind: number;
  filter: CompiledFilter;
  event: number;
  offsetDays: number;
  atMinute: number;
}

/** The journey as flat typed arrays indexed by node, built once per run. */
export interface CompiledJourney {
  nodeIds: string[];
  handles: string[][];
  edgeIds: string[];
  type: Uint8Array;
  /** next[node*MAX_HANDLES + handle]: target node, -1 when the handle has no edge (customer leaves) */
  next: Int32Array;
  /** edge index for the same slot, -1 when none */
  edge: Int32Array;
  /** edgeSlot[e]: the (node*MAX_HANDLES + handle) slot edge e leaves from; edgeTarget[e]: its target node */
  edgeSlot: Int32Array;
  edgeTarget: Int32Array;
  waitMinutes: Float64Array;
  clockAt: Float64Array;
  weekdayMask: Uint8Array;
  event: Int8Array;
  channel: Int8Array;
  cost: Float64Array;
  delivery: Float64Array;
  click: Float64Array;
  conversion: Float64Array;
  /** cumulative split shares (0–1) per handle slot */
  splitCumulative: Float64Array;
  filters: (CompiledFilter | null)[];
  /** the cohort columns the filters read, converted once; traces compile their rules against them too */
  columns: ColumnCache;
  triggers: CompiledTrigger[];
}

export function compileJourney(journey: Journey, cohort: CohortColumns): CompiledJourney {
  const count = journey.nodes.length;
  const columns = new ColumnCache(cohort);
  const indexOf = new Map(journey.nodes.map((node, index) => [node.id, index]));
  const compiled: CompiledJourney = {
    nodeIds: journey.nodes.map((node) => node.id),
    handles: journey.nodes.map((node) => outputHandles(node)),
    edgeIds: journey.edges.map((edge) => edge.id),
    type: new Uint8Array(count),
    next: new Int32Array(count * MAX_HANDLES).fill(-1),
    edge: new Int32Array(count * MAX_HANDLES).fill(-1),
    edgeSlot: new Int32Array(journey.edges.length),
    edgeTarget: new Int32Array(journey.edges.length),
    waitMinutes: new Float64Array(count),
    clockAt: new Float64Array(count),
    weekdayMask: new Uint8Array(count),
    event: new Int8Array(count).fill(-1),
    channel: new Int8Array(count).fill(-1),
    cost: new Float64Array(count),
    delivery: new Float64Array(count),
    click: new Float64Array(count),
    conversion: new Float64Array(count),
    splitCumulative: new Float64Array(count * MAX_HANDLES),
    filters: journey.nodes.map(() => null),
    columns,
    triggers: [],
  };
  journey.nodes.forEach((node, n) => {
    switch (node.type) {
      case 'trigger': {
        compiled.type[n] = NODE_TRIGGER;
        const config = node.config;
        const trigger: CompiledTrigger = {
          node: n,
          kind: TRIGGER_SEGMENT,
          filter: compileFilter(config.filter, cohort, columns),
          event: -1,
          offsetDays: 0,
          atMinute: 0,
        };
        if (config.kind === 'event') {
          trigger.kind = TRIGGER_EVENT;
          trigger.event = eventNames.indexOf(config.event);
        } else if (config.kind === 'date') {
          trigger.kind = config.field === 'birthday' ? TRIGGER_BIRTHDAY : TRIGGER_SIGNUP_ANNIVERSARY;
          trigger.offsetDays = config.offsetDays;
          trigger.atMinute = clockMinutes(config.at);
        }
        compiled.triggers.push(trigger);
        break;
      }
      case 'condition':
        compiled.type[n] = NODE_CONDITION;
        compiled.filters[n] = compileFilter(node.config.filter, cohort, columns);
        break;
      case 'wait': {
        const config = node.config;
        if (config.kind === 'duration') {
          compiled.type[n] = NODE_WAIT_DURATION;
          compiled.waitMinutes[n] = Math.max(MIN_WAIT_MINUTES, config.amount * unitMinutes[config.unit]);
        } else if (config.kind === 'until') {
          compiled.type[n] = NODE_WAIT_UNTIL;
          compiled.clockAt[n] = clockMinutes(config.at);
          compiled.weekdayMask[n] = (config.weekdays ?? [0, 1, 2, 3, 4, 5, 6]).reduce(
            (m, d) => m | (1 << d),
            0,
          );
        } else {
          compiled.type[n] = NODE_WAIT_EVENT;
          compiled.event[n] = eventNames.indexOf(config.event);
          compiled.waitMinutes[n] = Math.max(MIN_WAIT_MINUTES, config.timeoutHours * 60);
        }
        break;
      }
      case 'touch': {
        const config = node.config;
        compiled.type[n] = NODE_TOUCH;
        compiled.channel[n] = channels.indexOf(config.channel);
        compiled.cost[n] = config.costPerSend;
        compiled.delivery[n] = config.rates.delivery;
        compiled.click[n] = config.rates.click;
        compiled.conversion[n] = config.rates.conversion;
        break;
      }
      case 'split': {
        compiled.type[n] = NODE_SPLIT;
        const total = node.config.variants.reduce((sum, v) => sum + v.percent, 0) || 1;
        let running = 0;
        node.config.variants.forEach((variant, k) => {
          running += variant.percent;
          compiled.splitCumulative[n * MAX_HANDLES + k] = running / total;
        });
        break;
      }
      case 'exit':
        compiled.type[n] = NODE_EXIT;
        break;
    }
  });
  journey.edges.forEach((edge, e) => {
    const source = indexOf.get(edge.source);
    const target = indexOf.get(edge.target);
    if (source === undefined || target === undefined) {
      throw new Error(`Edge "${edge.id}" connects a node that is not in the journey.`);
    }
    const handle = compiled.handles[source]!.indexOf(edge.sourceHandle);
    if (handle < 0)
      throw new Error(
        `Edge "${edge.id}" leaves from "${edge.sourceHandle}", which node "${edge.source}" does not have.`,
      );
    compiled.next[source * MAX_HANDLES + handle] = target;
    compiled.edge[source * MAX_HANDLES + handle] = e;
    compiled.edgeSlot[e] = source * MAX_HANDLES + handle;
    compiled.edgeTarget[e] = target;
  });
  return compiled;
}
