import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Journey } from '../../journey/schema.ts';
import type { SimulationResult } from '../../simulation/result.ts';
import { daysCsv, nodesCsv, resultFileName, serializeResult } from './result-files.ts';

/** Hands text to the browser as a file download; nothing leaves the machine. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; revoking later keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ResultDownloads({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const { t } = useI18n();
  const words = t.simulate;
  return (
    <div className="simulate-downloads" role="group" aria-label={words.downloadsTitle}>
      <span>{words.downloadsTitle}</span>
      <button
        type="button"
        onClick={() => download(serializeResult(result), resultFileName(result, 'json'), 'application/json')}
      >
        {words.downloadJson}
      </button>
      <button
        type="button"
        onClick={() => download(nodesCsv(journey, result), resultFileName(result, 'nodes.csv'), 'text/csv')}
      >
        {words.downloadNodes}
      </button>
      <button
        type="button"
        onClick={() => download(daysCsv(result), resultFileName(result, 'days.csv'), 'text/csv')}
      >
        {words.downloadDays}
      </button>
    </div>
  );
}
