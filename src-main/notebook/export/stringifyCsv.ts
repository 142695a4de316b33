import { stringify } from 'csv-stringify/sync'

/** What makes Excel or LibreOffice read a cell as a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/
/** A plain number such as -1.5 or +3e2 stays a number, not text. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
/** A cell we neutralised, or one that already began with apostrophes before a formula character. */
const NEUTRALISED = /^'+[=+\-@\t\r]/

/** The cell as a spreadsheet shows it but never runs: a leading apostrophe before a formula. */
export function neutraliseFormula(cell: string): string {
  const formula = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)
  return formula || NEUTRALISED.test(cell) ? `'${cell}` : cell
}

/** The cell as it was before `neutraliseFormula`, for reading our own CSV back. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell
}

export interface CsvOptions {
  /** Starts the file with a byte-order mark, so that Excel reads it as UTF-8. */
  bom?: boolean
  /** Cells exactly as written, formulas included: for R or pandas, never for a spreadsheet. */
  rawText?: boolean
}

/** Rows as RFC 4180 CSV (CRLF, fields quoted where they need it), UTF-8, safe to open in a spreadsheet. */
export function stringifyCsv(
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  return stringify(
    options.rawText ? rows.map((row) => [...row]) : rows.map((row) => row.map(neutraliseFormula)),
    { record_delimiter: 'windows', bom: options.bom === true },
  )
}
