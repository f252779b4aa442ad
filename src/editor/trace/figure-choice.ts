import type { Journey } from '../../journey/schema.ts';
import type { CustomerSelector } from '../../simulation/customer-selector.ts';
import type { SimulationResult } from '../../simulation/result.ts';

/** The figures whose customers can be listed, as the panel's "Customers who …" select names them. */
export type FigureChoice =
  'node' | 'edge' | 'waiting' | 'suppressedConsent' | 'suppressedFrequencyCap' | 'deferred' | 'failed';

export function choiceOf(selector: CustomerSelector): FigureChoice {
  switch (selector.kind) {
    case 'suppressed':
      return selector.reason === 'consent' ? 'suppressedConsent' : 'suppressedFrequencyCap';
    default:
      return selector.kind;
  }
}

/** The figures one can ask about at the selector's node or edge: a touch has its send outcomes too. */
export function choicesFor(journey: Journey, selector: CustomerSelector): FigureChoice[] {
  if (selector.kind === 'edge') return ['edge'];
  const node = journey.nodes.find((candidate) => candidate.id === selector.nodeId);
  if (node?.type === 'touch')
    return ['node', 'suppressedConsent', 'suppressedFrequencyCap', 'deferred', 'failed', 'waiting'];
  return ['node', 'waiting'];
}

/** The selector for a choice at the same node (an edge selector stays as it is). */
export function selectorFor(selector: CustomerSelector, choice: FigureChoice): CustomerSelector {
  if (selector.kind === 'edge') return selector;
  const { nodeId } = selector;
  switch (choice) {
    case 'suppressedConsent':
      return { kind: 'suppressed', nodeId, reason: 'consent' };
    case 'suppressedFrequencyCap':
      return { kind: 'suppressed', nodeId, reason: 'frequencyCap' };
    case 'edge':
    case 'node':
      return { kind: 'node', nodeId };
    default:
      return { kind: choice, nodeId };
  }
}

/** The figure's count in the run, as the canvas and the Simulate panel show it; null when the run has none. */
export function figureCount(
  result: SimulationResult,
  selector: CustomerSelector,
  choice: FigureChoice,
): number | null {
  if (selector.kind === 'edge') return result.edges[selector.edgeId] ?? null;
  const node = result.nodes[selector.nodeId];
  const touch = result.touches[selector.nodeId];
  switch (choice) {
    case 'node':
    case 'edge':
      return node?.entered ?? null;
    case 'waiting':
      return node?.inProgress ?? null;
    case 'suppressedConsent':
      return touch?.suppressedConsent ?? null;
    case 'suppressedFrequencyCap':
      return touch?.suppressedFrequencyCap ?? null;
    case 'deferred':
      return touch?.deferredQuietHours ?? null;
    case 'failed':
      return touch?.failed ?? null;
  }
}
