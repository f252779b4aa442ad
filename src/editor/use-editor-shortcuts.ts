import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  undo(): void;
  redo(): void;
  duplicate(): void;
  /** the selection as clipboard text, or null when nothing is selected */
  copyText(): string | null;
  pasteText(text: string): void;
}

/** Typing in a field keeps its own Ctrl+Z, Ctrl+C and Ctrl+V. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** An open modal dialog owns the keyboard. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/**
 * Editor keys on the whole page: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Ctrl/Cmd+D
 * duplicate; copy and paste through the browser's copy/paste events so the clipboard carries
 * journey JSON between tabs without a permission prompt. Delete/Backspace is React Flow's.
 */
export function useEditorShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  }, [handlers]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isEditable(event.target) || dialogOpen()) return;
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) latest.current.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) latest.current.redo();
      else if (key === 'd') latest.current.duplicate();
      else return;
      event.preventDefault();
    }
    function onCopy(event: ClipboardEvent) {
      if (isEditable(event.target) || dialogOpen() || !event.clipboardData) return;
      if ((window.getSelection()?.toString() ?? '') !== '') return; // the user is copying page text
      const text = latest.current.copyText();
      if (text === null) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    }
    function onPaste(event: ClipboardEvent) {
      if (isEditable(event.target) || dialogOpen() || !event.clipboardData) return;
      const text = event.clipboardData.getData('text/plain');
      if (text === '') return;
      event.preventDefault();
      latest.current.pasteText(text);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
