import { outputHandles } from '../../journey/handles.ts';
import type { Journey } from '../../journey/schema.ts';
import { SimulationResultSchema, type SimulationResult } from '../../simulation/result.ts';

/**
 * The result as CONTRACT §3 JSON in one written form: keys in schema order (zod rebuilds every object
 * from its shape), 2-space indent, trailing newline, so the same run always downloads the same bytes.
 */
export function serializeResult(result: SimulationResult): string {
  return `${JSON.stringify(SimulationResultSchema.parse(result), null, 2)}\n`;
}

/** RFC 4180 cell; a leading = + - @ is prefixed with ' so a spreadsheet never runs a label as a formula. */
function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

const touchColumns = [
  'attempted',
  'delivered',
  'failed',
  'suppressedConsent',
  'suppressedFrequencyCap',
  'deferredQuietHours',
  'clicks',
  'conversions',
  'cost',
] as const;

/**
 * One row per node in journey order: counts, outputs as `handle:count` pairs joined by `|` (a node's
 * outputs differ by type), and, for touches, the send figures (empty cells for other nodes).
 */
export function nodesCsv(journey: Journey, result: SimulationResult): string {
  const header = ['nodeId', 'type', 'label', 'entered', 'inProgress', 'goalExits', 'outputs', 'channel'];
  const rows = journey.nodes.map((node) => {
    const counts = result.nodes[node.id];
    const touch = result.touches[node.id];
    const outputs = outputHandles(node)
      .map((handle) => `${handle}:${counts?.outputs[handle] ?? 0}`)
      .join('|');
    return [
      node.id,
      node.type,
      node.label ?? '',
      counts?.entered ?? 0,
      counts?.inProgress ?? 0,
      counts?.goalExits ?? 0,
      outputs,
      touch?.channel ?? '',
      ...touchColumns.map((column) => (touch ? touch[column] : '')),
    ];
  });
  return csv([...header, ...touchColumns], rows);
}

/** Adds `days` to a YYYY-MM-DD date with UTC arithmetic (calendar dates have no time zone). */
export function dateAfter(startDate: string, days: number): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** One row per simulated day, dated from the run's start date. */
export function daysCsv(result: SimulationResult): string {
  const rows = result.timeline.map((day) => [
    day.day,
    dateAfter(result.startDate, day.day),
    day.entered,
    day.delivered,
    day.conversions,
    day.cost,
  ]);
  return csv(['day', 'date', 'entered', 'delivered', 'conversions', 'cost'], rows);
}

export function resultFileName(result: SimulationResult, extension: string): string {
  return `${result.journeyId}.${result.cohort.id}.seed-${result.seed}.${extension}`;
}
