import { readdirSync, readFileSync } from 'node:fs';
import type { Journey, Lint } from '../../src/journey/index.ts';

export const FIXTURES = 'test/fixtures';

export interface Expectation {
  path: string;
  source: 'schema' | 'lint' | 'input';
  code?: string;
}

export const journeyFiles = (dir: string): string[] =>
  readdirSync(`${FIXTURES}/${dir}`)
    .filter((name) => name.endsWith('.journey.json'))
    .sort();

export const readFixture = (dir: string, name: string): string =>
  readFileSync(`${FIXTURES}/${dir}/${name}`, 'utf8');

export const invalidExpectations = (): Record<string, Expectation> =>
  JSON.parse(readFixture('invalid', 'expectations.json')) as Record<string, Expectation>;

/**
 * Where a lint points, written like a problem path: `nodes[i]` for a node (every index holding
 * that id, since a duplicate id is itself a lint), `edges[i]` for an edge, `(journey)` otherwise.
 */
export function lintPaths(journey: Journey, lint: Lint): string[] {
  const paths: string[] = [];
  if (lint.nodeId !== undefined)
    journey.nodes.forEach((node, index) => node.id === lint.nodeId && paths.push(`nodes[${index}]`));
  if (lint.edgeId !== undefined)
    journey.edges.forEach((edge, index) => edge.id === lint.edgeId && paths.push(`edges[${index}]`));
  return paths.length > 0 ? paths : ['(journey)'];
}
