import type { JourneyDraft } from './contract.ts';
import { createJourney } from './create-journey.ts';
import { ApiError, ConflictError, isNetworkError, isRetryable } from './errors.ts';
import type { LoadedJourney } from './get-journey.ts';
import type { DraftStore } from './local-drafts.ts';
import { sameJson } from './same-json.ts';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './retry.ts';
import { updateJourney, type UpdateJourneyInput } from './update-journey.ts';

/**
 * saved: the server has every edit · saving: a save is on its way (or being retried after a 5xx) ·
 * offline: the server cannot be reached, retrying · conflict: someone else's change is on the server,
 * the user must choose · error: the server refused the save for good (e.g. the journey was deleted).
 */
export type SaveStatus = 'saved' | 'saving' | 'offline' | 'conflict' | 'error';

export interface SaveSnapshot {
  status: SaveStatus;
  /** edits the server has not confirmed yet (they are in the local draft store meanwhile) */
  dirty: boolean;
  etag: string;
  lastSavedAt: string | null;
  /** the server's copy, while status is 'conflict' */
  conflict: LoadedJourney | null;
  error: ApiError | null;
  /** the browser refused to keep the local draft (storage full, private mode): unsaved work is at risk */
  localCopyFailed: boolean;
}

export interface SaveQueueOptions {
  journeyId: string;
  /** the ETag of the revision the editor opened */
  etag: string;
  drafts: DraftStore;
  save?: (input: UpdateJourneyInput) => Promise<LoadedJourney>;
  createCopy?: (journey: JourneyDraft) => Promise<LoadedJourney>;
  backoff?: BackoffOptions;
  /** autosave this long after the last edit; 0 saves at once */
  idleMs?: number;
  now?: () => Date;
  /** each confirmed save, e.g. to refresh react-query's cache of the journey */
  onSaved?: (saved: LoadedJourney) => void;
  /** this editor's key in the draft store (one per tab and journey); random when not given */
  writerId?: string;
}

type Listener = () => void;

/**
 * The editor's path to the server. Edits go to the local draft store at once and to the server one
 * save at a time (the newest edit replaces any not yet sent), retried with backoff for as long as it
 * takes. The local draft is deleted only when the server has confirmed the newest edit.
 */
export class SaveQueue {
  private snapshot: SaveSnapshot;
  private readonly listeners = new Set<Listener>();
  private latest: JourneyDraft | null = null;
  private latestSeq = 0;
  private savedSeq = 0;
  private pumping: Promise<void> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private wakeUp: (() => void) | null = null;
  private draftWrites: Promise<void> = Promise.resolve();
  /** drafts sent since the last confirmed save: one may have landed with its answer lost */
  private unconfirmed: JourneyDraft[] = [];
  private stopped = false;
  private readonly save: (input: UpdateJourneyInput) => Promise<LoadedJourney>;
  private readonly createCopy: (journey: JourneyDraft) => Promise<LoadedJourney>;
  /** whose draft this queue keeps in the store: other tabs' drafts of the journey are never touched */
  readonly writerId: string;

  constructor(private readonly options: SaveQueueOptions) {
    this.writerId = options.writerId ?? crypto.randomUUID();
    this.save = options.save ?? updateJourney;
    this.createCopy = options.createCopy ?? ((journey) => createJourney({ source: 'copy', journey }));
    this.snapshot = {
      status: 'saved',
      dirty: false,
      etag: options.etag,
      lastSavedAt: null,
      conflict: null,
      error: null,
      localCopyFailed: false,
    };
  }

