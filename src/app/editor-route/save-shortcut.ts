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
