import { checkDialect, invalid } from './arguments.js'
import type { Cell, Dialect, Row } from './types.js'

// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA = /^[=+\-@\t\r]/

/** One cell as written: quoted when it holds the delimiter, a quote, CR or LF (escaped instead, in a backslash dialect); empty for `null`. */
export function formatCell(value: Cell, dialect: Dialect): string {
  checkDialect(dialect)
  return cell(value, dialect)
}

function cell(value: Cell, dialect: Dialect): string {
  if (value === null) return ''
  const text = typeof value === 'string' && dialect.formulaGuard && FORMULA.test(value) ? `'${value}` : String(value)
  return dialect.escape === 'backslash' ? escaped(text) : quoted(text, dialect.delimiter)
}

const ESCAPES: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' }
const ESCAPED = /[\t\n\r\\]/g

/** A cell with its tabs, line breaks and backslashes escaped: a TSV field never holds a tab or a line break. */
function escaped(text: string): string {
  return text.replace(ESCAPED, (character) => ESCAPES[character] ?? character)
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
