import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { ManifestEntry } from '../src/manifest.js'
import { corpusCommand, type Outcome } from './in-process.js'
import { BINARY, hiddenUnder, run, SAMPLE, SAMPLE_FILES, scratch } from './run.js'

// `corpus export --jobs`, `--shard K/N` with `corpus merge`, and `--update`: each
// way of making an export folder ends with the bytes a single full run writes.

const MANIFEST = 'corpus-export.ndjson'
const TABLES = ['blocks', 'dates', 'diagnostics', 'documents', 'entities', 'mentions', 'quotes', 'sentences']
const TOOL = `@corpus/cli ${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}`
const stem = (name: string) => name.replace(/\.txt$/, '')

/** Every file under `folder` that a reader sees, by its path relative to `folder`: hidden entries left out, symbolic links followed (the CSV tables are links into their generation, whose name changes each run). */
function snapshot(folder: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {}
  const walk = (relative: string) => {
    for (const name of readdirSync(join(folder, relative)).sort()) {
      if (name.startsWith('.')) continue
      const path = relative === '' ? name : `${relative}/${name}`
      if (statSync(join(folder, path)).isDirectory()) walk(path)
      else files[path] = readFileSync(join(folder, path))
    }
  }
  walk('')
  return files
}

/** `actual` holds the files of `expected`, byte for byte, and no other. */
function expectSameFiles(actual: string, expected: string): void {
  const got = snapshot(actual)
  const wanted = snapshot(expected)
  expect(Object.keys(got), `${actual} against ${expected}`).toEqual(Object.keys(wanted))
  for (const [path, bytes] of Object.entries(wanted)) {
    // The text first, for a readable difference; then the bytes.
    expect(got[path]?.toString('utf8'), path).toBe(bytes.toString('utf8'))
    expect(got[path]?.equals(bytes), path).toBe(true)
  }
}

type Entry = ManifestEntry

/** The manifest of an export folder: its header, and one entry per document. */
function manifestOf(folder: string): { header: unknown; entries: Entry[] } {
  const [header = '', ...lines] = readFileSync(join(folder, MANIFEST), 'utf8').split('\n')
  expect(lines.at(-1), `${folder}: the manifest ends with a newline`).toBe('')
  return { header: JSON.parse(header) as unknown, entries: lines.filter((line) => line !== '').map((line) => JSON.parse(line) as Entry) }
}

/** What each line of the summary says of a folder export of `count` documents. */
function summaryOf(reading: string, out: string, count: number): string {
  const files = `${count} ${count === 1 ? 'file' : 'files'}`
  return `${reading}\njsonld    ${files} in ${out}/jsonld\ncsv       8 tables and their metadata in ${out}/csv\nmarkdown  ${files} in ${out}/markdown\n`
}

/** `corpus <args>` run in this process, as the binary runs it (from the sample folder unless `cwd`): most runs need no process of their own, which costs more than the work. */
const here = (args: readonly string[], cwd = SAMPLE) => corpusCommand(args, cwd)

/** Runs once, the first time it is asked for; the tests that share it run side by side. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | null = null
  return () => (made ??= make())
}

/** The sample exported by one full run, in its folder (`.`, from the sample folder: the manifest's paths are the file names). */
const whole = once(async () => {
  const out = join(scratch(), 'whole')
  expect(await here(['export', '.', '--out', out])).toEqual({ code: 0, stdout: summaryOf('10 documents read.', out, 10), stderr: '' })
  return out
})

/** The sample's shards `1/count` … `count/count`, each run into its folder, side by side. */
const shardRuns = new Map<number, Promise<Array<{ folder: string; result: Outcome }>>>()
function shardsOf(count: number): Promise<Array<{ folder: string; result: Outcome }>> {
  const found = shardRuns.get(count)
  if (found) return found
  const root = scratch()
  const runs = Promise.all(
    Array.from({ length: count }, async (_, at) => {
      const folder = join(root, `shard-${at + 1}`)
      return { folder, result: await here(['export', '.', '--out', folder, '--shard', `${at + 1}/${count}`]) }
    })
  )
  shardRuns.set(count, runs)
  return runs
}

