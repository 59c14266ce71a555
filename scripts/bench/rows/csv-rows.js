/**
 * What the CSV rows share: the files are parsed in batches (untimed), their
 * table rows built as arrays of cells (untimed), garbage collected, and only
 * the writing of CSV text timed. Every row gets the same cells, so the
 * serializers are compared on the same work; output is counted in UTF-8 bytes.
 */
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const BATCH = 500

/** Times `write(records)` (records: arrays of cells, header first, per table) over every file. */
export async function timeCsv(dir, names, write) {
  const { parse } = await import('@corpus/core')
  const { TABLES, TABLE_NAMES, documentRows } = await import('@corpus/csv')
  let bytes = 0
  let output = 0
  let seconds = 0
  for (let start = 0; start < names.length; start += BATCH) {
    const tables = Object.fromEntries(TABLE_NAMES.map((name) => [name, [TABLES[name].columns.map((column) => column.name)]]))
    for (const name of names.slice(start, start + BATCH)) {
      const data = readFileSync(join(dir, name))
      bytes += data.length
      const rows = documentRows(parse(data, { file: name, detectLanguage: false }))
      for (const table of TABLE_NAMES) for (const row of rows[table]) tables[table].push(TABLES[table].columns.map((column) => row[column.name] ?? null))
    }
    if (typeof globalThis.gc === 'function') globalThis.gc()
    const started = performance.now()
    const texts = TABLE_NAMES.map((table) => write(tables[table]))
    seconds += (performance.now() - started) / 1000
    for (const text of texts) output += Buffer.byteLength(text)
  }
  return { files: names.length, bytes, output, seconds }
}
