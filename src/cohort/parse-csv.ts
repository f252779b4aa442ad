import Papa from 'papaparse';
import { CohortColumnsBuilder } from './columns-builder.ts';
import { limitProblem } from './build.ts';
import { cellReaders, idProblem, type CellProblem, type CellReader } from './csv-cells.ts';
import { cohortColumnNames } from './customer.ts';
import type { CustomerFieldName } from './fields.ts';
import {
  cohortProblem,
  ProblemCollector,
  type CohortParseOptions,
  type CohortParseResult,
  type CohortProblem,
} from './problems.ts';

/** Rows between progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY_ROWS = 16_384;
const knownColumns = new Set<string>(cohortColumnNames);

/** Comma unless the header line clearly uses semicolons or tabs (spreadsheets in some locales do). */
function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  const count = (separator: string) => header.split(separator).length - 1;
  const candidates = [',', ';', '\t'].map((separator) => ({ separator, count: count(separator) }));
  candidates.sort((a, b) => b.count - a.count);
  return candidates[0]!.count > 0 ? candidates[0]!.separator : ',';
}

/** Upper bound on customers, so the columns are allocated once: one per line break. */
function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

function readHeader(cells: string[], problems: ProblemCollector): (CustomerFieldName | undefined)[] {
  const names = cells.map((cell) => cell.trim());
  const seen = new Set<string>();
  const columns = names.map((name, position): CustomerFieldName | undefined => {
    const column = position + 1;
    if (name === '') {
      problems.add(cohortProblem('unnamedColumn', { position: column }, { row: 1 }));
      return undefined;
    }
    if (!knownColumns.has(name)) {
      const sameLetters = cohortColumnNames.find((known) => known.toLowerCase() === name.toLowerCase());
      problems.add(
        sameLetters
          ? cohortProblem('columnCase', { name, suggestion: sameLetters }, { row: 1, column: name })
          : cohortProblem(
              'unknownColumn',
              { name, columns: cohortColumnNames.join(', ') },
              { row: 1, column: name },
            ),
      );
      return undefined;
    }
    if (seen.has(name)) problems.add(cohortProblem('repeatedColumn', { name }, { row: 1, column: name }));
    seen.add(name);
    return name as CustomerFieldName;
  });
  if (!seen.has('id'))
    problems.add(cohortProblem('missingIdColumn', { found: names.join(', ') }, { row: 1, column: 'id' }));
  return columns;
}

const isBlankRow = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads a cohort CSV (CONTRACT §2) straight into typed columns: no object per customer. Every bad
 * row is reported by spreadsheet row (header = row 1) and column; any problem means no cohort.
 */
export function parseCohortCsv(
  text: string,
  meta: { id: string; name: string },
  options: CohortParseOptions = {},
): CohortParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problems: [cohortProblem('emptyFile', {})] };

  const problems = new ProblemCollector();
  const builder = new CohortColumnsBuilder(countLines(body));
  const rowOfId = new Map<string, number>();
  let columns: (CustomerFieldName | undefined)[] = [];
  let readers: (CellReader | undefined)[] = [];
  let idColumn = -1;
  let row = 0;

  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body),
    header: false,
    skipEmptyLines: false,
    step(results, parser) {
      row++;
      const cells = results.data;
      for (const error of results.errors) problems.add(quoteProblem(error, row));
      if (row === 1) {
        columns = readHeader(cells, problems);
        // with the wrong header every row would be misread: its problems are the only ones worth reading
        if (problems.count > 0) parser.abort();
        readers = columns.map((column) => (column && column !== 'id' ? cellReaders[column] : undefined));
        idColumn = columns.indexOf('id');
        return;
      }
      if (row % PROGRESS_EVERY_ROWS === 0) options.onProgress?.(results.meta.cursor / body.length);
      if (isBlankRow(cells)) return;
      if (cells.length !== columns.length) {
        problems.add(cohortProblem('rowLength', { values: cells.length, columns: columns.length }, { row }));
        return;
      }
      readRow(cells, row);
    },
  });

  function readRow(cells: string[], rowNumber: number): void {
    const id = cells[idColumn]!.trim();
    const customer = builder.addCustomer(id);
    const badId = idProblem(id);
    if (badId) problems.add(cohortProblem('invalidValue', { rule: badId }, { row: rowNumber, column: 'id' }));
    else {
      const first = rowOfId.get(id);
      if (first === undefined) rowOfId.set(id, rowNumber);
      else
        problems.add(
          cohortProblem('duplicateIdRow', { id, firstRow: first }, { row: rowNumber, column: 'id' }),
        );
    }
    for (let position = 0; position < cells.length; position++) {
      const reader = readers[position];
      if (!reader) continue;
      const cell = cells[position]!.trim();
      if (cell === '') continue;
      const problem = reader(builder, customer, cell);
      if (problem) problems.add(cellProblem(rowNumber, columns[position]!, problem, cell));
    }
  }

  options.onProgress?.(1);
  if (problems.count > 0) return { ok: false, problems: problems.list() };
  if (builder.size === 0) return { ok: false, problems: [cohortProblem('noCustomers', {})] };
  return { ok: true, cohort: builder.build(meta) };
}

function quoteProblem(error: Papa.ParseError, row: number): CohortProblem {
  if (error.code === 'MissingQuotes') return cohortProblem('unclosedQuote', {}, { row });
  if (error.code === 'InvalidQuotes') return cohortProblem('malformedQuote', {}, { row });
  return cohortProblem('csvSyntax', { detail: error.message }, { row });
}

function cellProblem(row: number, column: string, problem: CellProblem, cell: string): CohortProblem {
  if (problem === 'tooManyTags' || problem === 'tooManyCities') return limitProblem(problem, { row, column });
  const found = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
  return cohortProblem('invalidValue', { rule: problem, found }, { row, column });
}
