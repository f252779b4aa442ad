import { useCallback, useSyncExternalStore } from 'react';

const STORAGE_KEY = 'journey-canvas.guide-dismissed';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch (error) {
    // Storage blocked (some private modes): show the guide; dismissing then lasts for this page only.
    console.warn('Could not read whether the guide was dismissed', error);
    return memoryDismissed;
  }
}

let memoryDismissed = false;

function dismiss(): void {
  memoryDismissed = true;
  try {
    localStorage.setItem(STORAGE_KEY, '1');
  } catch (error) {
    console.warn('Could not remember that the guide was dismissed', error);
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first-run guide is shown until the user dismisses it once, in any journey. */
export function useGuideDismissed(): [boolean, () => void] {
  const dismissed = useSyncExternalStore(subscribe, () => memoryDismissed || read());
  return [dismissed, useCallback(dismiss, [])];
}
