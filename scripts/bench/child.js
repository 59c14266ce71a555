/**
 * Runs one row in its own process, so its peak memory is its own:
 *
 *   node scripts/bench/child.js <row> <files>     streams through the first <files> files
 *
 * Each file is read with `readFileSync` and handed to the row; nothing is kept.
 * Sends `{ row, files, bytes, seconds, maxRssKiB, liveBytes, output }` to the
 * parent; `liveBytes` (heap + external after `gc()` at the end) needs `--expose-gc`.
 */
import process from 'node:process'
import { performance } from 'node:perf_hooks'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listFiles } from './corpus.js'
import { CORPUS_DIR } from './paths.js'
import { loadRow } from './rows/index.js'

const [rowId, limit] = process.argv.slice(2)
const row = await loadRow(rowId)
const names = listFiles(CORPUS_DIR, Number(limit) || Infinity)
const worker = await row.load()

let result
if (worker.skip) {
  result = { row: rowId, skipped: worker.skip }
} else if (worker.runAll) {
  // Rows that read the files themselves (the Node reader).
  const everything = names.length === listFiles(CORPUS_DIR).length
  const started = performance.now()
  const { bytes, files, output, failures, seconds, maxRssKiB } = await worker.runAll(CORPUS_DIR, names, everything)
  // A row that builds its own input times only the work on it; one that spawns a command measures that command's memory.
  result = { row: rowId, files, bytes, seconds: seconds ?? (performance.now() - started) / 1000, output, failures, maxRssKiB }
} else {
  let bytes = 0
  let output = 0
  const started = performance.now()
  for (const name of names) {
    const data = readFileSync(join(CORPUS_DIR, name))
    bytes += data.length
    output += worker.count(worker.run(data, name))
  }
  result = { row: rowId, files: names.length, bytes, seconds: (performance.now() - started) / 1000, output }
}
result.maxRssKiB ??= process.resourceUsage().maxRSS
// What is still alive at the end (run with --expose-gc): flat in the file count
// means nothing accumulates, whatever the peak.
if (typeof globalThis.gc === 'function') {
  globalThis.gc()
  globalThis.gc()
  const { heapUsed, external } = process.memoryUsage()
  result.liveBytes = heapUsed + external
}
process.send(result)
