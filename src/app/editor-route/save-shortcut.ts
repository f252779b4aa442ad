import { useEffect } from 'react';

/** Ctrl+S (Cmd+S on a Mac) saves now instead of opening the browser's "Save page" dialog. */
export function useSaveShortcut(saveNow: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveNow();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [saveNow]);
}

/**
 * Closing the tab is safe while edits sit in the local draft store; only when the browser refused
 * to keep that copy does it ask the user to stay until the server has everything.
 */
export function useWarnBeforeUnload(atRisk: boolean): void {
  useEffect(() => {
    if (!atRisk) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [atRisk]);
}
