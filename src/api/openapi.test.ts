import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../../mocks/node.ts';
import { createJourney } from './create-journey.ts';
import { OPENAPI_FILE, openApiDocument, openApiText } from './openapi.ts';
import { winbackJourney } from './api.test-support.ts';

const { server } = createMockServer({ cohorts: [{ id: 'c', name: 'C', size: 1, description: 'one' }] });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** The OpenAPI document loaded into a JSON Schema validator, so its components can check real answers. */
function componentValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...openApiDocument(), $id: 'openapi' });
  return (id: string, value: unknown) => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${id}`);
    if (!validate) throw new Error(`no component ${id}`);
    return validate(value) ? [] : (validate.errors ?? []);
  };
}

describe('public/openapi.json', () => {
  it('matches the zod contract (run `npm run openapi` after changing src/api/contract.ts)', () => {
    const committed = readFileSync(OPENAPI_FILE, 'utf8');
    expect(committed === openApiText(), `${OPENAPI_FILE} is stale: run npm run openapi`).toBe(true);
  });

  it('is OpenAPI 3.1 and every $ref points at a component', () => {
    const document = openApiDocument();
    expect(document.openapi).toBe('3.1.0');
    const refs = [...openApiText().matchAll(/"\$ref": "#\/components\/schemas\/([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(refs.length).toBeGreaterThan(20);
    for (const id of refs) expect(Object.keys(document.components.schemas)).toContain(id);
  });

  it('describes what the embedded backend really answers', async () => {
    const check = componentValidator();
    const created = await createJourney({ source: 'import', journey: winbackJourney() });
    const { etag: _etag, ...record } = created;
    expect(check('JourneyRecord', record)).toEqual([]);
    const list = await (await fetch('http://localhost/api/journeys')).json();
    expect(check('JourneyList', list)).toEqual([]);
    expect(check('Journey', winbackJourney())).toEqual([]);
    const cohorts = await (await fetch('http://localhost/api/cohorts')).json();
    expect(check('CohortList', cohorts)).toEqual([]);
    const published = await fetch(`http://localhost/api/journeys/${created.id}/publish`, { method: 'POST' });
    expect(check('VersionSummary', await published.json())).toEqual([]);
    const invalid = await fetch('http://localhost/api/journeys', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ source: 'import', journey: { format: 'journey-canvas' } }),
    });
    expect(invalid.status).toBe(422);
    expect(check('ErrorBody', await invalid.json())).toEqual([]);
    const conflict = await fetch(`http://localhost/api/journeys/${created.id}`, {
      method: 'PUT',
      headers: { 'If-Match': '"r999"', 'Content-Type': 'application/json' },
      body: JSON.stringify({ journey: created.journey }),
    });
    expect(check('ConflictBody', await conflict.json())).toEqual([]);
    expect(check('JourneyRecord', { ...record, revision: 0 })).not.toEqual([]);
  });
});
