import { api } from './api.ts';
import { cohortProblems } from './cohort-problems.ts';
import { common } from './common.ts';
import { editor } from './editor.ts';
import { inspector } from './inspector.ts';
import { journeyProblems } from './journey-problems.ts';
import { lints } from './lints.ts';
import { route } from './route.ts';
import { simulate } from './simulate.ts';
import { summary } from './summary.ts';
import { templates } from './templates.ts';
import { trace } from './trace.ts';

/** The English catalog is the reference: its shape is the type every other language must fill. */
export const en = {
  common,
  templates,
  api,
  lints,
  route,
  summary,
  editor,
  simulate,
  inspector,
  trace,
  cohortProblems,
  journeyProblems,
};
