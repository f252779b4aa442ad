import type { Journey } from '../journey/schema.ts';
import type { SimulationResult } from './result.ts';

/** The CONTRACT §3 invariants a result must hold; returns the ones broken, in words. */
/** own keys only: ids such as "constructor" must not read Object.prototype */
const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export function brokenInvariants(journey: Journey, result: SimulationResult): string[] {
  const broken: string[] = [];
  const incoming = new Map<string, number>();
  for (const edge of journey.edges) {
    const count = own(result.edges, edge.id) ?? Number.NaN;
    incoming.set(edge.target, (incoming.get(edge.target) ?? 0) + count);
    const source = own(result.nodes, edge.source);
    const out = source ? own(source.outputs, edge.sourceHandle) : undefined;
    if (out !== count)
      broken.push(`edge ${edge.id} counts ${count} but ${edge.source}.${edge.sourceHandle} sent ${out}`);
  }
  let triggerEntrants = 0;
  for (const node of journey.nodes) {
    const counts = own(result.nodes, node.id);
    if (!counts) {
      broken.push(`node ${node.id} missing`);
      continue;
    }
    const outputs = Object.values(counts.outputs).reduce((a, b) => a + b, 0);
    if (node.type !== 'exit' && counts.entered !== outputs + counts.inProgress + counts.goalExits) {
      broken.push(`node ${node.id}: entered ${counts.entered} ≠ outputs ${outputs} + inProgress + goalExits`);
    }
    const fromEdges = incoming.get(node.id) ?? 0;
    if (node.type === 'trigger') triggerEntrants += counts.entered - fromEdges;
    else if (counts.entered !== fromEdges)
      broken.push(`node ${node.id}: entered ${counts.entered} ≠ incoming ${fromEdges}`);
    const touch = own(result.touches, node.id);
    if (touch) {
      const sum = touch.delivered + touch.failed + touch.suppressedConsent + touch.suppressedFrequencyCap;
      if (touch.attempted !== sum) broken.push(`touch ${node.id}: attempted ${touch.attempted} ≠ ${sum}`);
    }
  }
  const timelineEntered = result.timeline.reduce((a, d) => a + d.entered, 0);
  if (timelineEntered !== triggerEntrants)
    broken.push(`timeline entered ${timelineEntered} ≠ trigger entrants ${triggerEntrants}`);
  if (result.entered > triggerEntrants)
    broken.push(`entered ${result.entered} > entrants ${triggerEntrants}`);
  const timelineConversions = result.timeline.reduce((a, d) => a + d.conversions, 0);
  if (timelineConversions !== result.conversions.treated) {
    broken.push(`timeline conversions ${timelineConversions} ≠ treated`);
  }
  return broken;
}
