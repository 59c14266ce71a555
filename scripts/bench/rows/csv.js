/** `@corpus/csv`: `formatRecord` (RFC 4180) over the cells of every table (see csv-rows.js). */
import { timeCsv } from './csv-rows.js'

export const label = '@corpus/csv formatRecord'
export const unit = 'bytes of CSV'

export async function load() {
  const { DIALECTS, formatRecord } = await import('@corpus/csv')
  const dialect = DIALECTS.rfc4180
  return { runAll: (dir, names) => timeCsv(dir, names, (records) => records.map((record) => formatRecord(record, dialect)).join('')) }
}
