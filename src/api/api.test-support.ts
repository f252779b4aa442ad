import { readFileSync } from 'node:fs';
import type { Journey } from '../journey/index.ts';

/** The winback fixture: a valid journey with no lint errors, the starting point of most api tests. */
export function winbackJourney(): Journey {
  return JSON.parse(readFileSync('test/fixtures/valid/winback.journey.json', 'utf8')) as Journey;
}

/** Runs `body` and returns what it threw, so a test can look at the error's fields. */
export async function caught(body: () => Promise<unknown>): Promise<unknown> {
  try {
    await body();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
