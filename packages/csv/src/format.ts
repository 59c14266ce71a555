import { checkDialect, invalid } from './arguments.js'
import type { Cell, Dialect, Row } from './types.js'

// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA = /^[=+\-@\t\r]/

/** One cell as written: quoted when it holds the delimiter, a quote, CR or LF; empty for `null`. */
export function formatCell(value: Cell, dialect: Dialect): string {
  checkDialect(dialect)
  return cell(value, dialect)
}

function cell(value: Cell, dialect: Dialect): string {
  if (value === null) return ''
  if (typeof value !== 'string') return quoted(String(value), dialect.delimiter)
  return quoted(dialect.formulaGuard && FORMULA.test(value) ? `'${value}` : value, dialect.delimiter)
}

// What makes a cell quoted, by delimiter: one scan of the text, not four.
const SPECIAL = new Map<string, RegExp>()

function quoted(text: string, delimiter: string): string {
  let special = SPECIAL.get(delimiter)
  if (!special) SPECIAL.set(delimiter, (special = new RegExp(`["\\r\\n${delimiter.replace(/[\\\]^-]/g, '\\$&')}]`)))
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A row's record: the cells of `columns` (missing ones empty), separated and terminated as the dialect says. */
export function formatRow(row: Row, columns: readonly string[], dialect: Dialect): string {
  let line = ''
  for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : dialect.delimiter) + cell(row[columns[i] ?? ''] ?? null, dialect)
  return line + dialect.lineTerminator
}

/** One record: its cells, separated and terminated as the dialect says. */
export function formatRecord(values: readonly Cell[], dialect: Dialect): string {
  if (!Array.isArray(values)) throw invalid('values', 'an array of cells', values)
  checkDialect(dialect)
  let line = ''
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : dialect.delimiter) + cell(values[i] ?? null, dialect)
  return line + dialect.lineTerminator
}