/** A copy of the sample in `<root>/in`, for a test that changes its files. */
function sampleCopy(): { root: string; input: string } {
  const root = scratch()
  const input = join(root, 'in')
  mkdirSync(input)
  for (const name of SAMPLE_FILES) copyFileSync(join(SAMPLE, name), join(input, name))
  return { root, input }
}

/** Each file's shard (1 for the first folder), by its stem, from the shards' manifests. */
function shardOfEach(folders: readonly string[]): Map<string, number> {
  const shards = new Map<string, number>()
  folders.forEach((folder, at) => {
    for (const entry of manifestOf(folder).entries) {
      expect(shards.has(entry.stem), `${entry.stem} is in one shard only`).toBe(false)
      shards.set(entry.stem, at + 1)
    }
  })
  return shards
}

// Each test writes into folders of its own: they run side by side, their commands overlapping.
describe.concurrent('corpus export --jobs', () => {
  it('writes the same bytes with --jobs 1, 2 and 4, its manifest included, and records each document in it', async () => {
    const root = scratch()
    const outs = ['1', '2', '4'].map((jobs) => join(root, `jobs-${jobs}`))
    const results = await Promise.all(['1', '2', '4'].map((jobs, at) => run(['export', '.', '--out', outs[at] ?? '', '--jobs', jobs])))
    results.forEach((result, at) => expect(result, `--jobs ${['1', '2', '4'][at]}`).toEqual({ code: 0, signal: null, stdout: summaryOf('10 documents read.', outs[at] ?? '', 10), stderr: '' }))
    const [one = '', two = '', four = ''] = outs
    expect(Object.keys(snapshot(one))).toEqual([
      MANIFEST,
      ...['csv-metadata.json', 'datapackage.json', ...TABLES.map((table) => `${table}.csv`)].sort().map((name) => `csv/${name}`),
      ...SAMPLE_FILES.map((name) => `jsonld/${stem(name)}.jsonld`),
      ...SAMPLE_FILES.map((name) => `markdown/${stem(name)}.md`)
    ])
    expectSameFiles(two, one)
    expectSameFiles(four, one)
    expectSameFiles(one, await whole())

    const { header, entries } = manifestOf(one)
    expect(header).toEqual({
      manifest: 'corpus export',
      version: 1,
      tool: TOOL,
      options: {
        formats: ['jsonld', 'csv', 'markdown'],
        layout: 'files',
        jsonld: { vocabulary: 'schema', context: 'embed', annotations: false, keepFurniture: false },
        csv: { dialect: 'rfc4180' },
        markdown: { frontmatter: true, annotations: false, keepFurniture: false }
      }
    })
    expect(entries.map((entry) => entry.path)).toEqual(SAMPLE_FILES)
    for (const [at, name] of SAMPLE_FILES.entries()) {
      const bytes = readFileSync(join(SAMPLE, name))
      const stats = statSync(join(SAMPLE, name))
      expect(entries[at], name).toEqual({
        path: name,
        size: bytes.length,
        mtime: Math.trunc(stats.mtimeMs),
        sha256: createHash('sha256').update(bytes).digest('hex'),
        id: `doc-${name.slice(4, 20)}`,
        stem: stem(name),
        csv: expect.any(Array) as unknown
      })
      expect(entries[at]?.csv, name).toHaveLength(8)
    }
    // The bytes of each table are its header and its documents' records: the manifest counts the records.
    const tables = ['documents', 'blocks', 'sentences', 'quotes', 'dates', 'entities', 'mentions', 'diagnostics']
    tables.forEach((table, column) => {
      const text = readFileSync(join(one, 'csv', `${table}.csv`))
      const header = text.indexOf('\r\n') + 2
      expect(entries.reduce((sum, entry) => sum + (entry.csv?.[column] ?? 0), header), table).toBe(text.length)
    })
  })
})

