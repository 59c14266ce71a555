/**
 * The whole pipeline, as a user runs it: the built `corpus` binary exporting
 * the files to JSON-LD, CSV and Markdown in a temporary folder (removed
 * afterwards): reading, parsing (named entities on, language detection on, as
 * by default) and writing every file. Timed from spawn to exit; the peak memory
 * is the command's own. Set by the environment:
 *
 * - `BENCH_JOBS=n`: with `--jobs n`;
 * - `BENCH_SHARDS=n`: n processes at once, `--shard 1/n` … `n/n`, then
 *   `corpus merge` of their folders, timed from the first spawn to the merge's
 *   exit; the peak is the largest of any one process;
 * - `BENCH_OUT_DIR=folder`: the temporary folder made there (a memory file
 *   system, `/dev/shm`, to measure the work without the disk's cost of
 *   creating files);
 * - `BENCH_UPDATE=1`: a copy of the files, a full export of it (untimed), then 1% of the files changed (a
 *   line added), then `corpus export --update` into the same folder, timed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs'
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
/** The share of the files an `--update` run finds changed. */
const CHANGED = 0.01

/** Runs `corpus <args>`; resolves with its peak RSS (KiB), or rejects with its error output. */
function corpus(args, peakFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', REPORT_PEAK, CLI, ...args], { env: { ...process.env, BENCH_PEAK_FILE: peakFile }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code !== 0) reject(new Error(`corpus ${args[0]} exited with ${code ?? signal}: ${stderr.slice(0, 500)}`))
      else resolve(Number(readFileSync(peakFile, 'utf8')))
    })
  })
}

export async function load() {
  return {
    async runAll(dir, names, everything) {
      const scratch = mkdtempSync(join(process.env.BENCH_OUT_DIR ?? tmpdir(), 'corpus-bench-export-'))
      const update = process.env.BENCH_UPDATE === '1'
      try {
        // Part of the corpus, or a corpus to change: links to its files, in a folder of their own (followed: they lead outside it).
        let input = dir
        if (!everything || update) {
          input = join(scratch, 'input')
          mkdirSync(input)
          // An archive to update holds files, not links (a link is looked through at every listing).
          for (const name of names) (update ? copyFileSync : symlinkSync)(join(dir, name), join(input, name))
        }
        const out = join(scratch, 'out')
        const common = ['--quiet', ...(input === dir || update ? [] : ['--follow-symlinks'])]
        const peak = (name) => join(scratch, `peak-${name}`)
        let seconds
        let maxRssKiB
        const shards = Number(process.env.BENCH_SHARDS ?? 0)
        if (shards > 0) {
          const started = performance.now()
          const folders = Array.from({ length: shards }, (_, at) => join(scratch, `shard-${at + 1}`))
          const peaks = await Promise.all(folders.map((folder, at) => corpus(['export', input, '--out', folder, '--shard', `${at + 1}/${shards}`, ...common], peak(`shard-${at}`))))
          peaks.push(await corpus(['merge', ...folders, '--out', out, '--quiet'], peak('merge')))
          seconds = (performance.now() - started) / 1000
          maxRssKiB = Math.max(...peaks)
        } else {
          const args = ['export', input, '--out', out, ...common, ...(process.env.BENCH_JOBS ? ['--jobs', process.env.BENCH_JOBS] : [])]
          if (update) {
            const before = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
            if (before.status !== 0) throw new Error(`corpus export exited with ${before.status ?? before.signal}: ${before.stderr.slice(0, 500)}`)
            // Every hundredth file changed: a line added.
            for (let at = 0; at < names.length; at += Math.round(1 / CHANGED)) appendFileSync(join(input, names[at]), '\nUne ligne ajoutée.\n')
            args.push('--update')
          }
          const started = performance.now()
          maxRssKiB = await corpus(args, peak('export'))
          seconds = (performance.now() - started) / 1000
        }
        const written = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
        const bytes = names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
        return { files: names.length, bytes, output: written, seconds, maxRssKiB }
      } finally {
        rmSync(scratch, { recursive: true, force: true })
      }
    }
  }
}
