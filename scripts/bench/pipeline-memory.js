/**
 * Peak memory of `corpus export` as the corpus grows: generates corpora of
 * 20,000 and 200,000 files (~2.5 KB each, in `bench-corpus-<N>/`, gitignored,
 * kept for the next run) and exports each to all three formats, with one
 * thread and with `--jobs 2`, into a temporary folder. Flat memory is a peak
 * that barely moves from the small corpus to the large one.
 *
 *   node scripts/bench/pipeline-memory.js [--sizes 20000,200000] [--jobs 1,2]
 *
 * Needs the built CLI (`pnpm build`). Takes minutes: it is not part of `pnpm bench`.
 */
import console from 'node:console'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { ensureCorpus } from './generate.js'
import { ROOT } from './paths.js'
import { int, markdownTable, mib, num } from './table.js'

const CLI = join(ROOT, 'packages', 'cli', 'dist', 'cli.js')
const REPORT_PEAK = fileURLToPath(new URL('./report-peak.js', import.meta.url))
const BYTES_PER_FILE = 2_500

const at = process.argv.indexOf('--sizes')
const sizes = (at > 0 ? (process.argv[at + 1] ?? '') : '20000,200000').split(',').map(Number)
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error('Usage: node scripts/bench/pipeline-memory.js [--sizes 20000,200000]')
  process.exit(2)
}

const at2 = process.argv.indexOf('--jobs')
const JOBS = (at2 > 0 ? (process.argv[at2 + 1] ?? '') : '1,2').split(',').map(Number)
const rows = []
for (const files of sizes) {
  const dir = join(ROOT, `bench-corpus-${files}`)
  ensureCorpus({ files, bytes: files * BYTES_PER_FILE, dir })
  for (const jobs of JOBS) {
    const scratch = mkdtempSync(join(tmpdir(), 'corpus-bench-memory-'))
    try {
      const peakFile = join(scratch, 'peak')
      console.error(`corpus export of ${int(files)} files, --jobs ${jobs}…`)
      const started = performance.now()
      const run = spawnSync(process.execPath, ['--import', REPORT_PEAK, CLI, 'export', dir, '--out', join(scratch, 'out'), '--quiet', '--jobs', String(jobs)], {
        env: { ...process.env, BENCH_PEAK_FILE: peakFile },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8'
      })
      const seconds = (performance.now() - started) / 1000
      if (run.status !== 0) throw new Error(`corpus export exited with ${run.status ?? run.signal}: ${run.stderr.slice(0, 500)}`)
      const peakKiB = Number(readFileSync(peakFile, 'utf8'))
      rows.push([int(files), String(jobs), num((files * BYTES_PER_FILE) / 1e6 / seconds, 1), num(seconds, 1), num(mib(peakKiB), 1), jobs, files, peakKiB])
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  }
}
console.log(markdownTable(['Files', 'Jobs', 'MB/s', 'Seconds', 'Peak RSS MiB'], rows.map((row) => row.slice(0, 5))))
// Growth per file between the smallest and the largest corpus, per number of jobs (target: ≤ 100 bytes).
for (const jobs of JOBS) {
  const runs = rows.filter((row) => row[5] === jobs)
  const [small, large] = [runs[0], runs.at(-1)]
  if (small && large && large[6] > small[6]) console.log(`- --jobs ${jobs}: ${num(((large[7] - small[7]) * 1024) / (large[6] - small[6]), 0)} bytes of peak RSS per file from ${int(small[6])} to ${int(large[6])} files`)
}
