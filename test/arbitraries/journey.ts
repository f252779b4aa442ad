import fc from 'fast-check';
import {
  nodeTypes,
  outputHandles,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
  type NodeType,
} from '../../src/journey/index.ts';
import { idArbitrary, nodeArbitrary, settingsArbitrary, text } from './configs.ts';

/**
 * Random journeys for property tests.
 * - `validJourneyArbitrary`: anything the schema accepts; edges leave real handles of existing
 *   nodes, but the graph may break lints (no trigger, cycles, edges into triggers …).
 * - `wellFormedJourneyArbitrary`: journeys with no lint error: 1–2 triggers first, edges only
 *   forward in node order except from a wait (so every cycle passes through a wait), at most one
 *   edge per output, no edge into a trigger, split percents totalling 100, sound filter rules.
 */

const journeyShell = (sound: boolean) =>
  fc.record(
    {
      id: idArbitrary,
      name: text(120, 1).filter((name) => name.length >= 1),
      description: text(2000),
      settings: settingsArbitrary(sound),
    },
    { requiredKeys: ['id', 'name', 'settings'] },
  );

const nodesOf = (types: NodeType[], sound: boolean): fc.Arbitrary<JourneyNode[]> =>
  fc
    .uniqueArray(idArbitrary, { minLength: types.length, maxLength: types.length })
    .chain((ids) => fc.tuple(...ids.map((id, index) => nodeArbitrary(id, types[index]!, sound))));

interface OutputSlot {
  source: JourneyNode;
  handle: string;
  /** node indexes this output may lead to */
  targets: number[];
}

/** Chooses for each output slot either nothing or one of its allowed targets. */
const edgesFor = (nodes: JourneyNode[], slots: OutputSlot[]): fc.Arbitrary<JourneyEdge[]> =>
  fc
    .tuple(...slots.map((slot) => fc.option(fc.nat({ max: Math.max(0, slot.targets.length - 1) }))))
    .map((picks) =>
      slots
        .flatMap((slot, index) => {
          const pick = picks[index];
          if (pick === null || pick === undefined || slot.targets.length === 0) return [];
          return [
            { source: slot.source.id, sourceHandle: slot.handle, target: nodes[slot.targets[pick]!]!.id },
          ];
        })
        .map((edge, index) => ({ id: `e${index + 1}`, ...edge })),
    );

const assemble = (
  shell: Omit<Journey, 'format' | 'schemaVersion' | 'nodes' | 'edges'>,
  nodes: JourneyNode[],
  edges: JourneyEdge[],
): Journey => ({
  format: 'journey-canvas',
  schemaVersion: 1,
  ...shell,
  nodes,
  edges,
});

export const validJourneyArbitrary: fc.Arbitrary<Journey> = fc
  .tuple(journeyShell(false), fc.array(fc.constantFrom(...nodeTypes), { maxLength: 10 }))
  .chain(([shell, types]) =>
    nodesOf(types, false).chain((nodes) => {
      const everyIndex = nodes.map((_, index) => index);
      const slots = nodes.flatMap((source) =>
        outputHandles(source).map((handle) => ({ source, handle, targets: everyIndex })),
      );
      return edgesFor(nodes, slots).map((edges) => assemble(shell, nodes, edges));
    }),
  );

const nonTriggerTypes = nodeTypes.filter((type) => type !== 'trigger');

export const wellFormedJourneyArbitrary: fc.Arbitrary<Journey> = fc
  .tuple(
    journeyShell(true),
    fc.integer({ min: 1, max: 2 }),
    fc.array(fc.constantFrom(...nonTriggerTypes), { minLength: 1, maxLength: 12 }),
  )
  .chain(([shell, triggerCount, rest]) => {
    const types: NodeType[] = [...Array<NodeType>(triggerCount).fill('trigger'), ...rest];
    return nodesOf(types, true).chain((nodes) => {
      const slots = nodes.flatMap((source, index) =>
        outputHandles(source).map((handle) => {
          const targets: number[] = [];
          for (let target = triggerCount; target < nodes.length; target++) {
            const forward = target > index;
            const backFromWait = source.type === 'wait' && target < index;
            if (forward || backFromWait) targets.push(target);
          }
          return { source, handle, targets };
        }),
      );
      return edgesFor(nodes, slots).map((edges) => assemble(shell, nodes, edges));
    });
  });
