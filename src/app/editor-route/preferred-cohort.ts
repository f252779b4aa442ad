import type { SampleCohortId } from '../../journey/templates/index.ts';
import { sampleCohortIds } from '../../journey/templates/index.ts';

const keyOf = (journeyId: string) => `journey-canvas.cohort.${journeyId}`;

/**
 * The sample cohort a journey is meant to be simulated on, chosen when it was made from a playbook,
 * so the simulate panel opens on it. Kept in this browser only: it is a preference, not part of the
 * journey file (whose format is fixed, CONTRACT §1).
 */
export function rememberPreferredCohort(journeyId: string, cohortId: SampleCohortId): void {
  try {
    localStorage.setItem(keyOf(journeyId), cohortId);
  } catch (error) {
    console.warn('Could not remember the preferred cohort of the journey', error);
  }
}

export function preferredCohortOf(journeyId: string): SampleCohortId | null {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(keyOf(journeyId));
  } catch (error) {
    console.warn('Could not read the preferred cohort of the journey', error);
  }
  return (sampleCohortIds as readonly string[]).includes(stored ?? '') ? (stored as SampleCohortId) : null;
}
