import type { ReactNode } from 'react';
import type { Journey, Problem } from '../journey/index.ts';
import type { CustomerSelector } from '../simulation/customer-selector.ts';
import type { SimulationResult } from '../simulation/result.ts';

/** A simulation drawn over the canvas: view state only, never saved, never exported, never undone. */
export interface CanvasSimulation {
  result: SimulationResult;
  /** the journey changed since this run: counts are drawn muted with a "stale" marker */
  stale: boolean;
}

/**
 * The editor's contract with the page that hosts it (src/app/editor-route). The editor owns the live
 * document from mount on; to replace it wholesale (e.g. "take theirs" after a conflict) the host
 * remounts the editor with a new `key`.
 */
export interface EditorProps {
  /** the document to start from */
  journey: Journey;
  /** called after every document change, undo and redo included, with the new document */
  onDocumentChange(journey: Journey): void;
  /** rendered at the end of the toolbar: save status, publish, the Simulate button … */
  toolbarExtras?: ReactNode;
  /** an extra panel docked beside the inspector (simulation results, a customer trace …) */
  sidePanel?: ReactNode;
  /** counts of the last simulation, drawn on nodes and edges */
  simulation?: CanvasSimulation | null;
  /** when given, count figures on the canvas offer "Show customers" for what they count */
  onShowCustomers?(selector: CustomerSelector): void;
  /** node ids to highlight as one customer's path (a trace), in order */
  highlightedPath?: readonly string[];
  /** problems from the server (e.g. a refused publish), listed with the live lints */
  externalProblems?: readonly Problem[];
}
