import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Channel } from '../../primitives/domain.ts';
import type { Journey } from '../../journey/schema.ts';
import type { SimulationResult, TouchResult } from '../../simulation/result.ts';
import type { FigureFormat } from './format.ts';

const touchCountColumns = [
  'attempted',
  'delivered',
  'failed',
  'suppressedConsent',
  'suppressedFrequencyCap',
  'deferredQuietHours',
  'clicks',
  'conversions',
] as const satisfies readonly (keyof TouchResult)[];

export function ChannelTable({ result, format }: { result: SimulationResult; format: FigureFormat }) {
  const { t } = useI18n();
  const words = t.simulate;
  const rows = Object.entries(result.channels);
  if (rows.length === 0) return <p>{words.noTouches}</p>;
  return (
    <div className="simulate-table-scroll" tabIndex={0} role="region" aria-label={words.channelsTitle}>
      <table className="simulate-table">
        <caption>{words.channelsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columns.channel}</th>
            <th scope="col">{words.columns.delivered}</th>
            <th scope="col">{words.columns.conversions}</th>
            <th scope="col">{words.columns.cost}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([channel, figures]) => (
            <tr key={channel}>
              <th scope="row">{t.templates.channelNames[channel as Channel] ?? channel}</th>
              <td>{format.count(figures.delivered)}</td>
              <td>{format.count(figures.conversions)}</td>
              <td>{format.money(figures.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row per touch with every reason a send did not happen; columns scroll sideways in a narrow panel. */
export function TouchTable({
  journey,
  result,
  format,
}: {
  journey: Journey;
  result: SimulationResult;
  format: FigureFormat;
}) {
  const { t } = useI18n();
  const words = t.simulate;
  const labels = new Map(journey.nodes.map((node) => [node.id, node.label?.trim() || node.id]));
  const rows = Object.entries(result.touches);
  if (rows.length === 0) return null;
  return (
    <div className="simulate-table-scroll" tabIndex={0} role="region" aria-label={words.touchesTitle}>
      <table className="simulate-table">
        <caption>{words.touchesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columns.touch}</th>
            <th scope="col">{words.columns.channel}</th>
            {touchCountColumns.map((column) => (
              <th scope="col" key={column}>
                {words.columns[column]}
              </th>
            ))}
            <th scope="col">{words.columns.cost}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([nodeId, touch]) => (
            <tr key={nodeId} data-node-id={nodeId}>
              <th scope="row">{labels.get(nodeId) ?? nodeId}</th>
              <td>{t.templates.channelNames[touch.channel]}</td>
              {touchCountColumns.map((column) => (
                <td key={column}>{format.count(touch[column])}</td>
              ))}
              <td>{format.money(touch.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
