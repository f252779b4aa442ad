import type { CohortColumns } from '../cohort/columns.ts';
import type { FilterRule } from '../journey/filter.ts';
import { channels, type Channel } from '../primitives/domain.ts';
import type { Journey } from '../journey/schema.ts';
import { TRIGGER_BIRTHDAY, TRIGGER_EVENT, TRIGGER_SEGMENT, type CompiledJourney } from './compile.ts';
import { compileFilter, testFilter, type CompiledFilter } from './filters.ts';
import type { TraceSink, TriggerKind } from './trace-events.ts';
import { readFieldValue } from './trace-readings.ts';

interface CompiledRule {
  rule: FilterRule;
  test: CompiledFilter;
}

const triggerKindOf = (kind: number): TriggerKind =>
  kind === TRIGGER_SEGMENT
    ? 'segment'
    : kind === TRIGGER_EVENT
      ? 'event'
      : kind === TRIGGER_BIRTHDAY
        ? 'birthday'
        : 'signupAnniversary';

/**
 * Turns the engine's index-based steps into TraceEvents (ids, names, rule readings). Only a runner
 * with a trace sink has one of these, so none of this work happens in bulk runs.
 */
export class TraceWriter {
  private readonly rules: (CompiledRule[] | null)[];
  private readonly triggerKinds = new Map<number, TriggerKind>();

  constructor(
    private readonly journey: Journey,
    private readonly cohort: CohortColumns,
    private readonly compiled: CompiledJourney,
    private readonly sink: TraceSink,
  ) {
    // each rule compiled on its own, so a trace can say which rules passed
    this.rules = journey.nodes.map((node) =>
      node.type === 'condition'
        ? node.config.filter.rules.map((rule) => ({
            rule,
            test: compileFilter({ match: 'all', rules: [rule] }, cohort, compiled.columns),
          }))
        : null,
    );
    for (const trigger of compiled.triggers) this.triggerKinds.set(trigger.node, triggerKindOf(trigger.kind));
  }

  private id(n: number): string {
    return this.compiled.nodeIds[n]!;
  }

  private channel(n: number): Channel {
    return channels[this.compiled.channel[n]!]!;
  }

  entry(minute: number, n: number, holdout: boolean): void {
    const trigger = this.triggerKinds.get(n) ?? 'segment';
    this.sink.record({ minute, kind: holdout ? 'holdout' : 'entered', nodeId: this.id(n), trigger });
  }

  arrived(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'arrived', nodeId: this.id(n) });
  }

  condition(minute: number, n: number, customer: number, facts: Float64Array, result: boolean): void {
    const node = this.journey.nodes[n]!;
    const match = node.type === 'condition' ? node.config.filter.match : 'all';
    const rules = (this.rules[n] ?? []).map(({ rule, test }) => ({
      field: rule.field,
      op: rule.op,
      expected: rule.value,
      actual: readFieldValue(this.cohort, customer, rule.field, facts),
      passed: testFilter(test, customer, facts),
    }));
    this.sink.record({ minute, kind: 'condition', nodeId: this.id(n), result, match, rules });
  }

  split(minute: number, n: number, handle: number): void {
    const node = this.journey.nodes[n]!;
    const variant = node.type === 'split' ? node.config.variants[handle] : undefined;
    this.sink.record({
      minute,
      kind: 'split',
      nodeId: this.id(n),
      variantId: variant?.id ?? this.compiled.handles[n]![handle]!,
      variantLabel: variant?.label ?? '',
    });
  }

  waitStarted(minute: number, n: number, until: number | null): void {
    const node = this.journey.nodes[n]!;
    const event = node.type === 'wait' && node.config.kind === 'event' ? node.config.event : null;
    this.sink.record({ minute, kind: 'waitStarted', nodeId: this.id(n), until, event });
  }

  waitEnded(minute: number, n: number, reason: 'elapsed' | 'event' | 'timeout'): void {
    this.sink.record({ minute, kind: 'waitEnded', nodeId: this.id(n), reason });
  }

  noConsent(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'suppressedConsent', nodeId: this.id(n), channel: this.channel(n) });
  }

  deferred(minute: number, n: number, until: number): void {
    this.sink.record({ minute, kind: 'deferredQuietHours', nodeId: this.id(n), until });
  }

  capped(
    minute: number,
    n: number,
    ring: Float64Array,
    ringNode: Int32Array,
    head: number,
    count: number,
  ): void {
    const cap = this.journey.settings.frequencyCap;
    const maxTouches = cap?.maxTouches ?? 0;
    const windowDays = cap?.windowDays ?? 0;
    const touchesInWindow: { minute: number; nodeId: string }[] = [];
    // the ring holds the last `count` delivered sends; the oldest sits at `head` once it is full
    const size = ring.length;
    const oldest = count < size ? 0 : head;
    for (let k = 0; k < count; k++) {
      const slot = (oldest + k) % size;
      if (ring[slot]! > minute - windowDays * 1440) {
        touchesInWindow.push({ minute: ring[slot]!, nodeId: this.id(ringNode[slot]!) });
      }
    }
    this.sink.record({
      minute,
      kind: 'suppressedFrequencyCap',
      nodeId: this.id(n),
      channel: this.channel(n),
      maxTouches,
      windowDays,
      touchesInWindow,
    });
  }

  sent(minute: number, n: number, delivered: boolean): void {
    this.sink.record({
      minute,
      kind: delivered ? 'delivered' : 'failed',
      nodeId: this.id(n),
      channel: this.channel(n),
      cost: this.compiled.cost[n]!,
    });
  }

  clicked(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'clicked', nodeId: this.id(n) });
  }

  purchase(minute: number, value: number, touchNode: number): void {
    this.sink.record({
      minute,
      kind: 'purchased',
      value: Math.round(value * 100) / 100,
      touchNodeId: touchNode >= 0 ? this.id(touchNode) : null,
    });
  }

  goalExit(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'goalExit', nodeId: this.id(n) });
  }

  horizon(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'horizon', nodeId: this.id(n) });
  }

  loopGuard(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'loopGuard', nodeId: this.id(n) });
  }

  exit(minute: number, n: number): void {
    this.sink.record({ minute, kind: 'exit', nodeId: this.id(n) });
  }

  left(minute: number, n: number, handle: number, edge: number): void {
    this.sink.record({
      minute,
      kind: 'left',
      nodeId: this.id(n),
      handle: this.compiled.handles[n]![handle]!,
      edgeId: edge >= 0 ? this.compiled.edgeIds[edge]! : null,
    });
  }
}
