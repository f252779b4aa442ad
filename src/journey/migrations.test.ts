import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateDocument, type Migration } from './migrations.ts';
import { parseJourney } from './parse.ts';
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

// Test-only history: v1 named the holdout "control", v2 renamed it, v3 added a tag list.
const renameControl: Migration = ({ control, ...rest }) => ({ ...rest, holdout: control });
const addTags: Migration = (document) => ({ ...document, tags: [] });
const chain = { 1: renameControl, 2: addTags };

describe('migrateDocument', () => {
  it('runs every step in order from the file version to the target and reports where it started', () => {
    const result = migrateDocument({ schemaVersion: 1, control: 10 }, chain, 3);
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, holdout: 10, tags: [] },
      migratedFrom: 1,
    });
  });

  it('starts from the middle of the chain for a newer file', () => {
    const result = migrateDocument({ schemaVersion: 2, holdout: 5 }, chain, 3);
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, holdout: 5, tags: [] },
      migratedFrom: 2,
    });
  });

  it('leaves a current file untouched and reports no migration', () => {
    const document = { schemaVersion: 3, holdout: 5, tags: ['a'] };
    expect(migrateDocument(document, chain, 3)).toEqual({ ok: true, document, migratedFrom: null });
  });

  it('reports a missing step instead of skipping it', () => {
    const result = migrateDocument({ schemaVersion: 1, control: 10 }, { 2: addTags }, 3);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        {
          path: 'schemaVersion',
          message: 'format version 1 can no longer be read',
          detail: { kind: 'schema-version-unreadable', version: 1 },
        },
      ]);
  });

  it('refuses a file from the future with advice to update', () => {
    const result = migrateDocument({ schemaVersion: 4 }, chain, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/newer Journey Canvas.*update the app/);
  });

  it.each([0, -1, 1.5, '1', null, undefined])('refuses schemaVersion %j', (schemaVersion) => {
    const result = migrateDocument({ schemaVersion }, chain, 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('schemaVersion');
  });

  it('does not change the input document', () => {
    const document = { schemaVersion: 1, control: 10 };
    migrateDocument(document, chain, 3);
    expect(document).toEqual({ schemaVersion: 1, control: 10 });
  });
});

describe('a fixture per released format version', () => {
  it.each(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1))(
    'test/fixtures/versions/v%i.journey.json opens in this version',
    (version) => {
      const result = parseJourney(readFileSync(`test/fixtures/versions/v${version}.journey.json`, 'utf8'));
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (result.ok) expect(result.migratedFrom).toBe(version === CURRENT_SCHEMA_VERSION ? null : version);
    },
  );
});
