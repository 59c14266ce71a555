/** `Papa.unparse` over the same cells, CRLF records (see csv-rows.js). */
import { timeCsv } from './csv-rows.js'

export const label = 'papaparse unparse'
export const unit = 'bytes of CSV'

export async function load() {
  const { default: Papa } = await import('papaparse')
  // unparse separates records without ending the last: end it, as the others do.
  return { runAll: (dir, names) => timeCsv(dir, names, (records) => `${Papa.unparse(records, { newline: '\r\n' })}\r\n`) }
}
