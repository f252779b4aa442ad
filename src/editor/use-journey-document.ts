import { useCallback, useEffect, useRef, useState } from 'react';
import type { Journey } from '../journey/index.ts';
import { JourneyDocument, type Command, type CommandResult } from '../journey/commands/index.ts';

export interface JourneyDocumentApi {
  journey: Journey;
  canUndo: boolean;
  canRedo: boolean;
  execute(command: Command, mergeKey?: string): CommandResult;
  undo(): void;
  redo(): void;
}

/**
 * The live document and its history for React: every change goes through `JourneyDocument`
 * (commands and inverse patches) and is reported to the host with the new journey. A refused
 * command changes nothing; the caller shows its reason.
 */
export function useJourneyDocument(
  initial: Journey,
  onDocumentChange: (journey: Journey) => void,
): JourneyDocumentApi {
  const [document] = useState(() => new JourneyDocument(initial));
  const [journey, setJourney] = useState(initial);
  const report = useRef(onDocumentChange);
  useEffect(() => {
    report.current = onDocumentChange;
  }, [onDocumentChange]);

  const publish = useCallback(() => {
    setJourney(document.journey);
    report.current(document.journey);
  }, [document]);

  const execute = useCallback(
    (command: Command, mergeKey?: string): CommandResult => {
      const result = document.execute(command, mergeKey === undefined ? {} : { mergeKey });
      if (result.ok && result.patches.length > 0) publish();
      return result;
    },
    [document, publish],
  );
  const undo = useCallback(() => {
    if (document.undo()) publish();
  }, [document, publish]);
  const redo = useCallback(() => {
    if (document.redo()) publish();
  }, [document, publish]);

  return {
    journey,
    canUndo: document.canUndo,
    canRedo: document.canRedo,
    execute,
    undo,
    redo,
  };
}
