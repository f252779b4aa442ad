import type { Journey } from '../../journey/index.ts';
import { parseStartDate } from '../../simulation/calendar.ts';
import type { CustomerTrace, RuleReading, TraceEvent } from '../../simulation/trace.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "day 3, Fri 2026-12-04 09:00" for a minute since the run's start. */
export function formatMinute(startDate: string, minute: number): string {
  const day = Math.floor(minute / 1440);
  const clock = Math.floor(minute - day * 1440);
  const date = new Date((parseStartDate(startDate) + day) * 86_400_000);
  const weekday = date.toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' });
  return `day ${day}, ${weekday} ${date.toISOString().slice(0, 10)} ${pad(Math.floor(clock / 60))}:${pad(clock % 60)}`;
}

const show = (value: RuleReading['actual'] | RuleReading['expected']): string =>
  value === null ? '(empty)' : Array.isArray(value) ? `[${value.join(', ')}]` : String(value);

const rule = (reading: RuleReading): string =>
  `${reading.field} ${reading.op} ${show(reading.expected)}: ${show(reading.actual)} ${reading.passed ? '✓' : '✗'}`;

const money = (amount: number) => amount.toFixed(2);

/** The timeline of one customer in plain English words, one line per event. */
export function formatTrace(journey: Journey, trace: CustomerTrace, startDate: string): string {
  const labels = new Map(journey.nodes.map((node) => [node.id, node.label.trim() || node.id]));
  const targets = new Map(journey.edges.map((edge) => [edge.id, edge.target]));
  const name = (id: string) => `"${labels.get(id) ?? id}"`;
  const at = (minute: number) => formatMinute(startDate, minute);

  const sentence = (event: TraceEvent): string => {
    switch (event.kind) {
      case 'entered':
        return `entered the journey at ${name(event.nodeId)} (${event.trigger} trigger)`;
      case 'holdout':
        return `${name(event.nodeId)} fired, but the customer is in the holdout: kept out of every touch to measure lift`;
      case 'arrived':
        return `reached ${name(event.nodeId)}`;
      case 'condition': {
        const how = event.match === 'all' ? 'every rule must pass' : 'any rule may pass';
        const readings = event.rules.length === 0 ? 'no rules' : event.rules.map(rule).join('; ');
        return `condition ${name(event.nodeId)} is ${event.result ? 'true' : 'false'} (${how}): ${readings}`;
      }
      case 'split':
        return `split ${name(event.nodeId)} chose variant "${event.variantLabel || event.variantId}"`;
      case 'waitStarted':
        return (
          `waiting at ${name(event.nodeId)}` +
          (event.event ? ` for ${event.event}` : '') +
          (event.until === null
            ? ' past the end of the simulation'
            : ` ${event.event ? 'at most ' : ''}until ${at(event.until)}`)
        );
      case 'waitEnded':
        return `wait at ${name(event.nodeId)} ended: ${
          event.reason === 'event'
            ? 'the event came'
            : event.reason === 'timeout'
              ? 'timed out'
              : 'time is up'
        }`;
      case 'suppressedConsent':
        return `not sent: ${name(event.nodeId)} — no consent for ${event.channel}`;
      case 'suppressedFrequencyCap': {
        const earlier = event.touchesInWindow.map((t) => `${name(t.nodeId)} at ${at(t.minute)}`).join(', ');
        return (
          `not sent: ${name(event.nodeId)} — frequency cap of ${event.maxTouches} touches in ${event.windowDays} days reached` +
          (earlier ? ` by ${earlier}` : '')
        );
      }
      case 'deferredQuietHours':
        return `${name(event.nodeId)} is due in quiet hours: held until ${at(event.until)}`;
      case 'delivered':
        return `delivered ${name(event.nodeId)} by ${event.channel} (cost ${money(event.cost)})`;
      case 'failed':
        return `sending ${name(event.nodeId)} by ${event.channel} failed: not delivered (cost ${money(event.cost)})`;
      case 'clicked':
        return `clicked ${name(event.nodeId)}`;
      case 'purchased':
        return event.touchNodeId === null
          ? `bought on their own (order value ${money(event.value)})`
          : `bought after touch ${name(event.touchNodeId)} (order value ${money(event.value)})`;
      case 'goalExit':
        return `reached the goal at ${name(event.nodeId)} and left the journey`;
      case 'left': {
        const target = event.edgeId === null ? undefined : targets.get(event.edgeId);
        return target === undefined
          ? `left the journey: output "${event.handle}" of ${name(event.nodeId)} leads nowhere`
          : `went on by "${event.handle}" to ${name(target)}`;
      }
      case 'exit':
        return `left the journey at exit ${name(event.nodeId)}`;
      case 'loopGuard':
        return `stopped at ${name(event.nodeId)}: the journey went round a loop too often without time passing`;
      case 'horizon':
        return `still at ${name(event.nodeId)} when the simulation ended`;
    }
  };

  const header = `Customer ${trace.customerId}${trace.holdout ? ' (holdout group)' : ''}`;
  if (trace.events.length === 0)
    return `${header}\nNothing happened: no trigger fired and no purchase was made in the simulated days.\n`;
  // "went on by … to X" already says the customer reached X, so arrivals are not repeated in words
  const lines = trace.events
    .filter((event) => event.kind !== 'arrived')
    .map((event) => `${at(event.minute)}  ${sentence(event)}`);
  return `${header}\n${lines.join('\n')}\n`;
}
