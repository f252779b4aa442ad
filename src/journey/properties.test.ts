import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validJourneyArbitrary, wellFormedJourneyArbitrary } from '../../test/arbitraries/journey.ts';
import { serializeJourney } from './canonical.ts';
import { lintJourney } from './lint/index.ts';
import { parseJourney } from './parse.ts';

const numRuns = 200;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object and list inside a JSON value, each with the keys it holds. */
function containers(value: Json): { holder: Json[] | { [key: string]: Json }; keys: (string | number)[] }[] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  const inner = Array.isArray(value) ? value : Object.values(value);
  return [{ holder: value, keys }, ...inner.flatMap(containers)];
}

type EditMutation = { kind: 'delete' | 'replace'; at: number; key: number; replacement: Json };
type TextMutation = { kind: 'insert' | 'truncate'; at: number; junk: string };
type Mutation = EditMutation | TextMutation;
const isTextMutation = (mutation: Mutation): mutation is TextMutation =>
  mutation.kind === 'insert' || mutation.kind === 'truncate';

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'replace' as const),
    at: fc.nat(),
    key: fc.nat(),
    replacement: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
  fc.record({
    kind: fc.constantFrom('insert' as const, 'truncate' as const),
    at: fc.nat(),
    junk: fc.string(),
  }),
);

function mutate(text: string, mutation: Mutation): string {
  if (!isTextMutation(mutation)) return editDocument(text, mutation);
  if (mutation.kind === 'insert') {
    const at = mutation.at % (text.length + 1);
    return text.slice(0, at) + mutation.junk + text.slice(at);
  }
  return text.slice(0, mutation.at % text.length);
}

function editDocument(text: string, mutation: EditMutation): string {
  const document = JSON.parse(text) as Json;
  const places = containers(document).filter((place) => place.keys.length > 0);
  const place = places[mutation.at % places.length]!;
  const key = place.keys[mutation.key % place.keys.length]!;
  const holder = place.holder as Record<string | number, Json>;
  if (mutation.kind === 'delete') {
    if (Array.isArray(place.holder)) place.holder.splice(key as number, 1);
    else delete holder[key];
  } else {
    holder[key] = mutation.replacement;
  }
  return JSON.stringify(document, null, 2);
}

describe('journey properties', () => {
  it('every journey the arbitrary makes is accepted by parseJourney', () => {
    fc.assert(
      fc.property(validJourneyArbitrary, (journey) => {
        const result = parseJourney(journey);
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('the published JSON Schema (read by ajv) accepts every one of them too', () => {
    const schema = JSON.parse(readFileSync('public/schema/journey.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    fc.assert(
      fc.property(validJourneyArbitrary, (journey) => {
        validate(JSON.parse(serializeJourney(journey)));
        expect(validate.errors ?? []).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('serialize → parse → serialize is byte-identical', () => {
    fc.assert(
      fc.property(validJourneyArbitrary, (journey) => {
        const text = serializeJourney(journey);
        const reread = parseJourney(text);
        if (!reread.ok) throw new Error(JSON.stringify(reread.problems));
        expect(serializeJourney(reread.journey)).toBe(text);
      }),
      { numRuns },
    );
  });

  it('well-formed journeys parse and have no lint errors', () => {
    fc.assert(
      fc.property(wellFormedJourneyArbitrary, (journey) => {
        const result = parseJourney(serializeJourney(journey));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(lintJourney(result.journey).filter((lint) => lint.severity === 'error')).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('a mutated file never makes parseJourney throw, and a rejection always says where', () => {
    fc.assert(
      fc.property(validJourneyArbitrary, mutationArbitrary, (journey, mutation) => {
        const result = parseJourney(mutate(serializeJourney(journey), mutation));
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.path).not.toBe('');
          expect(problem.message).not.toBe('');
        }
      }),
      { numRuns },
    );
  });
});
