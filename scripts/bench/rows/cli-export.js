/**
 * The whole pipeline, as a user runs it: the built `corpus` binary exporting
 * the files to JSON-LD, CSV and Markdown in a temporary folder (removed
 * afterwards): reading, parsing (named entities on, language detection on, as
 * by default) and writing every file. Timed from spawn to exit; the peak memory
 * is the command's own.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { ROOT } from '../paths.js'

export const label = 'corpus export --format all (read, parse, write three formats)'
export const unit = 'files written'

const CLI = join(ROOT, 'packages', 'cli', 'dist', 'cli.js')
const REPORT_PEAK = fileURLToPath(new URL('../report-peak.js', import.meta.url))

export async function load() {
  return {
    async runAll(dir, names, everything) {
      const scratch = mkdtempSync(join(tmpdir(), 'corpus-bench-export-'))
      try {
        // Part of the corpus: links to its first files, in a folder of their own (followed: they lead outside it).
        let input = dir
        if (!everything) {
          input = join(scratch, 'input')
          mkdirSync(input)
          for (const name of names) symlinkSync(join(dir, name), join(input, name))
        }
        const out = join(scratch, 'out')
        const peakFile = join(scratch, 'peak')
        const started = performance.now()
        const run = spawnSync(process.execPath, ['--import', REPORT_PEAK, CLI, 'export', input, '--out', out, '--quiet', ...(everything ? [] : ['--follow-symlinks']), ...(process.env.BENCH_JOBS ? ['--jobs', process.env.BENCH_JOBS] : [])], {
          env: { ...process.env, BENCH_PEAK_FILE: peakFile },
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8'
        })
        const seconds = (performance.now() - started) / 1000
        if (run.status !== 0) throw new Error(`corpus export exited with ${run.status ?? run.signal}: ${run.stderr.slice(0, 500)}`)
        const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
        const bytes = names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
        return { files: names.length, bytes, output: written, seconds, maxRssKiB: Number(readFileSync(peakFile, 'utf8')) }
      } finally {
        rmSync(scratch, { recursive: true, force: true })
      }
    }
  }
}
