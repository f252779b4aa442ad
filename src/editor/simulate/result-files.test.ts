import { describe, expect, it } from 'vitest';
import { findJourneyTemplate } from '../../journey/templates/index.ts';
import { mixedTestCohort } from '../../journey/templates/mixed-test-cohort.test-support.ts';
import { simulate } from '../../simulation/engine.ts';
import { SimulationResultSchema } from '../../simulation/result.ts';
import { dateAfter, daysCsv, nodesCsv, serializeResult } from './result-files.ts';

const journey = findJourneyTemplate('dormant-winback')!.build('en');
const options = { seed: 3, horizonDays: 10, startDate: '2026-12-28' };
const result = simulate(journey, mixedTestCohort(1500, 2), options);

describe('serializeResult', () => {
  it('writes CONTRACT §3 JSON that reads back to the same result, byte-identical for the same run', () => {
    const text = serializeResult(result);
    expect(SimulationResultSchema.parse(JSON.parse(text))).toEqual(result);
    expect(serializeResult(simulate(journey, mixedTestCohort(1500, 2), options))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text)).slice(0, 4)).toEqual(['journeyId', 'cohort', 'seed', 'horizonDays']);
  });
});

describe('nodesCsv', () => {
  it('has one row per node with its counts, outputs and, for touches, the send figures', () => {
    const lines = nodesCsv(journey, result).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + journey.nodes.length);
    expect(lines[0]).toBe(
      'nodeId,type,label,entered,inProgress,goalExits,outputs,channel,attempted,delivered,failed,suppressedConsent,suppressedFrequencyCap,deferredQuietHours,clicks,conversions,cost',
    );
    const touch = journey.nodes.find((node) => node.type === 'touch')!;
    const row = lines.find((line) => line.startsWith(`${touch.id},`))!;
    const counts = result.touches[touch.id]!;
    expect(
      row.endsWith(
        `,${counts.channel},${counts.attempted},${counts.delivered},${counts.failed},${counts.suppressedConsent},${counts.suppressedFrequencyCap},${counts.deferredQuietHours},${counts.clicks},${counts.conversions},${counts.cost}`,
      ),
    ).toBe(true);
    expect(row).toContain(`,out:${result.nodes[touch.id]!.outputs.out}`);
  });

  it('quotes labels with commas or quotes and defuses ones a spreadsheet would run as a formula', () => {
    const tricky = {
      ...journey,
      nodes: journey.nodes.map((node, i) =>
        i === 0 ? { ...node, label: 'Hello, "VIP"' } : i === 1 ? { ...node, label: '=HYPERLINK("x")' } : node,
      ),
    };
    const text = nodesCsv(tricky, result);
    expect(text).toContain(',"Hello, ""VIP""",');
    expect(text).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});

describe('daysCsv', () => {
  it('has one dated row per simulated day, across a year end', () => {
    const lines = daysCsv(result).trimEnd().split('\r\n');
    expect(lines[0]).toBe('day,date,entered,delivered,conversions,cost');
    expect(lines).toHaveLength(11);
    expect(lines[1]!.startsWith('0,2026-12-28,')).toBe(true);
    expect(lines[10]!.startsWith('9,2027-01-06,')).toBe(true);
    const day = result.timeline[4]!;
    expect(lines[5]).toBe(`4,2027-01-01,${day.entered},${day.delivered},${day.conversions},${day.cost}`);
  });

  it('dates days with calendar arithmetic', () => {
    expect(dateAfter('2028-02-28', 1)).toBe('2028-02-29');
    expect(dateAfter('2027-02-28', 1)).toBe('2027-03-01');
  });
});