describe.concurrent('corpus export --shard and corpus merge', () => {
  for (const count of [1, 2, 3]) {
    it(`shares the sample among ${count} ${count === 1 ? 'shard' : 'shards'}, each file in one, and merges them into the bytes of a single run`, async () => {
      const shards = await shardsOf(count)
      for (const { folder, result } of shards) {
        const size = manifestOf(folder).entries.length
        expect(result, folder).toEqual({ code: 0, stdout: summaryOf(`${size} ${size === 1 ? 'document' : 'documents'} read.`, folder, size), stderr: '' })
      }
      // Every file in exactly one shard; each shard's entries in the run's order.
      const paths = shards.flatMap(({ folder }) => manifestOf(folder).entries.map((entry) => entry.path))
      expect([...paths].sort()).toEqual(SAMPLE_FILES)
      for (const { folder } of shards) {
        const mine = manifestOf(folder).entries.map((entry) => entry.path)
        expect(mine).toEqual([...mine].sort())
        expect(Object.keys(snapshot(folder)).filter((path) => path.startsWith('jsonld/'))).toEqual(mine.map((path) => `jsonld/${stem(path)}.jsonld`))
      }

      // In any order: a shell's shards/* puts 10 before 2.
      const merged = join(scratch(), 'merged')
      const result = await here(['merge', ...shards.map(({ folder }) => folder).reverse(), '--out', merged])
      expect(result).toEqual({ code: 0, stdout: `${count} ${count === 1 ? 'folder' : 'folders'} merged.\n${summaryOf('10 documents.', merged, 10)}`, stderr: '' })
      expectSameFiles(merged, await whole())
    })
  }

  it('gives each of --shard 1/7 … 7/7 a folder that merge takes, a share with no file its manifest alone, and merges all 7 into the bytes of a single run', async () => {
    const shards = await shardsOf(7)
    const sizes = shards.map(({ folder }) => manifestOf(folder).entries.length)
    // 10 files in 7 shares: some are empty, the case this test is for.
    expect(sizes).toContain(0)
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(10)
    shards.forEach(({ folder, result }, at) => {
      // An empty share is no failure: a batch scheduler sees every index succeed, and merge is given every folder.
      if (sizes[at] === 0) {
        expect(result, folder).toEqual({ code: 0, stdout: `No file in shard ${at + 1}/7: ${MANIFEST} alone written in ${folder}.\n`, stderr: '' })
        expect(Object.keys(snapshot(folder)), folder).toEqual([MANIFEST])
        expect(hiddenUnder(folder), folder).toEqual([])
        expect(manifestOf(folder).header).toEqual(manifestOf(shards[0]?.folder ?? '').header)
      } else expect(result, folder).toEqual({ code: 0, stdout: summaryOf(`${sizes[at]} ${sizes[at] === 1 ? 'document' : 'documents'} read.`, folder, sizes[at] ?? 0), stderr: '' })
    })
    const merged = join(scratch(), 'merged')
    const result = await here(['merge', ...shards.map(({ folder }) => folder), '--out', merged])
    expect(result).toEqual({ code: 0, stdout: `7 folders merged.\n${summaryOf('10 documents.', merged, 10)}`, stderr: '' })
    expectSameFiles(merged, await whole())
  })

  it('keeps each file in its shard when a file of another name is added to the input', async () => {
    const before = shardOfEach((await shardsOf(3)).map(({ folder }) => folder))
    expect([...before.keys()].sort()).toEqual(SAMPLE_FILES.map(stem))
    const { root, input } = sampleCopy()
    copyFileSync(join(input, SAMPLE_FILES[1] ?? ''), join(input, '099_00000000000000aa.txt'))
    const folders = [1, 2, 3].map((index) => join(root, `shard-${index}`))
    const results = await Promise.all(folders.map((folder, at) => here(['export', 'in', '--out', folder, '--shard', `${at + 1}/3`, '--quiet'], root)))
    for (const result of results) expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    const after = shardOfEach(folders)
    expect([...after.keys()].sort()).toEqual([...SAMPLE_FILES.map(stem), '099_00000000000000aa'])
    for (const [name, shard] of before) expect(after.get(name), name).toBe(shard)
  })

  it('runs as the README’s xargs recipe says: seven shards side by side, the empty ones too, then merge of every folder, into the bytes of a single run', async () => {
    const root = scratch()
    const [node, binary, folder] = [process.execPath, BINARY, root].map((text) => JSON.stringify(text))
    const script = `seq 7 | xargs -P 7 -I{} ${node} ${binary} export . --out ${folder}/shards/{} --shard {}/7 --quiet && ${node} ${binary} merge ${folder}/shards/* --out ${folder}/export --quiet`
    expect(await promisify(execFile)('/bin/sh', ['-c', script], { cwd: SAMPLE, encoding: 'utf8' })).toEqual({ stdout: '', stderr: '' })
    expect(readdirSync(join(root, 'shards')).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expectSameFiles(join(root, 'export'), await whole())
  })

  it('places one format by the rule of all: its own folder in a shard, in the merge and in an update, as a single run places it', async () => {
    const root = scratch()
    const options = ['-f', 'markdown', '-q']
    const [whole, merged] = [join(root, 'whole'), join(root, 'merged')]
    const runs = await Promise.all([here(['export', '.', '--out', whole, ...options]), ...[1, 2].map((index) => here(['export', '.', '--out', join(root, `shard-${index}`), '--shard', `${index}/2`, ...options]))])
    for (const result of runs) expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(Object.keys(snapshot(whole))).toEqual([MANIFEST, ...SAMPLE_FILES.map((name) => `markdown/${stem(name)}.md`)])
    for (const index of [1, 2]) for (const path of Object.keys(snapshot(join(root, `shard-${index}`)))) expect(path === MANIFEST || path.startsWith('markdown/'), path).toBe(true)
    expect(await here(['merge', join(root, 'shard-1'), join(root, 'shard-2'), '--out', merged, '-q'])).toEqual({ code: 0, stdout: '', stderr: '' })
    expectSameFiles(merged, whole)
    expect(await here(['export', '.', '--out', merged, '--update', ...options])).toEqual({ code: 0, stdout: '', stderr: '' })
    expectSameFiles(merged, whole)
  })

  it('refuses to merge folders made with other options, and writes nothing', async () => {
    const root = scratch()
    const [first, second] = [join(root, 'shard-1'), join(root, 'shard-2')]
    const runs = await Promise.all([here(['export', '.', '--out', first, '--shard', '1/2', '-q']), here(['export', '.', '--out', second, '--shard', '2/2', '--dialect', 'tsv', '-q'])])
    for (const result of runs) expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    const merged = join(root, 'merged')
    const result = await here(['merge', first, second, '--out', merged])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `${second}/${MANIFEST}  error  made with other options or another version than the first folder: shards must come from runs with the same options  read-error\n`
    })
    expect(existsSync(merged)).toBe(false)
  })

  it('refuses a folder that no export wrote, naming it, and writes nothing', async () => {
    const [shard] = await shardsOf(2)
    const root = scratch()
    const empty = join(root, 'empty')
    mkdirSync(empty)
    for (const folder of [empty, join(root, 'missing')]) {
      const merged = join(root, 'merged')
      const result = await corpusCommand(['merge', shard?.folder ?? '', folder, '--out', merged], root)
      expect(result).toEqual({ code: 2, stdout: '', stderr: `${folder.slice(root.length + 1)}  error  no ${MANIFEST}: not a folder that \`corpus export\` wrote  read-error\n` })
      expect(existsSync(merged)).toBe(false)
    }
  })

  it('merges shards in which a document was left out of the CSV tables (another had its id) as a single run writes them', async () => {
    const root = scratch()
    const input = join(root, 'in')
    mkdirSync(input)
    // Two names of one id: the second is left out of the tables, and both are in the one shard.
    writeFileSync(join(input, '004_0a1b2c3d4e5f6071.txt'), 'Le marché rouvre.\n')
    writeFileSync(join(input, '007_0a1b2c3d4e5f6071.txt'), 'Le port ferme.\n')
    const runs = await Promise.all([here(['export', 'in', '--out', 'whole', '-q'], root), here(['export', 'in', '--out', 'shard-1', '--shard', '1/1', '-q'], root)])
    const leftOut = 'in/007_0a1b2c3d4e5f6071.txt  error  another document has the id doc-0a1b2c3d4e5f6071: left out of the CSV tables  duplicate-id\n'
    for (const result of runs) expect(result).toEqual({ code: 2, stdout: '', stderr: leftOut })
    const result = await here(['merge', 'shard-1', '--out', 'merged', '-q'], root)
    expect(result).toEqual({ code: 2, stdout: '', stderr: leftOut })
    expectSameFiles(join(root, 'merged'), join(root, 'whole'))
  })
})

