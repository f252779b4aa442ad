import type { Channel } from '../primitives/domain.ts';

/**
 * One step of one customer's path through a run, as the engine took it. `minute` counts from 00:00
 * of the run's start date in the journey's timezone (docs/simulation.md, "Clock"). Every counter the
 * bulk run adds for this customer has an event here, so a trace and the figures always agree.
 */
export type TraceEvent =
  /** the customer entered the journey at trigger `nodeId` (counted in the trigger's `entered`) */
  | { minute: number; kind: 'entered'; nodeId: string; trigger: TriggerKind }
  /** the trigger fired for a holdout customer: kept out of the journey to measure lift */
  | { minute: number; kind: 'holdout'; nodeId: string; trigger: TriggerKind }
  /** reached a node other than the trigger (counted in its `entered`) */
  | { minute: number; kind: 'arrived'; nodeId: string }
  | {
      minute: number;
      kind: 'condition';
      nodeId: string;
      result: boolean;
      match: 'all' | 'any';
      rules: RuleReading[];
    }
  | { minute: number; kind: 'split'; nodeId: string; variantId: string; variantLabel: string }
  /** `until`: when the wait ends by itself (timeout for event waits), null when never in this run */
  | { minute: number; kind: 'waitStarted'; nodeId: string; until: number | null; event: string | null }
  | { minute: number; kind: 'waitEnded'; nodeId: string; reason: 'elapsed' | 'event' | 'timeout' }
  | { minute: number; kind: 'suppressedConsent'; nodeId: string; channel: Channel }
  | {
      minute: number;
      kind: 'suppressedFrequencyCap';
      nodeId: string;
      channel: Channel;
      maxTouches: number;
      windowDays: number;
      /** the delivered touches inside the rolling window that used up the cap, oldest first */
      touchesInWindow: { minute: number; nodeId: string }[];
    }
  /** due inside quiet hours: the customer waits at the touch until `until` */
  | { minute: number; kind: 'deferredQuietHours'; nodeId: string; until: number }
  | { minute: number; kind: 'delivered'; nodeId: string; channel: Channel; cost: number }
  | { minute: number; kind: 'failed'; nodeId: string; channel: Channel; cost: number }
  | { minute: number; kind: 'clicked'; nodeId: string }
  /** `touchNodeId`: the touch this purchase is credited to, null for an organic purchase */
  | { minute: number; kind: 'purchased'; value: number; touchNodeId: string | null }
  | { minute: number; kind: 'goalExit'; nodeId: string }
  /** took output `handle`; `edgeId` null means the output has no edge and the customer leaves */
  | { minute: number; kind: 'left'; nodeId: string; handle: string; edgeId: string | null }
  | { minute: number; kind: 'exit'; nodeId: string }
  /** stopped by the guard against loops that do not advance time (counted in progress) */
  | { minute: number; kind: 'loopGuard'; nodeId: string }
  /** still at `nodeId` when the run ended (counted in its `inProgress`) */
  | { minute: number; kind: 'horizon'; nodeId: string };

export type TraceEventKind = TraceEvent['kind'];
export type TriggerKind = 'segment' | 'event' | 'birthday' | 'signupAnniversary';

/** One condition rule as evaluated: the rule and the customer's value it read (null = empty). */
export interface RuleReading {
  field: string;
  op: string;
  expected: string | number | boolean | (string | number)[];
  actual: string | number | boolean | string[] | null;
  passed: boolean;
}

export interface CustomerTrace {
  customerId: string;
  customerIndex: number;
  holdout: boolean;
  events: TraceEvent[];
}

/** Where the engine reports a traced customer's events; null in bulk runs. */
export interface TraceSink {
  record(event: TraceEvent): void;
}
