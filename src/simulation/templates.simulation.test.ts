import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import { brokenInvariants } from './invariants.test-support.ts';
import { outputHandles } from '../journey/handles.ts';
import { journeyTemplates } from '../journey/templates/index.ts';
import { generateSampleCohort } from '../cohort/samples/index.ts';

describe.each(journeyTemplates)(
  'simulating $id on 5,000 customers of its sample cohort $cohortId',
  (template) => {
    const journey = template.build('en');
    const cohort = generateSampleCohort(template.cohortId, { size: 5_000, seed: 7 });
    const result = simulate(journey, cohort, { seed: 2026, horizonDays: 30, startDate: '2026-12-01' });

    it('lets customers in and reaches every touch node', () => {
      expect(result.entered).toBeGreaterThan(0);
      for (const node of journey.nodes) {
        if (node.type !== 'touch') continue;
        const touch = result.touches[node.id];
        expect(touch?.attempted, `touch ${node.id}`).toBeGreaterThan(0);
        expect(touch?.delivered, `touch ${node.id}`).toBeGreaterThan(0);
      }
    });

    it('keeps every node count possible: entered = outputs + in progress + goal exits', () => {
      for (const node of journey.nodes) {
        const counts = result.nodes[node.id]!;
        const outputs = outputHandles(node).map((handle) => counts.outputs[handle] ?? 0);
        for (const value of [counts.entered, counts.inProgress, counts.goalExits, ...outputs])
          expect(value).toBeGreaterThanOrEqual(0);
        // an exit has no outputs: customers who enter it have left the journey (CONTRACT §3)
        if (node.type === 'exit') continue;
        const accounted =
          outputs.reduce((sum, value) => sum + value, 0) + counts.inProgress + counts.goalExits;
        expect(accounted, `node ${node.id}`).toBe(counts.entered);
      }
      expect(brokenInvariants(journey, result)).toEqual([]);
    });

    it('never sends more customers along an edge than entered its source', () => {
      for (const edge of journey.edges)
        expect(result.edges[edge.id]!).toBeLessThanOrEqual(result.nodes[edge.source]!.entered);
    });

    it('costs money and brings purchases', () => {
      const cost = Object.values(result.touches).reduce((sum, touch) => sum + touch.cost, 0);
      expect(cost).toBeGreaterThan(0);
      expect(result.conversions.treated).toBeGreaterThan(0);
    });
  },
);
