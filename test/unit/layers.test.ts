import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph.ts';

const root = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

/** The layer rule's findings for `code` as if it were the file at `path` (the file need not exist). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths')
    .map((message) => message.message);
}

describe('the layer order (eslint.layers.js) is enforced by the lint', () => {
  it('refuses an upward import, static or dynamic, type-only included', async () => {
    expect(await layerErrors('src/journey/probe.ts', "export { fill } from '../i18n/fill.ts';\n")).toEqual([
      expect.stringContaining('src/journey may import only src/primitives, src/cohort'),
    ]);
    expect(
      await layerErrors('src/cohort/probe.ts', "export type { Journey } from '../journey/schema.ts';\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors(
        'src/simulation/probe.ts',
        "export const view = () => import('../editor/summary.ts');\n",
      ),
    ).toHaveLength(1);
    expect(await layerErrors('src/editor/probe.ts', "export { App } from '../app/App.tsx';\n")).toHaveLength(
      1,
    );
  });

  it('allows a downward import', async () => {
    expect(await layerErrors('src/editor/probe.ts', "export { fill } from '../i18n/fill.ts';\n")).toEqual([]);
    expect(
      await layerErrors('src/journey/probe.ts', "export { channels } from '../primitives/domain.ts';\n"),
    ).toEqual([]);
  });

  it('keeps the embedded backend and test helpers out of product code', async () => {
    expect(
      await layerErrors('src/app/probe.ts', "export { createHandlers } from '../../mocks/handlers.ts';\n"),
    ).toEqual([expect.stringContaining('Only src/main.tsx starts the embedded backend')]);
    expect(
      await layerErrors(
        'src/simulation/probe.ts',
        "export { uniformTestCohort } from './cohort.test-support.ts';\n",
      ),
    ).toEqual([expect.stringContaining('test helpers')]);
    expect(
      await layerErrors('src/main.tsx', "export const start = () => import('../mocks/browser.ts');\n"),
    ).toEqual([]);
    expect(
      await layerErrors(
        'src/simulation/probe.test.ts',
        "export { uniformTestCohort } from './cohort.test-support.ts';\n",
      ),
    ).toEqual([]);
  });
});

describe('the import graph', () => {
  it('has no cycle, counting type-only imports (which import-x/no-cycle skips)', () => {
    const cycles = importCycles(importGraph(root, ['src', 'mocks', 'test']));
    console.log(`import cycles in src, mocks and test: ${cycles.length}`);
    expect(cycles).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself can fail)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
