import { CURRENT_SCHEMA_VERSION } from './schema.ts';
import type { Problem } from './problems.ts';

type RawDocument = Record<string, unknown>;

/**
 * `migrations[n]` turns a schemaVersion-n document into a schemaVersion-(n+1) one. Each is pure,
 * never edited once released, and has a fixture in test/fixtures/versions/. Version 1 is the first
 * released format, so the list is empty today; the mechanism is tested with test-only migrations.
 */
export type Migration = (document: RawDocument) => RawDocument;
export const journeyMigrations: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  { ok: true; document: RawDocument; migratedFrom: number | null } | { ok: false; problems: Problem[] };

export function migrateDocument(
  document: RawDocument,
  migrations: Readonly<Record<number, Migration>> = journeyMigrations,
  targetVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const message = 'must be a whole number from 1 up';
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message, detail: { kind: 'schema-version-invalid' } }],
    };
  }
  if (version > targetVersion) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `this file was made by a newer Journey Canvas (format version ${version}); this app reads up to version ${targetVersion}: update the app to open it`,
          detail: { kind: 'schema-version-newer', version, supported: targetVersion },
        },
      ],
    };
  }
  let current = document;
  for (let from = version; from < targetVersion; from++) {
    const step = migrations[from];
    if (!step) {
      return {
        ok: false,
        problems: [
          {
            path: 'schemaVersion',
            message: `format version ${from} can no longer be read`,
            detail: { kind: 'schema-version-unreadable', version: from },
          },
        ],
      };
    }
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { ok: true, document: current, migratedFrom: version === targetVersion ? null : version };
}
