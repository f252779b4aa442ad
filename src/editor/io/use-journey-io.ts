import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import { readFileText } from '../../ui/read-file-text.ts';
import {
  hasLintErrors,
  lintJourney,
  parseJourney,
  serializeJourney,
  type Journey,
  type Problem,
} from '../../journey/index.ts';
import type { Command } from '../../journey/commands/index.ts';
import { downloadText, errorText, exportFileName } from './download.ts';

export interface Notice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export interface RefusedImport {
  source: string;
  problems: Problem[];
}

/**
 * Import and export of the open journey. An import that fails to parse changes nothing and lists
 * every problem; one that parses replaces the journey in one undoable step, keeping the open
 * journey's id (the editor is editing that journey on the server).
 */
export function useJourneyIo(
  journey: Journey,
  execute: (command: Command) => void,
  notify: (notice: Notice) => void,
  /** called after a journey was imported, e.g. to bring it into view */
  onImported: () => void,
) {
  const { t } = useI18n();
  const words = t.editor;
  const [refusedImport, setRefusedImport] = useState<RefusedImport | null>(null);

  const importText = useCallback(
    (source: string, text: string) => {
      const parsed = parseJourney(text);
      if (!parsed.ok) {
        setRefusedImport({ source, problems: parsed.problems });
        return;
      }
      execute({ type: 'replaceAll', journey: { ...parsed.journey, id: journey.id } });
      notify({ tone: 'info', text: fill(words.imported, { name: parsed.journey.name }) });
      onImported();
    },
    [execute, journey.id, notify, words, onImported],
  );

  const importFile = useCallback(
    async (file: File) => {
      try {
        importText(file.name, await readFileText(file));
      } catch (error) {
        notify({ tone: 'error', text: fill(words.importDialog.readFailed, { reason: errorText(error) }) });
      }
    },
    [importText, notify, words],
  );

  const exportJourney = useCallback(() => {
    const file = exportFileName(journey.id);
    downloadText(file, serializeJourney(journey));
    const errors = lintJourney(journey).filter((lint) => lint.severity === 'error').length;
    notify(
      errors > 0
        ? { tone: 'warning', text: fill(words.exportNotice.withErrors, { count: errors }) }
        : { tone: 'info', text: fill(words.exportNotice.done, { file }) },
    );
  }, [journey, notify, words]);

  const copyJson = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(serializeJourney(journey));
      const lints = lintJourney(journey);
      notify(
        hasLintErrors(lints)
          ? {
              tone: 'warning',
              text: `${words.exportNotice.copied} ${fill(words.exportNotice.withErrors, {
                count: lints.filter((lint) => lint.severity === 'error').length,
              })}`,
            }
          : { tone: 'info', text: words.exportNotice.copied },
      );
    } catch (error) {
      notify({ tone: 'error', text: fill(words.exportNotice.copyFailed, { reason: errorText(error) }) });
    }
  }, [journey, notify, words]);

  return {
    importText,
    importFile,
    exportJourney,
    copyJson,
    refusedImport,
    refuseImport: setRefusedImport,
    closeRefusedImport: () => setRefusedImport(null),
  };
}
