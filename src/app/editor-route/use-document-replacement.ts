import { useState } from 'react';
import type { LoadedJourney } from '../../api/get-journey.ts';
import { parseJourney, type Journey } from '../../journey/index.ts';

/**
 * The document the editor was (re)mounted with. The editor owns its document from mount on; to
 * replace it wholesale (take theirs, a restored version) the page remounts it with a new key.
 */
export function useDocumentReplacement(initial: Journey) {
  const [mounted, setMounted] = useState({ generation: 0, journey: initial });
  const replaceWith = (record: LoadedJourney): Journey => {
    const journey = journeyOf(record);
    setMounted((previous) => ({ generation: previous.generation + 1, journey }));
    return journey;
  };
  return { mounted, replaceWith };
}

/**
 * The server's draft as a journey the editor can open. Throws when it is not one (a draft written by
 * another client may be half-valid), so the caller keeps what is on screen and tells the user why.
 */
export function journeyOf(record: LoadedJourney): Journey {
  const parsed = parseJourney(record.journey);
  if (parsed.ok) return parsed.journey;
  const first = parsed.problems[0];
  throw new Error(
    `The server's copy of "${record.name}" is not a valid journey (${parsed.problems.length} problem(s)` +
      `${first ? `, first: ${first.path} ${first.message}` : ''}).`,
  );
}
