export {
  isSampleCohortId,
  sampleCohortCatalog,
  sampleCohortIds,
  type SampleCohortEntry,
  type SampleCohortId,
} from './catalog.ts';
export {
  DEFAULT_SAMPLE_START_DATE,
  generateSampleCohort,
  MAX_SAMPLE_SIZE,
  MIN_SAMPLE_SIZE,
  type SampleCohortOptions,
} from './generate.ts';
