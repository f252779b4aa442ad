import type { CohortColumns } from '../cohort/columns.ts';
import { outputHandles } from '../journey/handles.ts';
import { channels, eventNames } from '../primitives/domain.ts';
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

/** A trigger's settings; a class for V8's sake (see Counters in counters.ts). */
export class CompiledTrigger {
  kind = TRIGGER_SEGMENT;
  event = -1;
  offsetDays = 0;
  atMinute = 0;

  constructor(
    readonly node: number,
    readonly filter: CompiledFilter,
  ) {}
}

/**
 * The journey as flat typed arrays indexed by node, built once per run. A class, not an object
 * literal, for V8's sake (see Counters in counters.ts).
 */
export class CompiledJourney {
  readonly nodeIds: string[];
  readonly handles: string[][];
  readonly edgeIds: string[];
  readonly type: Uint8Array;
  /** next[node*MAX_HANDLES + handle]: target node, -1 when the handle has no edge (customer leaves) */
  readonly next: Int32Array;
  /** edge index for the same slot, -1 when none */
  readonly edge: Int32Array;
  /** edgeSlot[e]: the (node*MAX_HANDLES + handle) slot edge e leaves from; edgeTarget[e]: its target node */
  readonly edgeSlot: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly waitMinutes: Float64Array;
  readonly clockAt: Float64Array;
  readonly weekdayMask: Uint8Array;
  readonly event: Int8Array;
  readonly channel: Int8Array;
  readonly cost: Float64Array;
  readonly delivery: Float64Array;
  readonly click: Float64Array;
  readonly conversion: Float64Array;
  /** cumulative split shares (0–1) per handle slot */
  readonly splitCumulative: Float64Array;
  readonly filters: (CompiledFilter | null)[];
  readonly triggers: CompiledTrigger[] = [];

  constructor(
    journey: Journey,
    /** the cohort columns the filters read, converted once; traces compile their rules against them too */
    readonly columns: ColumnCache,
  ) {
    const count = journey.nodes.length;
    this.nodeIds = journey.nodes.map((node) => node.id);
    this.handles = journey.nodes.map((node) => outputHandles(node));
    this.edgeIds = journey.edges.map((edge) => edge.id);
    this.type = new Uint8Array(count);
    this.next = new Int32Array(count * MAX_HANDLES).fill(-1);
    this.edge = new Int32Array(count * MAX_HANDLES).fill(-1);
    this.edgeSlot = new Int32Array(journey.edges.length);
    this.edgeTarget = new Int32Array(journey.edges.length);
    this.waitMinutes = new Float64Array(count);
    this.clockAt = new Float64Array(count);
    this.weekdayMask = new Uint8Array(count);
    this.event = new Int8Array(count).fill(-1);
    this.channel = new Int8Array(count).fill(-1);
    this.cost = new Float64Array(count);
    this.delivery = new Float64Array(count);
    this.click = new Float64Array(count);
    this.conversion = new Float64Array(count);
    this.splitCumulative = new Float64Array(count * MAX_HANDLES);
    this.filters = journey.nodes.map(() => null);
  }
}

export function compileJourney(journey: Journey, cohort: CohortColumns): CompiledJourney {
  const columns = new ColumnCache(cohort);
  const indexOf = new Map(journey.nodes.map((node, index) => [node.id, index]));
  const compiled = new CompiledJourney(journey, columns);
  journey.nodes.forEach((node, n) => {
    switch (node.type) {
      case 'trigger': {
        compiled.type[n] = NODE_TRIGGER;
        const config = node.config;
        const trigger = new CompiledTrigger(n, compileFilter(config.filter, cohort, columns));
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