describe.concurrent('corpus export --update', () => {
  it('updates a folder after a file is changed, deleted or added into the bytes of a full run, reading only what changed, and leaves it as it is when nothing did', async () => {
    const { root, input } = sampleCopy()
    const update = () => here(['export', 'in', '--out', 'up', '--update'], root)
    const fresh = (name: string) => here(['export', 'in', '--out', name, '-q'], root)
    // A folder with no export yet: everything is new.
    expect(await update()).toEqual({ code: 0, stdout: summaryOf('10 documents read.', 'up', 10), stderr: '' })
    const up = join(root, 'up')

    const changed = SAMPLE_FILES[3] ?? ''
    appendFileSync(join(input, changed), '\nUne ligne ajoutée.\n')
    const [afterChange, changedRun] = await Promise.all([update(), fresh('changed')])
    expect(afterChange).toEqual({ code: 0, stdout: summaryOf('1 document read, 9 documents unchanged.', 'up', 1), stderr: '' })
    expect(changedRun).toEqual({ code: 0, stdout: '', stderr: '' })
    expectSameFiles(up, join(root, 'changed'))

    const deleted = SAMPLE_FILES[5] ?? ''
    rmSync(join(input, deleted))
    const [afterDelete, deletedRun] = await Promise.all([update(), fresh('deleted')])
    expect(afterDelete).toEqual({ code: 0, stdout: summaryOf('0 documents read, 9 documents unchanged.', 'up', 0), stderr: '' })
    expect(deletedRun).toEqual({ code: 0, stdout: '', stderr: '' })
    expectSameFiles(up, join(root, 'deleted'))
    expect(existsSync(join(up, 'jsonld', `${stem(deleted)}.jsonld`))).toBe(false)
    expect(existsSync(join(up, 'markdown', `${stem(deleted)}.md`))).toBe(false)
    expect(manifestOf(up).entries.map((entry) => entry.path)).not.toContain(`in/${deleted}`)

    // A copy of a file under a new name; this time in the binary's worker threads.
    copyFileSync(join(input, SAMPLE_FILES[1] ?? ''), join(input, '099_00000000000000aa.txt'))
    const [afterAdd, addedRun] = await Promise.all([run(['export', 'in', '--out', 'up', '--update', '--jobs', '2'], { cwd: root }), fresh('added')])
    expect(afterAdd).toEqual({ code: 0, signal: null, stdout: summaryOf('1 document read, 9 documents unchanged.', 'up', 1), stderr: '' })
    expect(addedRun).toEqual({ code: 0, stdout: '', stderr: '' })
    expectSameFiles(up, join(root, 'added'))
    expect(manifestOf(up).entries.map((entry) => entry.path).at(-1)).toBe('in/099_00000000000000aa.txt')

    const before = snapshot(up)
    expect(await update()).toEqual({ code: 0, stdout: summaryOf('0 documents read, 10 documents unchanged.', 'up', 0), stderr: '' })
    expectSameFiles(up, join(root, 'added'))
    expect(snapshot(up)).toEqual(before)
  })

  it('refuses to update a folder made with other options, and changes nothing in it', async () => {
    const root = scratch()
    const up = join(root, 'up')
    expect(await here(['export', '.', '--out', up, '-q'])).toEqual({ code: 0, stdout: '', stderr: '' })
    const before = snapshot(up)
    const hidden = hiddenUnder(up)
    const results: Array<{ code: number | null; stdout: string; stderr: string }> = await Promise.all([['--dialect', 'tsv'], ['--columns', 'compact'], ['--vocabulary', 'dcterms']].map((options) => here(['export', '.', '--out', up, '--update', ...options])))
    // The binary says the same.
    results.push(await run(['export', '.', '--out', up, '--update', '--format', 'jsonld']))
    for (const result of results) {
      expect(result).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `${up}/${MANIFEST}  error  made with other options: run the export again without --update (with --force), or with the options it records  read-error\n`
      })
    }
    expect(snapshot(up)).toEqual(before)
    expect(hiddenUnder(up)).toEqual(hidden)
  })

  it('keeps the outputs of a file moved into another folder, as a full run writes them', async () => {
    const { root, input } = sampleCopy()
    expect(await here(['export', 'in', '--out', 'up', '-q'], root)).toEqual({ code: 0, stdout: '', stderr: '' })
    const moved = SAMPLE_FILES[0] ?? ''
    mkdirSync(join(input, 'archives'))
    renameSync(join(input, moved), join(input, 'archives', moved))
    const [updated, full] = await Promise.all([here(['export', 'in', '--out', 'up', '--update'], root), here(['export', 'in', '--out', 'full', '-q'], root)])
    expect(updated).toEqual({ code: 0, stdout: summaryOf('1 document read, 9 documents unchanged.', 'up', 1), stderr: '' })
    expect(full).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(existsSync(join(root, 'up', 'jsonld', `${stem(moved)}.jsonld`)), 'the moved file’s JSON-LD').toBe(true)
    expectSameFiles(join(root, 'up'), join(root, 'full'))
  })

  it('names the files of a document as a full run does once the file that shared its name is gone', async () => {
    const root = scratch()
    for (const [folder, text] of [['a', 'Un texte.\n'], ['b', 'Un autre texte.\n']] as const) {
      mkdirSync(join(root, 'in', folder), { recursive: true })
      writeFileSync(join(root, 'in', folder, 'notes.txt'), text)
    }
    expect(await here(['export', 'in', '--out', 'up', '-q'], root)).toEqual({ code: 0, stdout: '', stderr: '' })
    rmSync(join(root, 'in', 'a', 'notes.txt'))
    const [updated, full] = await Promise.all([here(['export', 'in', '--out', 'up', '--update', '-q'], root), here(['export', 'in', '--out', 'full', '-q'], root)])
    for (const result of [updated, full]) expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expectSameFiles(join(root, 'up'), join(root, 'full'))
  })

  it('writes again, in place, the files of a changed document whose name another file has (its files named by its id)', async () => {
    const root = scratch()
    // One source id in both names: the second document's files are named by it, and its id is taken in the tables.
    const name = '001_0a1b2c3d4e5f6071.txt'
    for (const folder of ['a', 'b']) {
      mkdirSync(join(root, 'in', folder), { recursive: true })
      writeFileSync(join(root, 'in', folder, name), `Un texte de ${folder}.\n`)
    }
    expect((await here(['export', 'in', '--out', 'up', '-q'], root)).code).toBe(2)
    expect(readdirSync(join(root, 'up', 'jsonld')).sort()).toEqual(['001_0a1b2c3d4e5f6071-doc-0a1b2c3d4e5f6071.jsonld', '001_0a1b2c3d4e5f6071.jsonld'])
    writeFileSync(join(root, 'in', 'b', name), 'Un texte de b, récrit.\n')
    const [updated, full] = await Promise.all([here(['export', 'in', '--out', 'up', '--update', '-q'], root), here(['export', 'in', '--out', 'full', '-q'], root)])
    const leftOut = `${join('in', 'b', name)}  error  another document has the id doc-0a1b2c3d4e5f6071: left out of the CSV tables  duplicate-id\n`
    for (const result of [updated, full]) expect(result).toEqual({ code: 2, stdout: '', stderr: leftOut })
    expectSameFiles(join(root, 'up'), join(root, 'full'))
  })

  it('updates a folder in which a document was left out of the CSV tables (another had its id), keeping its tables', async () => {
    const root = scratch()
    mkdirSync(join(root, 'in'))
    writeFileSync(join(root, 'in', '004_0a1b2c3d4e5f6071.txt'), 'Le marché rouvre.\n')
    writeFileSync(join(root, 'in', '007_0a1b2c3d4e5f6071.txt'), 'Le port ferme.\n')
    const runs = await Promise.all([here(['export', 'in', '--out', 'up', '-q'], root), here(['export', 'in', '--out', 'full', '-q'], root)])
    for (const result of runs) expect(result.code).toBe(2)
    const updated = await here(['export', 'in', '--out', 'up', '--update', '-q'], root)
    expect(updated.stderr).not.toContain('write-error')
    expectSameFiles(join(root, 'up'), join(root, 'full'))
  })
})

