import { z } from 'zod';
import { writeCustomer } from './build.ts';
import { CohortColumnsBuilder } from './columns-builder.ts';
import { CohortFileSchema, CustomerSchema } from './customer.ts';
import { valueRuleOf } from './problem-messages.ts';
import {
  cohortProblem,
  ProblemCollector,
  type CohortParseOptions,
  type CohortParseResult,
  type CohortProblem,
} from './problems.ts';

const PROGRESS_EVERY_CUSTOMERS = 8_192;

/** The file around the customers, checked before any customer is read. */
const CohortEnvelopeSchema = CohortFileSchema.extend({
  customers: z
    .array(z.unknown(), { error: 'must be a list of customers' })
    .min(1, { error: 'must list at least one customer' }),
});

/** A schema issue as a problem: by rule when its words are one of ours, else kept in English. */
function issueProblem(message: string, where: { row?: number; column?: string }): CohortProblem {
  const rule = valueRuleOf(message);
  if (where.row === undefined && where.column === undefined)
    return rule
      ? cohortProblem('invalidFile', { rule })
      : cohortProblem('otherValue', { detail: `The file ${message}` });
  return rule
    ? cohortProblem('invalidValue', { rule }, where)
    : cohortProblem('otherValue', { detail: message }, where);
}

function addIssues(problems: ProblemCollector, error: z.ZodError, row?: number): void {
  for (const issue of error.issues) {
    const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.add(
          row === undefined
            ? cohortProblem('unknownFileField', { name: key }, { column: key })
            : cohortProblem('unknownCustomerField', { name: key }, { row, column: key }),
        );
    } else {
      problems.add(issueProblem(issue.message, { row, column }));
    }
  }
}

/**
 * Reads a JSON cohort file (CONTRACT §2, CohortFileSchema). Every customer is checked against
 * CustomerSchema and reported by its position (row 1 = the first customer) and column; any
 * problem means no cohort.
 */
export function parseCohortJson(text: string, options: CohortParseOptions = {}): CohortParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [cohortProblem('emptyFile', {})] };
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [cohortProblem('notJson', { detail })] };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return {
      ok: false,
      problems: [cohortProblem('notCohortObject', {})],
    };

  const problems = new ProblemCollector();
  const envelope = CohortEnvelopeSchema.safeParse(document);
  if (!envelope.success) {
    addIssues(problems, envelope.error);
    return { ok: false, problems: problems.list() };
  }
  const { id, name, customers } = envelope.data;
  const builder = new CohortColumnsBuilder(customers.length);
  const rowOfId = new Map<string, number>();
  customers.forEach((item, position) => {
    const row = position + 1;
    if (row % PROGRESS_EVERY_CUSTOMERS === 0) options.onProgress?.(row / customers.length);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.add(cohortProblem('notCustomerObject', {}, { row }));
      return;
    }
    // duplicates are found even on customers with other problems: the user fixes both at once
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string' && id !== '') {
      const first = rowOfId.get(id);
      if (first === undefined) rowOfId.set(id, row);
      else problems.add(cohortProblem('duplicateIdCustomer', { id, first }, { row, column: 'id' }));
    }
    const customer = CustomerSchema.safeParse(item);
    if (!customer.success) {
      addIssues(problems, customer.error, row);
      return;
    }
    if (problems.count > 0) return;
    const problem = writeCustomer(builder, customer.data, row);
    if (problem) problems.add(problem);
  });
  options.onProgress?.(1);
  if (problems.count > 0) return { ok: false, problems: problems.list() };
  return { ok: true, cohort: builder.build({ id, name }) };
}
