import type { Journey } from '../../journey/index.ts';
import type { SimulationResult } from '../../simulation/result.ts';

/** Right-aligned numeric columns, left-aligned text: a table a terminal shows as it is. */
function table(header: string[], rows: (string | number)[][]): string {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? number(cell) : cell))),
  ];
  const numeric = header.map((_, k) => rows.length > 0 && rows.every((row) => typeof row[k] === 'number'));
  const widths = header.map((_, k) => Math.max(...cells.map((row) => row[k]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, k) => (numeric[k] ? cell.padStart(widths[k]!) : cell.padEnd(widths[k]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const number = (value: number): string =>
  Number.isInteger(value)
    ? value.toLocaleString('en')
    : value.toLocaleString('en', { maximumFractionDigits: 2 });
const percent = (share: number): string => `${(share * 100).toFixed(2)}%`;
const money = (amount: number): string =>
  amount.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The result as a reader wants it on a terminal: totals, then nodes, touches and channels. */
export function formatResultTable(journey: Journey, result: SimulationResult): string {
  const c = result.conversions;
  const lines = [
    `Journey ${result.journeyId} on cohort ${result.cohort.id} (${number(result.cohort.size)} customers), ` +
      `seed ${result.seed}, ${result.horizonDays} days from ${result.startDate}`,
    '',
    table(
      ['', 'customers'],
      [
        ['entered the journey', result.entered],
        ['held out (no touches)', result.holdout],
        ['reached (≥1 delivered touch)', result.reach],
        ['treated who bought', c.treated],
        ['holdout who bought', c.holdout],
      ],
    ),
    '',
    `Conversion rate: treated ${percent(c.treatedRate)}, holdout ${percent(c.holdoutRate)}; ` +
      `incremental conversions ${number(Math.round(c.incremental * 100) / 100)}; revenue ${money(c.revenue)}`,
    '',
    'Nodes',
    table(
      ['node', 'type', 'label', 'entered', 'in progress', 'goal exits', 'outputs'],
      journey.nodes.map((node) => {
        const counts = result.nodes[node.id]!;
        const outputs = Object.entries(counts.outputs)
          .map(([handle, count]) => `${handle} ${number(count)}`)
          .join(', ');
        return [
          node.id,
          node.type,
          node.label,
          counts.entered,
          counts.inProgress,
          counts.goalExits,
          outputs || '—',
        ];
      }),
    ),
  ];
  const touches = Object.entries(result.touches);
  if (touches.length > 0) {
    lines.push(
      '',
      'Touches',
      table(
        [
          'node',
          'channel',
          'attempted',
          'delivered',
          'failed',
          'no consent',
          'freq. cap',
          'quiet hours',
          'clicks',
          'conversions',
          'cost',
        ],
        touches.map(([id, t]) => [
          id,
          t.channel,
          t.attempted,
          t.delivered,
          t.failed,
          t.suppressedConsent,
          t.suppressedFrequencyCap,
          t.deferredQuietHours,
          t.clicks,
          t.conversions,
          money(t.cost),
        ]),
      ),
      '',
      'Channels',
      table(
        ['channel', 'delivered', 'conversions', 'cost'],
        Object.entries(result.channels).map(([channel, ch]) => [
          channel,
          ch.delivered,
          ch.conversions,
          money(ch.cost),
        ]),
      ),
    );
  }
  lines.push(
    '',
    '"quiet hours" counts touches deferred to the end of quiet hours; they are also counted as sent or not.',
  );
  return `${lines.join('\n')}\n`;
}
