import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { parseJourney, serializeJourney, type Journey } from '../journey/index.ts';
import {
  pasteOffset,
  selectionAsJourney,
  type Command,
  type CommandResult,
  type Point,
} from '../journey/commands/index.ts';
import type { Notice, RefusedImport } from './io/use-journey-io.ts';

const PASTE_NUDGE = 40;

interface ClipboardDeps {
  journey: Journey;
  selectedNodeIds: readonly string[];
  execute(command: Command): CommandResult;
  select(nodeIds: readonly string[]): void;
  notify(notice: Notice): void;
  importText(source: string, text: string): void;
  refuseImport(refused: RefusedImport): void;
  /** where pasted steps land when the copied ones are not on this canvas: the view's centre */
  viewCentre(): Point;
}

/**
 * Copy, paste and duplicate of steps. The clipboard holds journey JSON (the selected steps and the
 * connections between them), so a copy in one tab pastes in another. Pasting a journey into an
 * empty canvas imports it whole (settings included); otherwise its steps are added as copies.
 */
export function useClipboardSteps(deps: ClipboardDeps) {
  const { t, plural, formatNumber } = useI18n();
  const { journey, selectedNodeIds, execute, select, notify, importText, refuseImport, viewCentre } = deps;

  const copyText = useCallback((): string | null => {
    if (selectedNodeIds.length === 0) return null;
    const count = selectedNodeIds.length;
    notify({ tone: 'info', text: plural(t.editor.clipboard.copied, count, { count: formatNumber(count) }) });
    return serializeJourney(selectionAsJourney(journey, selectedNodeIds));
  }, [journey, selectedNodeIds, notify, t, plural, formatNumber]);

  const pasteText = useCallback(
    (text: string) => {
      const trimmed = text.trim();
      if (!trimmed.startsWith('{')) {
        notify({ tone: 'warning', text: t.editor.clipboard.pasteFailed });
        return;
      }
      if (journey.nodes.length === 0) {
        importText(t.editor.importDialog.pasted, trimmed);
        return;
      }
      const parsed = parseJourney(trimmed);
      if (!parsed.ok) {
        refuseImport({ source: t.editor.importDialog.pasted, problems: parsed.problems });
        return;
      }
      const { nodes, edges } = parsed.journey;
      const ids = new Set(journey.nodes.map((node) => node.id));
      // the same steps pasted back into their own journey land beside the originals
      const offset = nodes.every((node) => ids.has(node.id))
        ? { x: PASTE_NUDGE, y: PASTE_NUDGE }
        : pasteOffset(nodes, viewCentre());
      const result = execute({ type: 'paste', nodes, edges, offset });
      if (result.ok) select(result.created);
    },
    [journey, execute, select, notify, importText, refuseImport, viewCentre, t],
  );

  const duplicate = useCallback(() => {
    if (selectedNodeIds.length === 0) return;
    const result = execute({
      type: 'duplicate',
      nodeIds: selectedNodeIds,
      offset: { x: PASTE_NUDGE, y: PASTE_NUDGE },
    });
    if (result.ok) select(result.created);
  }, [selectedNodeIds, execute, select]);

  return { copyText, pasteText, duplicate };
}
