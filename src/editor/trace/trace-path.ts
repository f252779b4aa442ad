import type { CustomerTrace } from '../../simulation/trace-events.ts';

/** The nodes a customer passed through, in order, for the canvas to highlight (repeats of a loop kept once in a row). */
export function pathOf(trace: CustomerTrace): string[] {
  const path: string[] = [];
  for (const event of trace.events) {
    if (event.kind !== 'entered' && event.kind !== 'arrived') continue;
    if (path[path.length - 1] !== event.nodeId) path.push(event.nodeId);
  }
  return path;
}
