import { parse as parseCsv } from 'csv-parse/sync'
import type { Dialect } from '../../src/index.js'

const UNESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', '\\': '\\' }

/** A TSV field as it was before escaping: `\t`, `\n`, `\r` and `\\` read back as tab, LF, CR and backslash. */
export function unescapeField(field: string): string {
  return field.replace(/\\([tnr\\])/g, (escape, letter: string) => UNESCAPES[letter] ?? escape)
}

/**
 * The records of a table's text, read strictly by csv-parse as the dialect
 * says: quoted fields (RFC 4180), or, for a backslash dialect, no quoting at
 * all and each field unescaped.
 */
export function readRecords(text: string, dialect: Dialect): string[][] {
  const backslash = dialect.escape === 'backslash'
  const records = parseCsv(text, { bom: true, delimiter: dialect.delimiter, record_delimiter: dialect.lineTerminator, quote: backslash ? false : '"', relax_quotes: false, relax_column_count: false }) as string[][]
  return backslash ? records.map((record) => record.map(unescapeField)) : records
}
