export * from './types.ts';
export { applyCommand, COLUMN_GAP, ROW_GAP } from './apply.ts';
export { JourneyDocument, type ExecuteOptions } from './document.ts';
export * from './history.ts';
export { newNode, type Point } from './new-node.ts';
export { nextId, nextIds } from './ids.ts';
export { connectionRefusal, firstFreeOutput } from './graph-edits.ts';
export { pasteOffset, selectionAsJourney } from './clipboard.ts';
