import type { Journey } from '../schema.ts';
import { applyCommand } from './apply.ts';
import { emptyHistory, record, redo, undo, type History } from './history.ts';
import type { Command, CommandResult } from './types.ts';

export interface ExecuteOptions {
  /** changes with the same key within a second are one undo step */
  mergeKey?: string;
  /** the time of the change in ms (tests pass their own clock) */
  now?: number;
}

/**
 * A journey with its undo history: public intent methods over one private apply. The editor
 * holds one of these; tests drive it without rendering anything.
 */
export class JourneyDocument {
  #journey: Journey;
  #history: History = emptyHistory;

  constructor(journey: Journey) {
    this.#journey = journey;
  }

  get journey(): Journey {
    return this.#journey;
  }

  get canUndo(): boolean {
    return this.#history.past.length > 0;
  }

  get canRedo(): boolean {
    return this.#history.future.length > 0;
  }

  execute(command: Command, options: ExecuteOptions = {}): CommandResult {
    const result = applyCommand(this.#journey, command);
    if (!result.ok) return result;
    this.#journey = result.journey;
    this.#history = record(this.#history, {
      patches: result.patches,
      inversePatches: result.inversePatches,
      mergeKey: options.mergeKey ?? null,
      at: options.now ?? Date.now(),
    });
    return result;
  }

  /** True when a step was taken back. */
  undo(): boolean {
    const step = undo(this.#history, this.#journey);
    if (!step) return false;
    this.#journey = step.journey;
    this.#history = step.history;
    return true;
  }

  /** True when a step was re-applied. */
  redo(): boolean {
    const step = redo(this.#history, this.#journey);
    if (!step) return false;
    this.#journey = step.journey;
    this.#history = step.history;
    return true;
  }
}
