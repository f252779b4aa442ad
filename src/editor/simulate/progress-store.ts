import type { Progress } from '../../simulation/client.ts';

/**
 * The running job's progress, outside React state: only the progress bar subscribes, so the ~50
 * updates of a run repaint one bar instead of the whole editor (which would block the main thread).
 */
export interface ProgressStore {
  get(): Progress | null;
  set(progress: Progress | null): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let value: Progress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(progress) {
      value = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
