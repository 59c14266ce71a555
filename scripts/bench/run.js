/**
 * The benchmark (`pnpm bench`): makes sure the generated corpus exists, runs
 * every row in a child process of its own, one after another, and prints one
 * table, the retained-memory table and the targets, all from this run.
 *
 *   node scripts/bench/run.js [--files N] [--quick]
 *
 * Always exits 0 once it has measured: a benchmark is not a test.
 */
import console from 'node:console'
import process from 'node:process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { USAGE, parseArgs } from './args.js'
import { listFiles, totalBytes } from './corpus.js'
import { ensureCorpus } from './generate.js'
import { HOSTILE_TARGETS, hostileTable, meetsTargets, runHostile } from './hostile.js'
import { CORPUS_DIR } from './paths.js'
import { loadRow } from './rows/index.js'
import { runChild } from './spawn.js'
import { checkTargets } from './targets.js'
import { int, markdownTable, mib, num } from './table.js'
import { coreVersion, machine } from './version.js'

const SCALING_FILES = 5_000
/** A memory file system, where there is one. */
const MEMORY_FS = '/dev/shm'
const RETAINED_BYTES = 5_000_000
const QUICK_RETAINED_BYTES = 2_000_000

let options
try {
  options = parseArgs(process.argv.slice(2))
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}

let manifest
try {
  manifest = ensureCorpus().manifest
} catch (error) {
  console.error(`Cannot set up the benchmark corpus: ${error.message}`)
  process.exit(1)
}

const names = listFiles(CORPUS_DIR, options.files)
const files = names.length
const small = Math.min(SCALING_FILES, Math.floor(files / 4))
warmPageCache(names)

/** Each stream row, run in this order. */
const plan = [
  { key: 'floor', row: 'floor', files },
  { key: 'coreSmall', row: 'core', files: small, note: `first ${int(small)} files` },
  { key: 'core', row: 'core', files },
  { key: 'coreEntities', row: 'core-entities', files },
  { key: 'coreEntitiesRules', row: 'core-entities-rules', files },
  { key: 'coreLanguage', row: 'core-language', files: small, note: `first ${int(small)} files` },
  { key: 'readCorpus', row: 'read-corpus', files },
  { key: 'csvWriteSmall', row: 'csv-write', files: small, note: `first ${int(small)} files` },
  { key: 'csvWrite', row: 'csv-write', files },
  { key: 'cliExport', row: 'cli-export', files },
  { key: 'cliExportJobs', row: 'cli-export', files, env: { BENCH_JOBS: '2' }, note: '--jobs 2' },
  { key: 'cliExportShards', row: 'cli-export', files, env: { BENCH_SHARDS: '2' }, note: '--shard 1/2 and 2/2 at once, then merge' },
  // The same work without the disk: creating tens of thousands of files is slow on some disks, and does not scale with threads.
  ...(existsSync(MEMORY_FS)
    ? [
        { key: 'cliExportMemory', row: 'cli-export', files, env: { BENCH_OUT_DIR: MEMORY_FS }, note: `to ${MEMORY_FS}` },
        { key: 'cliExportJobsMemory', row: 'cli-export', files, env: { BENCH_OUT_DIR: MEMORY_FS, BENCH_JOBS: '2' }, note: `--jobs 2, to ${MEMORY_FS}` }
      ]
    : []),
  { key: 'cliExportUpdate', row: 'cli-export', files, env: { BENCH_UPDATE: '1' }, note: `--update after ${int(Math.ceil(files / 100))} files changed` },
  { key: 'remark', row: 'remark', files },
  { key: 'latin', row: 'parse-latin', files },
  { key: 'segmenter', row: 'segmenter', files },
  { key: 'long', row: 'long-paragraph', files: 1, env: { BENCH_LONG_MB: options.quick ? '10' : '100' } }
]
/** The exporter rows: documents parsed untimed, only the export timed, against `JSON.stringify` of the model. */
const exportPlan = [
  { key: 'jsonFloor', row: 'json-floor', files },
  { key: 'jsonld', row: 'jsonld', files },
  { key: 'jsonldAnnotations', row: 'jsonld-annotations', files },
  { key: 'markdownFloor', row: 'markdown-floor', files },
  { key: 'markdown', row: 'markdown', files }
]
/** The CSV rows: the same cells for every serializer, only the writing timed. */
const csvPlan = [
  { key: 'csv', row: 'csv', files },
  { key: 'csvStringify', row: 'csv-stringify', files },
  { key: 'papaparse', row: 'papaparse', files }
]
const retainedPlan = [
  { key: 'text', row: 'floor', label: 'decoded text only (reference)' },
  { key: 'core', row: 'core', label: '@corpus/core Documents' },
  { key: 'coreEntities', row: 'core-entities', label: '@corpus/core Documents with named entities' },
  { key: 'latin', row: 'parse-latin', label: 'parse-latin trees' }
]
const budget = options.quick ? QUICK_RETAINED_BYTES : RETAINED_BYTES