describe('corpus export --shard and --update, corpus merge: usage', () => {
  it('refuses a shard that is not K/N with 1 ≤ K ≤ N, a shard or update written anywhere but a folder of files, and a merge without folders or --out, before any work', async () => {
    const root = scratch()
    const out = join(root, 'out')
    const cases: [string[], string][] = [
      [['export', '.', '--out', out, '--shard', '0/3'], '--shard must be K/N with 1 ≤ K ≤ N (1/4, say), not `0/3`'],
      [['export', '.', '--out', out, '--shard', '4/3'], '--shard must be K/N with 1 ≤ K ≤ N (1/4, say), not `4/3`'],
      [['export', '.', '--out', out, '--shard', 'x'], '--shard must be K/N with 1 ≤ K ≤ N (1/4, say), not `x`'],
      [['export', '.', '--out', out, '--shard', '1/0'], '--shard must be K/N with 1 ≤ K ≤ N (1/4, say), not `1/0`'],
      [['export', '.', '--out', out, '--shard', '1/2', '--layout', 'corpus'], '--shard works with the files layout, one file per document, not --layout corpus'],
      [['export', '.', '--out', '-', '--shard', '1/2', '--format', 'jsonld'], '--shard writes into a folder: --out cannot be -'],
      [['export', '-', '--out', out, '--shard', '1/2'], '--shard reads files: standard input (-) cannot be one of the inputs'],
      [['export', '.', '--out', out, '--update', '--layout', 'corpus'], '--update works with the files layout, one file per document, not --layout corpus'],
      [['export', '.', '--out', '-', '--update', '--format', 'jsonld'], '--update writes into a folder: --out cannot be -']
    ]
    // Refused while reading the command line: in this process, as the binary runs it, without starting one each.
    for (const [args, message] of cases) {
      expect(await corpusCommand(args, SAMPLE), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `corpus export: ${message}\nRun \`corpus export --help\` for its options.\n` })
    }
    const merges: [string[], string][] = [
      [['merge', '--out', out], 'no folder: name the export folders of the shards'],
      [['merge', root], '--out is required: the folder to write'],
      [['merge', root, '--out', ''], '--out is required: the folder to write']
    ]
    for (const [args, message] of merges) {
      expect(await corpusCommand(args, SAMPLE), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `corpus merge: ${message}\nRun \`corpus merge --help\` for its options.\n` })
    }
    // The binary says the same.
    expect(await run(cases[0]?.[0] ?? [])).toMatchObject({ code: 2, stdout: '', stderr: `corpus export: ${cases[0]?.[1]}\nRun \`corpus export --help\` for its options.\n` })
    expect(readdirSync(root)).toEqual([])
  })
})
