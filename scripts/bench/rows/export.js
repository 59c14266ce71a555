/**
 * What the exporter rows share: the files are parsed in batches, untimed, and
 * only the export of each batch is timed, so a row measures the exporter and
 * not the parser. Memory stays that of one batch. Parsing detects the
 * language, as a real export does; the parse's garbage is collected before
 * each timed batch (the child runs with `--expose-gc`), so the timing is the
 * export's own.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const BATCH = 500

/**
 * Times `write(input)` (which returns the output text) over every file, where
 * `input` is the parsed document, or what `prepare(document)` makes of it, untimed.
 */
export async function timeExport(dir, names, write, prepare = (document) => document) {
  const { parse } = await import('@corpus/core')
  let bytes = 0
  let output = 0
  let seconds = 0
  for (let start = 0; start < names.length; start += BATCH) {
    const batch = names.slice(start, start + BATCH).map((name) => {
      const data = readFileSync(join(dir, name))
      bytes += data.length
      return prepare(parse(data, { file: name }))
    })
    if (typeof globalThis.gc === 'function') globalThis.gc()
    const started = performance.now()
    for (const input of batch) output += write(input).length
    seconds += (performance.now() - started) / 1000
  }
  return { files: names.length, bytes, output, seconds }
}