const results = {}
const steps = plan.length + exportPlan.length + csvPlan.length + retainedPlan.length
let step = 0
for (const item of [...plan, ...exportPlan, ...csvPlan]) {
  const module = await loadRow(item.row)
  console.error(`[${++step}/${steps}] ${module.label} on ${int(item.files)} files…`)
  const result = await runChild('child.js', [item.row, String(item.files)], { execArgv: ['--expose-gc'], env: item.env ?? {} })
  results[item.key] = { ...item, label: module.label, unit: module.unit, ...result }
  report(results[item.key])
}
const retained = {}
for (const item of retainedPlan) {
  console.error(`[${++step}/${steps}] retained memory: ${item.label} on ~${num(budget / 1e6, 0)} MB…`)
  retained[item.key] = { ...item, ...(await runChild('retained.js', [item.row, String(budget), String(files)], { execArgv: ['--expose-gc'] })) }
  if (retained[item.key].error) console.error(`  error: ${retained[item.key].error}`)
}

// Hostile inputs last: they spawn the command, one file at a time.
const hostile = runHostile()

print()
process.exit(0)

function print() {
  const floor = results.floor
  const floorSpeed = ok(floor) ? floor.bytes / floor.seconds : null
  const out = []
  out.push(`## corpus benchmark`)
  out.push('')
  out.push(`- parser: ${coreVersion()}`)
  out.push(`- machine: ${machine()}`)
  out.push(`- corpus: ${int(files)} of ${int(manifest.files)} files, ${num(totalBytes(CORPUS_DIR, names) / 1e6, 1)} MB (bench-corpus/, seed ${manifest.seed}, generator v${manifest.version}, from ${manifest.sampleFiles} sample files)`)
  out.push(`- every row ran in its own child process, one after another; MB = 10^6 bytes of input; peak RSS = \`process.resourceUsage().maxRSS\` of the row's process`)
  out.push('')
  out.push(
    markdownTable(
      ['Row', 'Files', 'Input MB', 'Time s', 'MB/s', 'Docs/s', 'Peak RSS MiB', '× floor', 'Output'],
      plan.map(({ key }) => {
        const row = results[key]
        const name = row.note ? `${row.label} (${row.note})` : row.label
        if (!ok(row)) return [name, int(row.files), '–', '–', '–', '–', '–', '–', row.skipped ? `skipped: ${row.skipped}` : `error: ${row.error}`]
        const speed = row.bytes / row.seconds
        return [
          name,
          int(row.files),
          num(row.bytes / 1e6, 1),
          num(row.seconds, 2),
          num(speed / 1e6, 1),
          int(row.files / row.seconds),
          num(mib(row.maxRssKiB), 1),
          floorSpeed ? `${num(speed / floorSpeed, key === 'floor' ? 2 : 3)}×` : '–',
          `${int(row.output)} ${row.unit}`
        ]
      }),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']
    )
  )
  out.push('')
  out.push(`### Retained memory (all results kept alive, heap + external after \`gc()\`, before vs after)`)
  out.push('')
  out.push(
    markdownTable(
      ['Kept alive', 'Files', 'Input MB', 'Retained MiB', 'Bytes per input byte', 'Peak RSS MiB'],
      retainedPlan.map(({ key }) => {
        const row = retained[key]
        if (row.error) return [row.label, '–', '–', '–', `error: ${row.error}`, '–']
        return [row.label, int(row.files), num(row.bytes / 1e6, 2), num(row.retained / 2 ** 20, 1), num(row.retained / row.bytes, 2), num(mib(row.maxRssKiB), 1)]
      })
    )
  )
  out.push('')
  out.push(`### Exporters (documents parsed untimed; only the export and its \`JSON.stringify\` are timed)`)
  out.push('')
  const jsonFloor = results.jsonFloor
  // Each exporter against its floor: JSON.stringify of the model for JSON-LD, remark-stringify of the tree for Markdown.
  const floorOf = (key) => {
    const floor = key.startsWith('markdown') ? results.markdownFloor : jsonFloor
    return ok(floor) ? floor : null
  }
  out.push(
    markdownTable(
      ['Row', 'Docs', 'Time s', 'Docs/s', 'Output M chars/s', 'Peak RSS MiB', '× its floor'],
      exportPlan.map(({ key }) => {
        const row = results[key]
        if (!ok(row)) return [row.label, int(row.files), '–', '–', '–', '–', row.skipped ? `skipped: ${row.skipped}` : `error: ${row.error}`]
        return [
          row.label,
          int(row.files),
          num(row.seconds, 2),
          int(row.files / row.seconds),
          num(row.output / row.seconds / 1e6, 1),
          num(mib(row.maxRssKiB), 1),
          floorOf(key) ? `${num(row.files / row.seconds / (floorOf(key).files / floorOf(key).seconds), 2)}×` : '–'
        ]
      })
    )
  )
  out.push('')
  out.push(`### CSV (the same cells of all eight tables for every serializer, built untimed; only the writing is timed)`)
  out.push('')
  const fastestPeer = Math.max(...['csvStringify', 'papaparse'].filter((key) => ok(results[key])).map((key) => results[key].output / results[key].seconds))
  out.push(
    markdownTable(
      ['Row', 'Docs', 'Time s', 'CSV MB/s', 'Peak RSS MiB', '× fastest peer', 'Output'],
      csvPlan.map(({ key }) => {
        const row = results[key]
        if (!ok(row)) return [row.label, int(row.files), '–', '–', '–', '–', row.skipped ? `skipped: ${row.skipped}` : `error: ${row.error}`]
        const speed = row.output / row.seconds
        return [row.label, int(row.files), num(row.seconds, 2), num(speed / 1e6, 1), num(mib(row.maxRssKiB), 1), Number.isFinite(fastestPeer) ? `${num(speed / fastestPeer, 2)}×` : '–', `${int(row.output)} ${row.unit}`]
      })
    )
  )
  out.push('')
  const [a, b] = [results.coreSmall, results.core]
  if (ok(a) && ok(b)) {
    const delta = mib(b.maxRssKiB) - mib(a.maxRssKiB)
    const live = (row) => (row.liveBytes === undefined ? '–' : `${num(row.liveBytes / 2 ** 20, 1)} MiB`)
    out.push(
      `Streaming parse vs file count: ${int(a.files)} files → peak RSS ${num(mib(a.maxRssKiB), 1)} MiB, live heap after \`gc()\` ${live(a)}; ` +
        `${int(b.files)} files → peak RSS ${num(mib(b.maxRssKiB), 1)} MiB (${delta >= 0 ? '+' : ''}${num(delta, 1)} MiB), live heap ${live(b)}.`
    )
    out.push('')
  }
  out.push(hostileTable(hostile))
  out.push('')
  out.push(`### Targets (ratios from this run)`)
  out.push('')
  const peaks = [
    { label: `core parse, ${int(b.files)} files`, mib: ok(b) ? mib(b.maxRssKiB) : null },
    ...(ok(results.readCorpus) ? [{ label: `readCorpus, ${int(results.readCorpus.files)} files`, mib: mib(results.readCorpus.maxRssKiB) }] : []),
    ...(ok(results.csvWrite) ? [{ label: `readCorpus → writeCsvTables, ${int(results.csvWrite.files)} files`, mib: mib(results.csvWrite.maxRssKiB) }] : []),
    ...(ok(results.cliExport) ? [{ label: `corpus export, ${int(results.cliExport.files)} files`, mib: mib(results.cliExport.maxRssKiB) }] : [])
  ]
  for (const { target, measured, pass } of checkTargets({ floor, core: b, coreEntities: results.coreEntities, remark: results.remark, latin: results.latin, retainedCore: retained.core, retainedEntities: retained.coreEntities, peaks, jsonFloor, jsonld: results.jsonld, csv: results.csv, csvPeers: [results.csvStringify, results.papaparse], markdownFloor: results.markdownFloor, markdown: results.markdown, pipeline: results.cliExport, pipelineJobs1: results.cliExport, pipelineJobs: results.cliExportJobs, pipelineMemory: results.cliExportMemory, pipelineJobsMemory: results.cliExportJobsMemory, pipelineUpdate: results.cliExportUpdate })) {
    out.push(`- ${pass === null ? 'N/A ' : pass ? 'PASS' : 'MISS'} ${target}: ${measured}`)
  }
  for (const row of hostile.filter((row) => row.megabytes === HOSTILE_TARGETS.megabytes)) {
    out.push(`- ${meetsTargets(row) ? 'PASS' : 'MISS'} hostile input < ${HOSTILE_TARGETS.seconds} s and < ${HOSTILE_TARGETS.peakMiB} MiB (${row.name}, ${row.megabytes} MB): ${num(row.seconds, 1)} s, ${num(row.peakMiB, 1)} MiB`)
  }
  console.log(out.join('\n'))
}

function ok(row) {
  return row && !row.error && !row.skipped
}

function report(row) {
  if (row.skipped) console.error(`  skipped: ${row.skipped}`)
  else if (row.error) console.error(`  error: ${row.error}`)
  // Exporter rows time the export alone: their rate is in documents, not input bytes.
  else if (csvPlan.some(({ key }) => results[key] === row)) console.error(`  ${num(row.seconds, 2)} s, ${num(row.output / row.seconds / 1e6, 1)} MB/s of CSV, peak ${num(mib(row.maxRssKiB), 1)} MiB`)
  else if (exportPlan.some(({ key }) => results[key] === row)) console.error(`  ${num(row.seconds, 2)} s, ${int(row.files / row.seconds)} docs/s, peak ${num(mib(row.maxRssKiB), 1)} MiB`)
  else console.error(`  ${num(row.seconds, 2)} s, ${num(row.bytes / row.seconds / 1e6, 1)} MB/s, peak ${num(mib(row.maxRssKiB), 1)} MiB`)
}

/** Reads every file once, so the first row does not pay for a cold cache. */
function warmPageCache(list) {
  for (const name of list) readFileSync(join(CORPUS_DIR, name))
}
