/** `csv-stringify/sync` over the same cells, CRLF records, booleans as `true`/`false` (see csv-rows.js). */
import { timeCsv } from './csv-rows.js'

export const label = 'csv-stringify'
export const unit = 'bytes of CSV'

export async function load() {
  const { stringify } = await import('csv-stringify/sync')
  const options = { record_delimiter: 'windows', cast: { boolean: (value) => String(value) } }
  return { runAll: (dir, names) => timeCsv(dir, names, (records) => stringify(records, options)) }
}
