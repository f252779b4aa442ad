import { channels } from '../primitives/domain.ts';
import type { Journey } from '../journey/schema.ts';
import { MAX_HANDLES, NODE_EXIT, NODE_TOUCH, type CompiledJourney } from './compile.ts';
import type { SimulationResult } from './result.ts';

/**
 * Every count a run accumulates, in flat typed arrays so the inner loop only does `a[i]++`.
 *
 * A class, not an object literal, like the other objects made once per run (see `compile.ts`): the
 * second time an object literal runs, V8 makes a template of it and from then on treats its fields
 * as changeable, which throws away the optimized engine code that relied on them. In the second run
 * of a process that could leave the generated walk unoptimized for good (1.3–1.8 s instead of
 * 0.7 s per million customers).
 */
export class Counters {
  /** entries into the journey at each trigger; visits to other nodes are derived (flowCounts) */
  readonly nodeEntered: Float64Array;
  readonly nodeInProgress: Float64Array;
  readonly nodeGoalExits: Float64Array;
  readonly nodeOutputs: Float64Array;
  readonly attempted: Float64Array;
  readonly delivered: Float64Array;
  readonly failed: Float64Array;
  readonly suppressedConsent: Float64Array;
  readonly suppressedFrequencyCap: Float64Array;
  readonly deferredQuietHours: Float64Array;
  readonly clicks: Float64Array;
  readonly touchConversions: Float64Array;
  readonly dayEntered: Float64Array;
  readonly dayDelivered: Float64Array;
  readonly dayConversions: Float64Array;
  /** cost summed in floats and rounded to cents only at output */
  readonly dayCost: Float64Array;
  entered = 0;
  holdout = 0;
  reach = 0;
  treatedConverted = 0;
  holdoutConverted = 0;
  revenue = 0;

  constructor(nodeCount: number, days: number) {
    this.nodeEntered = new Float64Array(nodeCount);
    this.nodeInProgress = new Float64Array(nodeCount);
    this.nodeGoalExits = new Float64Array(nodeCount);
    this.nodeOutputs = new Float64Array(nodeCount * MAX_HANDLES);
    this.attempted = new Float64Array(nodeCount);
    this.delivered = new Float64Array(nodeCount);
    this.failed = new Float64Array(nodeCount);
    this.suppressedConsent = new Float64Array(nodeCount);
    this.suppressedFrequencyCap = new Float64Array(nodeCount);
    this.deferredQuietHours = new Float64Array(nodeCount);
    this.clicks = new Float64Array(nodeCount);
    this.touchConversions = new Float64Array(nodeCount);
    this.dayEntered = new Float64Array(days);
    this.dayDelivered = new Float64Array(days);
    this.dayConversions = new Float64Array(days);
    this.dayCost = new Float64Array(days);
  }
}

export function createCounters(nodeCount: number, days: number): Counters {
  return new Counters(nodeCount, days);
}

/**
 * Edge counts and node visits from the outputs: an edge carries what its source handle sent, and a
 * node is entered by its trigger entries plus everything its incoming edges carried.
 */
export function flowCounts(
  compiled: CompiledJourney,
  c: Counters,
): { edges: Float64Array; entered: Float64Array } {
  const edges = new Float64Array(compiled.edgeIds.length);
  const entered = Float64Array.from(c.nodeEntered);
  for (let e = 0; e < edges.length; e++) {
    edges[e] = c.nodeOutputs[compiled.edgeSlot[e]!]!;
    entered[compiled.edgeTarget[e]!]! += edges[e]!;
  }
  return { edges, entered };
}

/**
 * A record keyed by node, edge or handle ids. Ids may be any of [A-Za-z0-9_-], "__proto__" and
 * "constructor" included, so the records have no prototype: every id is an own key.
 */
const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

const cents = (amount: number): number => Math.round(amount * 100) / 100;
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

export interface RunIdentity {
  journey: Journey;
  cohortId: string;
  cohortSize: number;
  seed: number;
  horizonDays: number;
  startDate: string;
}

/** Turn the counters into CONTRACT §3, keys in a fixed order (journey order for nodes and edges). */
export function buildResult(run: RunIdentity, compiled: CompiledJourney, c: Counters): SimulationResult {
  const flow = flowCounts(compiled, c);
  const nodes: SimulationResult['nodes'] = record();
  const touches: SimulationResult['touches'] = record();
  const channelTotals = channels.map(() => ({ delivered: 0, cost: 0, conversions: 0 }));
  compiled.nodeIds.forEach((id, n) => {
    const outputs = record<number>();
    if (compiled.type[n] !== NODE_EXIT) {
      compiled.handles[n]!.forEach((handle, h) => (outputs[handle] = c.nodeOutputs[n * MAX_HANDLES + h]!));
    }
    nodes[id] = {
      entered: flow.entered[n]!,
      inProgress: c.nodeInProgress[n]!,
      goalExits: c.nodeGoalExits[n]!,
      outputs,
    };
    if (compiled.type[n] === NODE_TOUCH) {
      const channel = compiled.channel[n]!;
      const sent = c.delivered[n]! + c.failed[n]!;
      const cost = sent * compiled.cost[n]!;
      touches[id] = {
        channel: channels[channel]!,
        attempted: c.attempted[n]!,
        delivered: c.delivered[n]!,
        failed: c.failed[n]!,
        suppressedConsent: c.suppressedConsent[n]!,
        suppressedFrequencyCap: c.suppressedFrequencyCap[n]!,
        deferredQuietHours: c.deferredQuietHours[n]!,
        clicks: c.clicks[n]!,
        conversions: c.touchConversions[n]!,
        cost: cents(cost),
      };
      const total = channelTotals[channel]!;
      total.delivered += c.delivered[n]!;
      total.cost += cost;
      total.conversions += c.touchConversions[n]!;
    }
  });
  const channelResult: SimulationResult['channels'] = {};
  channels.forEach((channel, k) => {
    const total = channelTotals[k]!;
    if (Object.values(touches).some((touch) => touch.channel === channel)) {
      channelResult[channel] = {
        delivered: total.delivered,
        cost: cents(total.cost),
        conversions: total.conversions,
      };
    }
  });
  const edges = record<number>();
  compiled.edgeIds.forEach((id, e) => (edges[id] = flow.edges[e]!));
  const treatedRate = ratio(c.treatedConverted, c.entered);
  const holdoutRate = ratio(c.holdoutConverted, c.holdout);
  return {
    journeyId: run.journey.id,
    cohort: { id: run.cohortId, size: run.cohortSize },
    seed: run.seed,
    horizonDays: run.horizonDays,
    startDate: run.startDate,
    entered: c.entered,
    holdout: c.holdout,
    nodes,
    edges,
    touches,
    channels: channelResult,
    reach: c.reach,
    conversions: {
      treated: c.treatedConverted,
      treatedRate,
      holdout: c.holdoutConverted,
      holdoutRate,
      // lift over what the treated entrants would have bought anyway, at the holdout's rate
      incremental: c.treatedConverted - holdoutRate * c.entered,
      revenue: cents(c.revenue),
    },
    timeline: Array.from({ length: run.horizonDays }, (_, day) => ({
      day,
      entered: c.dayEntered[day]!,
      delivered: c.dayDelivered[day]!,
      conversions: c.dayConversions[day]!,
      cost: cents(c.dayCost[day]!),
    })),
  };
}
