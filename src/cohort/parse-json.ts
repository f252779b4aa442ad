import { z } from 'zod';
import { writeCustomer } from './build.ts';
import { CohortColumnsBuilder } from './columns-builder.ts';
import { CohortFileSchema, CustomerSchema } from './customer.ts';
import { ProblemCollector, type CohortParseOptions, type CohortParseResult } from './problems.ts';

const PROGRESS_EVERY_CUSTOMERS = 8_192;

/** The file around the customers, checked before any customer is read. */
const CohortEnvelopeSchema = CohortFileSchema.extend({
  customers: z
    .array(z.unknown(), { error: 'must be a list of customers' })
    .min(1, { error: 'must list at least one customer' }),
});

function addIssues(problems: ProblemCollector, error: z.ZodError, row?: number): void {
  for (const issue of error.issues) {
    const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        problems.add({
          row,
          column: key,
          message:
            row === undefined
              ? `"${key}" is not a field of a cohort file: remove it`
              : `"${key}" is not a cohort column: remove it`,
        });
    } else if (row === undefined && column === undefined) {
      problems.add({ message: `The file ${issue.message}` });
    } else {
      problems.add({ row, column, message: issue.message });
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
  if (body.trim() === '') return { ok: false, problems: [{ message: 'The file is empty.' }] };
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ message: `The file is not valid JSON: ${detail}` }] };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return {
      ok: false,
      problems: [
        { message: 'A JSON cohort must be an object with format, schemaVersion, id, name and customers.' },
      ],
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
      problems.add({ row, message: 'must be an object with the customer’s columns' });
      return;
    }
    // duplicates are found even on customers with other problems: the user fixes both at once
    const id = (item as { id?: unknown }).id;
    if (typeof id === 'string' && id !== '') {
      const first = rowOfId.get(id);
      if (first === undefined) rowOfId.set(id, row);
      else
        problems.add({ row, column: 'id', message: `The id "${id}" is already used by customer ${first}.` });
    }
    const customer = CustomerSchema.safeParse(item);
    if (!customer.success) {
      addIssues(problems, customer.error, row);
      return;
    }
    if (problems.count > 0) return;
    const problem = writeCustomer(builder, customer.data);
    if (problem) problems.add({ row, message: problem });
  });
  options.onProgress?.(1);
  if (problems.count > 0) return { ok: false, problems: problems.list() };
  return { ok: true, cohort: builder.build({ id, name }) };
}
