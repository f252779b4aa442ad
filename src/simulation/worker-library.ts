import { parseCohortFile } from '../cohort/parse.ts';
import { isSampleCohortId } from '../cohort/samples/catalog.ts';
import { generateSampleCohort } from '../cohort/samples/generate.ts';
import type { CohortLibrary } from './worker-handler.ts';

/** The cohort package as the worker uses it: the sample generators and the file parser. */
export const cohortLibrary: CohortLibrary = {
  generateSample(sampleId, size, seed, startDate) {
    if (!isSampleCohortId(sampleId)) throw new Error(`There is no sample cohort called "${sampleId}".`);
    return generateSampleCohort(sampleId, { size, seed, startDate });
  },
  parseFile: (text, fileName, onProgress) => parseCohortFile(text, fileName, { onProgress }),
};
