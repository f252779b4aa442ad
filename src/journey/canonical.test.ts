import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeJourney } from './canonical.ts';
import { parseJourney } from './parse.ts';
import type { Journey } from './schema.ts';

const winbackText = readFileSync('test/fixtures/valid/winback.journey.json', 'utf8');

function parsed(input: unknown): Journey {
  const result = parseJourney(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.journey;
}

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

describe('serializeJourney', () => {
  it('writes the winback fixture exactly as committed (2-space indent, trailing newline)', () => {
    expect(serializeJourney(parsed(winbackText))).toBe(winbackText);
  });

  it('orders keys by the schema, whatever order the input had', () => {
    const shuffled = reverseKeys(JSON.parse(winbackText));
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(JSON.parse(winbackText)));
    expect(serializeJourney(parsed(shuffled))).toBe(winbackText);
  });

  it('is byte-identical after export → import → export', () => {
    const once = serializeJourney(parsed(reverseKeys(JSON.parse(winbackText))));
    expect(serializeJourney(parsed(once))).toBe(once);
  });

  it('ends with exactly one newline and indents with two spaces', () => {
    const text = serializeJourney(parsed(winbackText));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text.split('\n')[1]).toBe('  "format": "journey-canvas",');
  });

  it.each(readdirSync('test/fixtures/valid').filter((name) => name.endsWith('.journey.json')))(
    'round-trips valid fixture %s byte-identically once written canonically',
    (name) => {
      const once = serializeJourney(parsed(readFileSync(`test/fixtures/valid/${name}`, 'utf8')));
      expect(serializeJourney(parsed(once))).toBe(once);
      expect(JSON.parse(once)).toEqual(JSON.parse(readFileSync(`test/fixtures/valid/${name}`, 'utf8')));
    },
  );
});
