import { checkDialect, invalid } from './arguments.js'
import type { Cell, Dialect } from './types.js'

// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA = /^[=+\-@\t\r]/

/** One cell as written: quoted when it holds the delimiter, a quote, CR or LF; empty for `null`. */
export function formatCell(value: Cell, dialect: Dialect): string {
  checkDialect(dialect)
  return cell(value, dialect)
}

function cell(value: Cell, dialect: Dialect): string {
  if (value === null) return ''
  let text = typeof value === 'string' ? value : String(value)
  if (dialect.formulaGuard && typeof value === 'string' && FORMULA.test(text)) text = `'${text}`
  return needsQuotes(text, dialect.delimiter) ? `"${text.replaceAll('"', '""')}"` : text
}

function needsQuotes(text: string, delimiter: string): boolean {
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
}

/** One record: its cells, separated and terminated as the dialect says. */
export function formatRecord(values: readonly Cell[], dialect: Dialect): string {
  if (!Array.isArray(values)) throw invalid('values', 'an array of cells', values)
  checkDialect(dialect)
  let line = ''
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : dialect.delimiter) + cell(values[i] ?? null, dialect)
  return line + dialect.lineTerminator
}
