import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { run, scratch, type Result } from './run.js'

// --jobs and --shard with corpus merge on 1,500 files of the benchmark corpus:
// enough for every thread and every shard to take many batches, and for the
// shards' records to be joined from many places.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const BENCH = join(ROOT, 'bench-corpus')
const FILES = 1_500
const MANIFEST = 'corpus-export.ndjson'

/** The first `FILES` files of the benchmark corpus, generated if it is not there; `null` when it cannot be. */
function benchFiles(): string[] | null {
  const listed = () => (existsSync(BENCH) ? readdirSync(BENCH).filter((name) => name.endsWith('.txt')).sort() : [])
  if (listed().length < FILES) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'generate.js')], { cwd: ROOT, stdio: 'ignore' })
    } catch {
      return null
    }
  }
  const names = listed()
  return names.length < FILES ? null : names.slice(0, FILES)
}

/** Every file under `folder` that a reader sees, relative, sorted: hidden entries left out, symbolic links followed (the CSV tables are links into their generation). */
function visibleFiles(folder: string, relative = ''): string[] {
  return readdirSync(join(folder, relative))
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = relative === '' ? name : `${relative}/${name}`
      return statSync(join(folder, path)).isDirectory() ? visibleFiles(folder, path) : [path]
    })
}

/** `actual` holds the files of `expected`, byte for byte, and no other; read a pair at a time. */
function expectSameFiles(actual: string, expected: string): void {
  const paths = visibleFiles(expected)
  expect(visibleFiles(actual), `${actual} against ${expected}`).toEqual(paths)
  for (const path of paths) {
    const [got, wanted] = [readFileSync(join(actual, path)), readFileSync(join(expected, path))]
    if (got.equals(wanted)) continue
    // A readable difference, then the failure whatever it shows.
    expect(got.toString('utf8'), `${actual}: ${path}`).toBe(wanted.toString('utf8'))
    expect(got.equals(wanted), `${actual}: ${path}`).toBe(true)
  }
}

/** The paths the manifest of an export folder records, in order. */
const pathsIn = (folder: string) =>
  readFileSync(join(folder, MANIFEST), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { path: string }).path)

const ok = (result: Result, what: string) => expect(result, what).toEqual({ code: 0, signal: null, stdout: '', stderr: '' })

describe('corpus export --jobs and --shard on 1,500 files of the benchmark corpus', () => {
  it('writes the bytes of one thread with --jobs 2 and 4, and merges 2, 3 and 7 shards (7 with --jobs 2 each) into them', async ({ skip }) => {
    const names = benchFiles()
    if (names === null) return skip('the benchmark corpus is not there and cannot be generated (node scripts/bench/generate.js)')
    // Links to the corpus's files: nothing is copied, and --follow-symlinks reads them.
    const root = scratch()
    mkdirSync(join(root, 'in'))
    for (const name of names) symlinkSync(join(BENCH, name), join(root, 'in', name))
    const corpus = (args: readonly string[]) => run(['export', 'in', '--follow-symlinks', '--quiet', ...args], { cwd: root })

    const [single, two, four] = await Promise.all([corpus(['--out', 'jobs-1']), corpus(['--out', 'jobs-2', '--jobs', '2']), corpus(['--out', 'jobs-4', '--jobs', '4'])])
    ok(single, '--jobs 1')
    ok(two, '--jobs 2')
    ok(four, '--jobs 4')
    const whole = join(root, 'jobs-1')
    expect(pathsIn(whole)).toEqual(names.map((name) => `in/${name}`))
    expect(visibleFiles(join(whole, 'jsonld'))).toHaveLength(FILES)
    expectSameFiles(join(root, 'jobs-2'), whole)
    expectSameFiles(join(root, 'jobs-4'), whole)

    for (const [count, jobs] of [
      [2, 1],
      [3, 1],
      [7, 2]
    ] as const) {
      const folders = Array.from({ length: count }, (_, at) => `shards-${count}/${at + 1}`)
      const results = await Promise.all(folders.map((folder, at) => corpus(['--out', folder, '--shard', `${at + 1}/${count}`, '--jobs', String(jobs)])))
      results.forEach((result, at) => ok(result, `--shard ${at + 1}/${count}`))
      // Every file in one shard, and a share of them in each.
      const shares = folders.map((folder) => pathsIn(join(root, folder)))
      expect(shares.flat().sort()).toEqual(names.map((name) => `in/${name}`))
      for (const share of shares) expect(share.length).toBeGreaterThan(FILES / count / 2)
      const merged = `merged-${count}`
      ok(await run(['merge', ...folders, '--out', merged, '--quiet'], { cwd: root }), `merge of ${count}`)
      expectSameFiles(join(root, merged), whole)
    }
  })
})