  /** For React's useSyncExternalStore: the same object until something changes. */
  getSnapshot = (): SaveSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The editor's document changed: keep it locally now, send it when the user pauses. */
  edit(journey: JourneyDraft): void {
    this.latest = journey;
    this.latestSeq += 1;
    this.update({ dirty: true });
    this.syncLocalDraft();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.stopped) return;
    const idleMs = this.options.idleMs ?? 2000;
    if (idleMs <= 0) void this.pump();
    else this.idleTimer = setTimeout(() => void this.pump(), idleMs);
  }

  /** Ctrl/Cmd+S: send now; resolves once the server has everything, or a conflict or error stops it. */
  saveNow(): Promise<SaveSnapshot> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    void this.pump();
    return this.settled();
  }

  /** Resolves when there is nothing left to do: saved, or waiting for the user (conflict, error). */
  settled(): Promise<SaveSnapshot> {
    return new Promise((resolve) => {
      const check = () => {
        const { status, dirty } = this.snapshot;
        const waiting = this.idleTimer !== null || this.pumping !== null;
        if ((!dirty && !waiting) || status === 'conflict' || status === 'error' || this.stopped) {
          unsubscribe();
          resolve(this.snapshot);
        }
      };
      const unsubscribe = this.subscribe(check);
      check();
    });
  }

  /** Skip the rest of a backoff wait (the browser came back online), or try again after an error. */
  retryNow(): void {
    if (this.snapshot.status === 'error') this.update({ status: 'saving', error: null });
    this.wakeUp?.();
    void this.pump();
  }

  /** Conflict → "overwrite": my draft replaces the server's copy. */
  overwrite(): Promise<SaveSnapshot> {
    const current = this.snapshot.conflict;
    if (!current) return this.settled();
    this.update({ status: 'saving', conflict: null, etag: current.etag });
    return this.saveNow();
  }

  /** Conflict → "take theirs": my unsaved edits are dropped; the editor opens the returned copy. */
  takeTheirs(): LoadedJourney | null {
    const current = this.snapshot.conflict;
    if (!current) return null;
    this.reset(current.etag);
    return current;
  }

  /**
   * The editor replaced its document with the server's (took theirs, restored a version): unsaved
   * edits are dropped, and saves continue from `etag`.
   */
  reset(etag: string): void {
    this.latest = null;
    this.unconfirmed = [];
    this.savedSeq = this.latestSeq;
    this.update({ status: 'saved', dirty: false, conflict: null, error: null, etag });
    this.syncLocalDraft();
  }

  /** Conflict → "keep mine as a copy": my draft becomes a new journey, this one takes the server's copy. */
  async keepMineAsCopy(name: string): Promise<{ copy: LoadedJourney; theirs: LoadedJourney | null }> {
    if (!this.latest) throw new Error('There are no unsaved edits to keep as a copy.');
    const copy = await this.createCopy({ ...this.latest, name });
    return { copy, theirs: this.takeTheirs() };
  }

  /** Stops sending (the editor closed); edits made meanwhile still reach the local draft store. */
  stop(): void {
    this.stopped = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.wakeUp?.();
  }

  /** Sends again after stop(), starting with whatever is unsaved. */
  start(): void {
    this.stopped = false;
    if (this.snapshot.dirty) void this.pump();
  }

  private update(change: Partial<SaveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of [...this.listeners]) listener();
  }

  /** One save loop at a time, whoever asks. */
  private pump(): Promise<void> {
    this.idleTimer = null;
    this.pumping ??= this.sendUntilSaved().finally(() => {
      this.pumping = null;
      this.update({});
    });
    return this.pumping;
  }

  private async sendUntilSaved(): Promise<void> {
    let attempt = 0;
    while (!this.stopped && this.latest !== null && this.savedSeq < this.latestSeq) {
      const { status } = this.snapshot;
      if (status === 'conflict' || status === 'error') return;
      const seq = this.latestSeq;
      const journey = this.latest;
      if (status !== 'offline') this.update({ status: 'saving' });
      try {
        this.unconfirmed.push(journey);
        const saved = await this.save({ id: this.options.journeyId, etag: this.snapshot.etag, journey });
        attempt = 0;
        this.unconfirmed = [];
        this.savedSeq = seq;
        if (this.latestSeq === seq) this.latest = null;
        const dirty = this.latest !== null;
        this.update({ status: dirty ? 'saving' : 'saved', dirty, etag: saved.etag, lastSavedAt: this.now() });
        this.syncLocalDraft();
        this.options.onSaved?.(saved);
      } catch (error) {
        if (error instanceof ConflictError) {
          // The server holds one of our own earlier saves (its answer was lost): build on it, no conflict.
          if (this.unconfirmed.some((sent) => sameJson(sent, error.current.journey))) {
            this.unconfirmed = [];
            this.update({ etag: error.current.etag });
            continue;
          }
          return this.update({ status: 'conflict', conflict: error.current });
        }
        if (!isRetryable(error)) {
          const refused = error instanceof ApiError ? error : new ApiError(0, 'client', String(error));
          return this.update({ status: 'error', error: refused });
        }
        this.update({ status: isNetworkError(error) ? 'offline' : 'saving' });
        await this.sleep(backoffDelay(attempt, this.options.backoff ?? defaultBackoff));
        attempt += 1;
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }

  /**
   * Mirrors the newest unconfirmed edit into the draft store (or removes it once confirmed). Writes
   * run in order and each reads the state when it runs, so the store always ends at the newest state.
   */
  private syncLocalDraft(): void {
    const { journeyId } = this.options;
    this.draftWrites = this.draftWrites.then(async () => {
      try {
        if (this.latest === null) await this.options.drafts.delete(journeyId, this.writerId);
        else {
          const draft = {
            journeyId,
            writerId: this.writerId,
            journey: this.latest,
            baseEtag: this.snapshot.etag,
            editedAt: this.now(),
          };
          await this.options.drafts.put(draft);
        }
        if (this.snapshot.localCopyFailed) this.update({ localCopyFailed: false });
      } catch (error) {
        console.error('Could not keep the local copy of the journey draft', error);
        this.update({ localCopyFailed: true });
      }
    });
  }

  /** Resolves when the local draft store has caught up with every edit (tests, and before unload). */
  localDraftWritten(): Promise<void> {
    return this.draftWrites;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}
