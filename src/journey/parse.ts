import { JOURNEY_FORMAT, JourneySchema, type Journey } from './schema.ts';
import { migrateDocument } from './migrations.ts';
import type { ProblemDetail } from './problem-detail.ts';
import { marketerMessage, problemsFromZod, type Problem } from './problems.ts';

export type ParseResult =
  { ok: true; journey: Journey; migratedFrom: number | null } | { ok: false; problems: Problem[] };

/** Journeys are small documents; anything larger is a wrong file, and refusing it early keeps the tab alive. */
export const MAX_JOURNEY_FILE_CHARS = 10 * 1024 * 1024;

const fail = (path: string, message: string, detail: ProblemDetail): ParseResult => ({
  ok: false,
  problems: [{ path, message, detail }],
});

function jsonErrorProblem(text: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(raw);
  if (!position) {
    // the engine's own words are all there is; other languages say "not JSON" without them
    const detail = { kind: 'not-json', line: null, column: null } as const;
    return { path: '(file)', message: `is not valid JSON (${raw})`, detail };
  }
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    path: '(file)',
    message: `is not valid JSON: unexpected content at line ${line}, column ${column}`,
    detail: { kind: 'not-json', line, column },
  };
}

/** Reads JSON text without ever throwing: a problem instead of an exception. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > MAX_JOURNEY_FILE_CHARS) {
    const megabytes = (text.length / 1024 / 1024).toFixed(1);
    const message = `is ${megabytes} MB; a journey file may be at most 10 MB`;
    const detail = { kind: 'too-large', megabytes: Number(megabytes), maxMegabytes: 10 } as const;
    return { ok: false, problems: [{ path: '(file)', message, detail }] };
  }
  // Windows editors save UTF-8 with a byte-order mark, which JSON.parse rejects; it is not content.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '')
    return { ok: false, problems: [{ path: '(file)', message: 'is empty', detail: { kind: 'empty-file' } }] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // JSON.parse throws SyntaxError for bad text and RangeError for absurd nesting; both are the file's fault.
    return { ok: false, problems: [jsonErrorProblem(body, error)] };
  }
}

/**
 * Text or an already-parsed value → the journey, migrated to the current version, or every
 * problem found. Never throws, and never copies unknown keys (so `__proto__` cannot pollute).
 */
export function parseJourney(input: unknown): ParseResult {
  let value = input;
  if (typeof input === 'string') {
    const read = parseJsonText(input);
    if (!read.ok) return read;
    value = read.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('(file)', 'must be a JSON object describing a journey', { kind: 'not-an-object' });
  }
  const document = value as Record<string, unknown>;
  if (document.format !== JOURNEY_FORMAT) {
    return fail('format', `must be "${JOURNEY_FORMAT}": this file is not a Journey Canvas journey`, {
      kind: 'not-journey-canvas',
      expected: JOURNEY_FORMAT,
    });
  }
  const migrated = migrateDocument(document);
  if (!migrated.ok) return migrated;
  const parsed = JourneySchema.safeParse(migrated.document, { error: marketerMessage });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error, migrated.document) };
  return { ok: true, journey: parsed.data, migratedFrom: migrated.migratedFrom };
}
