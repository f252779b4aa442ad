import Papa from 'papaparse';
import { CohortColumnsBuilder } from './columns-builder.ts';
import { cellReaders, idProblem, type CellReader } from './csv-cells.ts';
import { cohortColumnNames } from './customer.ts';
import type { CustomerFieldName } from './fields.ts';
import {
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
      problems.add({ row: 1, message: `Column ${column} of the header has no name.` });
      return undefined;
    }
    if (!knownColumns.has(name)) {
      const sameLetters = cohortColumnNames.find((known) => known.toLowerCase() === name.toLowerCase());
      problems.add({
        row: 1,
        column: name,
        message: sameLetters
          ? `"${name}" is not a cohort column: did you mean "${sameLetters}"? (names are case-sensitive)`
          : `"${name}" is not a cohort column. The columns are: ${cohortColumnNames.join(', ')}.`,
      });
      return undefined;
    }
    if (seen.has(name)) problems.add({ row: 1, column: name, message: `The header names "${name}" twice.` });
    seen.add(name);
    return name as CustomerFieldName;
  });
  if (!seen.has('id'))
    problems.add({
      row: 1,
      column: 'id',
      message: `The first row must be the header naming the columns, and it must include "id" (found: ${names.join(', ')}).`,
    });
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
  if (body.trim() === '') return { ok: false, problems: [{ message: 'The file is empty.' }] };

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
      for (const error of results.errors) problems.add({ row, message: quoteMessage(error) });
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
        problems.add({
          row,
          message: `This row has ${cells.length} value${cells.length === 1 ? '' : 's'} but the header has ${columns.length} columns.`,
        });
        return;
      }
      readRow(cells, row);
    },
  });

  function readRow(cells: string[], rowNumber: number): void {
    const id = cells[idColumn]!.trim();
    const customer = builder.addCustomer(id);
    const badId = idProblem(id);
    if (badId) problems.add({ row: rowNumber, column: 'id', message: badId });
    else {
      const first = rowOfId.get(id);
      if (first === undefined) rowOfId.set(id, rowNumber);
      else
        problems.add({
          row: rowNumber,
          column: 'id',
          message: `The id "${id}" is already used on row ${first}.`,
        });
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
  if (builder.size === 0)
    return { ok: false, problems: [{ message: 'The file has a header but no customers under it.' }] };
  return { ok: true, cohort: builder.build(meta) };
}

function quoteMessage(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes')
    return 'A quoted value is never closed: a closing " is missing, so the rest of the file was read as one value.';
  if (error.code === 'InvalidQuotes')
    return 'A quoted value has text after its closing ": write a quote inside a value as "".';
  return `${error.message}.`;
}

function cellProblem(row: number, column: string, rule: string, cell: string): CohortProblem {
  const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
  return { row, column, message: `${rule} (found "${shown}")` };
}
