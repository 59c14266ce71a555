/**
 * Measures retained memory in its own process (run with `--expose-gc`):
 *
 *   node --expose-gc scripts/bench/retained.js <row> <bytes> [<files>]
 *
 * Parses files from the start of the corpus (its first `<files>` at most)
 * until `<bytes>` of input, keeping every result alive, and compares the heap
 * plus external memory after full collections, before and after. Sends
 * `{ row, files, bytes, retained, maxRssKiB }`.
 */
import process from 'node:process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listFiles } from './corpus.js'
import { CORPUS_DIR } from './paths.js'
import { loadRow } from './rows/index.js'

const [rowId, budget, limit] = process.argv.slice(2)
const row = await loadRow(rowId)
const worker = await row.load()
const names = listFiles(CORPUS_DIR, Number(limit) || Infinity)

// Warm up on one file, so compiled code and lazily built tables are in the baseline.
worker.run(readFileSync(join(CORPUS_DIR, names[0])), names[0])

const before = settledMemory()
const kept = []
let bytes = 0
let files = 0
for (const name of names) {
  if (bytes >= Number(budget)) break
  const data = readFileSync(join(CORPUS_DIR, name))
  bytes += data.length
  files++
  kept.push(worker.run(data, name))
}
const after = settledMemory()

process.send({ row: rowId, files, bytes, retained: after - before, kept: kept.length, maxRssKiB: process.resourceUsage().maxRSS })

function settledMemory() {
  for (let i = 0; i < 3; i++) globalThis.gc()
  const { heapUsed, external } = process.memoryUsage()
  return heapUsed + external
}
