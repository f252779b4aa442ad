import { useRef, useState, type ChangeEvent } from 'react';
import { parseJourney, type Problem } from '../../journey/index.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { readFileText } from '../../ui/read-file-text.ts';

interface ImportButtonProps {
  /** a file that is a valid journey (already migrated to the current version) */
  onJourney(journey: unknown, fileName: string): Promise<void>;
  onProblems(fileName: string, problems: Problem[]): void;
}

/** Picks a *.journey.json file and checks it in the browser first: a bad file never reaches the server. */
export function ImportButton({ onJourney, onProblems }: ImportButtonProps) {
  const { t } = useI18n();
  const words = t.api.journeys;
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must fire change again
    if (!file) return;
    setBusy(true);
    try {
      const parsed = parseJourney(await readFileText(file));
      if (parsed.ok) await onJourney(parsed.journey, file.name);
      else onProblems(file.name, parsed.problems);
    } catch (error) {
      // The browser could not read the file (moved, no permission): that is this file's problem.
      const reason = String(error);
      onProblems(file.name, [
        { path: '(file)', message: `could not be read (${reason})`, detail: { kind: 'unreadable', reason } },
      ]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? words.importing : words.import}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="journey-import-input"
        onChange={(event) => void read(event)}
      />
    </>
  );
}
