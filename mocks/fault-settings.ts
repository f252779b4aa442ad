import { faultRateFromSearch } from './faults.ts';

/**
 * The embedded backend's fault rate as the page sees it: read from `?faults=` on start, changed by
 * the dev control, kept for the tab's session so a reload keeps failing the same way. No msw here,
 * so the dev control can import it without pulling the mock backend into the page.
 */
const STORAGE_KEY = 'journey-canvas.faults';
type Listener = (rate: number) => void;

let active = false;
let rate = 0;
const listeners = new Set<Listener>();

function storedRate(): number | null {
  const stored = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(STORAGE_KEY);
  return stored === null ? null : faultRateFromSearch(`?faults=${stored}`);
}

/** Called by startEmbeddedBackend: the URL parameter wins over the value kept for the session. */
export function initFaultRate(search: string): number {
  active = true;
  const fromUrl = new URLSearchParams(search).has('faults') ? faultRateFromSearch(search) : null;
  rate = fromUrl ?? storedRate() ?? 0;
  return rate;
}

export const isEmbeddedBackendActive = () => active;
export const getFaultRate = () => rate;

export function setFaultRate(next: number): void {
  rate = Math.min(1, Math.max(0, next));
  sessionStorage.setItem(STORAGE_KEY, String(rate));
  for (const listener of listeners) listener(rate);
}

export function subscribeFaultRate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
