// `corpus export` in the files layout: the inputs listed here, each file
// exported whole by a job (in this thread, or in the worker threads of --jobs),
// the results taken in order, the manifest written, the CSV tables joined from
// the jobs' parts, and, with --update, the outputs of unchanged files kept.
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { performance } from 'node:perf_hooks'
import type { Diagnostic, Source } from '@corpus/core'
import { readCorpus } from '@corpus/core/node'
import { csvWriter, type TableName } from '@corpus/csv'
import { markdownFileName } from '@corpus/markdown'
import { SliceReader } from './csv-parts.js'
import { EXTENSIONS, Jobs, PER_DOCUMENT, stemOf, type JobFile, type JobResult, type JobSettings, type PerDocument, type WriteFailure } from './export-job.js'
import type { ExportReply, ExportRequest } from './export-worker.js'
import { renderPlan, type Format, type Plan } from './export-plan.js'
import { displayPath, fromStdin, STDIN } from './inputs.js'
import type { Io } from './io.js'
import { joinTables, type Joined } from './join-tables.js'
import { MANIFEST, ManifestWriter, manifestHeader, readManifest, type ManifestEntry } from './manifest.js'
import { inShard, type Shard } from './shard.js'
import { temporaryPath } from './temporary.js'
import { WorkerPool } from './worker-pool.js'

/** What the command gives the run: the inputs and plan, and how to report and count. */
export interface EachRun {
  inputs: readonly string[]
  plan: Plan
  io: Io
  jobs: number
  maxFileSize: number
  followSymlinks: boolean
  shard: Shard | null
  /** The manifest of the earlier run into the folder, for --update; `null` for a full run. */
  earlier: string | null
  folderOf: (format: Format) => string
  onListed: (count: number) => void
  /** Counts a file that could not be read, and reports it. */
  notRead: (path: string, message: string, code: string) => void
  /** Counts a document read (or kept), and reports its error diagnostics. */
  read: (path: string, errors: readonly Diagnostic[]) => void
  /** Counts a document kept from the earlier run, unchanged. */
  kept: () => void
  /** Counts a file written. */
  written: (format: PerDocument) => void
  /** Counts and reports a file not written. */
  failed: (format: PerDocument, failure: WriteFailure, path: string) => void
  /** Writes a file of a format (in this thread), counted. */
  writeFile: (format: PerDocument, name: string, text: string, path: string) => void
  /** Reports a document left out of the CSV tables (its id taken). */
  leftOut: (path: string, id: string) => void
  /** Reports that the manifest could not be written. */
  manifestFailed: (path: string, message: string) => void
  /** Reports what stopped the CSV tables. */
  csvFailed: (error: unknown) => void
  /** Counts the tables written. */
  csvWritten: (tables: number) => void
}

/** A file of the run, in order: to export, or kept from the earlier run. */
type Planned = { kind: 'job'; file: JobFile } | { kind: 'kept'; entry: ManifestEntry }

// Files per request to a worker: enough that messages are few, few enough that the threads stay even.
const BATCH = 8
// Longest stretch of work in this thread between two turns of the event loop (progress, signals).
const TURN_MS = 50

/** Runs the export; resolves to the number of documents in it (read or kept). */
export async function exportEach(run: EachRun): Promise<number> {
  const { plan, io } = run
  const earlier = run.earlier === null ? null : keptEntries(run.earlier)
  const { planned, taken } = await planRun(run, earlier)
  const tables: TableName[] = plan.formats.includes('csv') ? csvWriter(plan.csv).tables.map((table) => table.name) : []
  const csvFolder = plan.formats.includes('csv') ? run.folderOf('csv') : null
  const parts = csvFolder === null ? null : temporaryPath(join(csvFolder, 'parts'))
  if (parts !== null) mkdirSync(parts)
  const folders: Partial<Record<PerDocument, string>> = {}
  for (const format of PER_DOCUMENT) if (plan.formats.includes(format)) folders[format] = run.folderOf(format)
  const settings: JobSettings = { cwd: io.cwd, maxFileSize: run.maxFileSize, plan: renderPlan(plan), folders, force: plan.force || run.earlier !== null, parts }
  const manifestPath = join(plan.out, MANIFEST)
  const manifest = new ManifestWriter(temporaryPath(manifestPath), manifestHeader(optionsOf(plan)))
  // The part each entry's records are in: the jobs' numbers, `KEPT` for the earlier tables.
  const sources = new Sources()
  // Ids in order, as the CSV tables take them: a document whose id is taken is left out of them, and its manifest line records no records.
  const ids = new Set<string>()
  const leftOut = new Map<number, { part: number; sizes: number[] }>()
  /** The entry's CSV records, or `null` when its id is taken (then reported, and its bytes passed over in the join). */
  const recordsOf = (id: string, path: string, part: number, csv: number[] | null): number[] | null => {
    if (csv === null) return null
    if (!ids.has(id)) {
      ids.add(id)
      return csv
    }
    run.leftOut(path, id)
    leftOut.set(sources.length, { part, sizes: csv })
    return null
  }
  let documents = 0
  try {
    const here = run.jobs > 1 && !run.inputs.includes(STDIN) ? null : new Jobs(settings, run.jobs)
    const pool = run.jobs > 1 ? new WorkerPool<ExportRequest, ExportReply>(run.jobs, settings, new URL('./export-worker.js', import.meta.url)) : null
    const stopped = new Set<PerDocument>()
    // The CSV parts of a thread that failed (a full disk): the tables cannot be joined.
    let csvFailure: WriteFailure | null = null
    const csvFailed = (failure: WriteFailure | null) => {
      if (failure === null || csvFailure !== null) return
      csvFailure = failure
      run.csvFailed(new Error(failure.message))
    }
    const stop = async (format: PerDocument) => {
      if (stopped.has(format)) return
      stopped.add(format)
      here?.stop(format)
      await pool?.all({ kind: 'stop', format })
    }
    const take = async (result: JobResult, path: string) => {
      if (result.type === 'failure') return run.notRead(path, result.message, result.code)
      run.read(path, result.errors)
      const failed: PerDocument[] = []
      for (const format of PER_DOCUMENT) {
        const failure = result.written[format]
        if (failure === undefined) continue
        if (failure === null) run.written(format)
        else {
          failed.push(format)
          run.failed(format, failure, displayPath(path, io.cwd))
          if (failure.stops) await stop(format)
        }
      }
      const stem = result.stem ?? namedHere(result.source, result.texts, taken, run, path)
      const shown = displayPath(path, io.cwd)
      const csv = recordsOf(result.id, shown, result.part, result.csv)
      manifest.write({ path: shown, size: result.size, mtime: result.mtime, sha256: result.sha256, id: result.id, stem, csv, ...(failed.length > 0 ? { failed } : {}) })
      sources.add(result.part)
      documents++
    }

    if (run.inputs.includes(STDIN) && here !== null) {
      const item = await fromStdin(io.stdin, run.maxFileSize)
      if (item.type === 'failure') run.notRead(STDIN, item.message, item.code)
      else await take(await here.runDocument(item.document), STDIN)
    }
    try {
      let lastTurn = performance.now()
      for await (const { planned: next, result } of inOrder(planned, here, pool, csvFailed)) {
        if (next.kind === 'kept') {
          run.kept()
          manifest.write({ ...next.entry, csv: recordsOf(next.entry.id, next.entry.path, KEPT, next.entry.csv) })
          sources.add(KEPT)
          documents++
        } else if (result !== null) await take(result, next.file.path)
        if (performance.now() - lastTurn >= TURN_MS) {
          await nextTurn()
          lastTurn = performance.now()
        }
      }
      here?.close()
      csvFailed(here?.csvFailure ?? null)
      for (const reply of (await pool?.all({ kind: 'close' })) ?? []) csvFailed(reply.csvFailure)
    } finally {
      await pool?.close()
    }
    manifest.close()
    if (documents === 0) {
      // An empty share is a shard's normal lot (more shards than files, say): its folder records it, for `corpus merge`.
      if (run.shard !== null && manifest.failure === null) renameSync(manifest.path, manifestPath)
      return 0
    }

    // The files of the earlier run that this one does not name (inputs gone, names given otherwise).
    if (earlier !== null) for (const entry of earlier.all) if (!taken.has(entry.stem.toLowerCase())) removeOutputs(entry, folders)

    if (csvFolder !== null && parts !== null && csvFailure === null) {
      try {
        const written = await joinTables(joined(manifest.path, sources, leftOut, tables, parts, earlier?.all ?? null, csvFolder, plan), tables, csvFolder, {
          ...plan.csv,
          overwrite: plan.force || run.earlier !== null,
          ...(plan.jsonld.base === undefined ? {} : { base: plan.jsonld.base })
        })
        run.csvWritten(written.files.length)
      } catch (error) {
        csvFailed({ message: error instanceof Error ? error.message : String(error), stops: true })
      }
    }
    // Last, once the outputs it records are there: renamed over the earlier one in one step.
    // Without the CSV tables it would record records that are nowhere: there is then no record, and no --update.
    if (csvFailure !== null) rmSync(manifestPath, { force: true })
    else if (manifest.failure !== null) run.manifestFailed(manifestPath, manifest.failure)
    else renameSync(manifest.path, manifestPath)
    return documents
  } finally {
    rmSync(manifest.path, { force: true })
    if (parts !== null) rmSync(parts, { recursive: true, force: true })
  }
}

/**
 * The files of the run, in order, each to export or kept from the earlier
 * run; the stems taken, as a single run takes them (in order, the first file
 * of a name gets it); and, for --update, the paths listed. What is held per
 * file is kept small: a run of a million files holds this for each.
 */
async function planRun(run: EachRun, earlier: ReturnType<typeof keptEntries> | null): Promise<{ planned: Planned[]; taken: Set<string> }> {
  const files = await listed(run)
  run.onListed(files.length + (run.inputs.includes(STDIN) ? 1 : 0))
  const taken = new Set<string>()
  const planned: Planned[] = []
  const csv = run.plan.formats.includes('csv')
  for (const file of files) {
    if (file.failure) {
      run.notRead(file.path, file.failure.message, file.failure.code)
      continue
    }
    const stem = stemOf(file.name)
    const key = stem.toLowerCase()
    const free = !taken.has(key)
    if (free) taken.add(key)
    // Kept as it is only when a full run would write it so: unchanged, every file written, named by its own name, its records in the tables.
    const kept = earlier?.byPath.get(displayPath(file.path, run.io.cwd))?.entry
    if (kept && free && kept.stem === stem && kept.failed === undefined && (kept.csv !== null || !csv) && unchanged(file.path, kept)) planned.push({ kind: 'kept', entry: kept })
    else planned.push({ kind: 'job', file: { path: file.path, free } })
  }
  return { planned, taken }
}

/** The part number of entries kept from the earlier run: their records are in its tables. */
const KEPT = -1

/** Names the files of a document whose stem another file took, in this thread, and writes them. */
function namedHere(source: Source | null, texts: Partial<Record<PerDocument, string>>, taken: Set<string>, run: EachRun, path: string): string {
  const stem = source === null ? '' : markdownFileName({ source }, { extension: '', taken })
  for (const format of PER_DOCUMENT) {
    const text = texts[format]
    if (text !== undefined) run.writeFile(format, `${stem}${EXTENSIONS[format]}`, text, path)
  }
  return stem
}

/** The listed files, in the run's order, with those not in the shard left out. */
async function listed(run: EachRun): Promise<Array<{ path: string; name: string; failure: { message: string; code: string } | null }>> {
  const paths = run.inputs.filter((input) => input !== STDIN)
  if (paths.length === 0) return []
  const files = []
  for await (const item of readCorpus(paths, { cwd: run.io.cwd, followSymlinks: run.followSymlinks, readFile: () => new Uint8Array(0), parse: (_bytes, name) => name })) {
    if (item.type === 'failure') files.push({ path: item.path, name: '', failure: { message: item.message, code: item.code } })
    else if (run.shard === null || inShard(stemOf(item.document), run.shard)) files.push({ path: item.path, name: item.document, failure: null })
  }
  return files
}

/** The earlier run's entries, by path. */
function keptEntries(path: string): { all: ManifestEntry[]; byPath: Map<string, { entry: ManifestEntry }> } {
  // Read whole: an update holds the earlier run's lines (a full run holds none).
  const all = [...readManifest(path).entries]
  return { all, byPath: new Map(all.map((entry) => [entry.path, { entry }])) }
}

/** The part each entry's records are in, by entry: one byte each. */
class Sources {
  #parts = new Int8Array(1024)
  #length = 0

  get length(): number {
    return this.#length
  }

  add(part: number): void {
    if (this.#length === this.#parts.length) {
      const grown = new Int8Array(this.#parts.length * 2)
      grown.set(this.#parts)
      this.#parts = grown
    }
    this.#parts[this.#length++] = part
  }

  at(index: number): number {
    return index < this.#length ? (this.#parts[index] ?? KEPT) : KEPT
  }
}

/** Whether a file is as the earlier run found it: its size and modification time. */
function unchanged(path: string, entry: ManifestEntry): boolean {
  try {
    const stats = statSync(path)
    return stats.size === entry.size && Math.trunc(stats.mtimeMs) === entry.mtime
  } catch {
    return false
  }
}

/** Each planned file with its result, in order; jobs run ahead in the worker threads (or here, one at a time). */
async function* inOrder(planned: readonly Planned[], here: Jobs | null, pool: WorkerPool<ExportRequest, ExportReply> | null, csvFailed: (failure: WriteFailure | null) => void): AsyncGenerator<{ planned: Planned; result: JobResult | null }> {
  if (pool === null) {
    for (const next of planned) {
      const result = next.kind === 'job' && here !== null ? await here.run(next.file) : null
      csvFailed(here?.csvFailure ?? null)
      yield { planned: next, result }
    }
    return
  }
  const batches: Array<Promise<ExportReply>> = []
  const ahead = 3 * pool.size
  let sent = 0
  const send = () => {
    while (batches.length < ahead && sent < planned.length) {
      const files: JobFile[] = []
      for (; files.length < BATCH && sent < planned.length; sent++) {
        const next = planned[sent]
        if (next?.kind === 'job') files.push(next.file)
      }
      if (files.length > 0) batches.push(pool.run({ kind: 'batch', files }))
    }
  }
  send()
  let results: JobResult[] = []
  for (const next of planned) {
    if (next.kind === 'kept') {
      yield { planned: next, result: null }
      continue
    }
    if (results.length === 0) {
      const batch = batches.shift()
      const reply = await batch
      csvFailed(reply?.csvFailure ?? null)
      results = reply === undefined ? [] : [...reply.results]
      send()
    }
    yield { planned: next, result: results.shift() ?? null }
  }
}

/** The tables' records of each entry, with where they are: a job's part, or the earlier tables. */
function* joined(manifest: string, sources: Sources, leftOut: ReadonlyMap<number, { part: number; sizes: number[] }>, tables: readonly TableName[], parts: string, earlier: readonly ManifestEntry[] | null, folder: string, plan: Plan): Generator<Joined> {
  const readers = new Map<number, SliceReader[]>()
  const writer = csvWriter(plan.csv)
  const extension = writer.dialect.delimiter === '\t' ? 'tsv' : 'csv'
  const open = (part: number) => tables.map((table) => (part === KEPT ? new SliceReader(join(folder, `${table}.${extension}`), Buffer.byteLength(writer.header(table))) : new SliceReader(join(parts, String(part), table))))
  // Entries of the earlier run not kept: their records are passed over.
  const before = earlier === null ? null : earlier[Symbol.iterator]()
  try {
    let at = 0
    for (const entry of readManifest(manifest).entries) {
      const part = sources.at(at)
      const found = readers.get(part) ?? open(part)
      readers.set(part, found)
      if (part === KEPT && before !== null) {
        for (let old = before.next(); old.done !== true && old.value.path !== entry.path; old = before.next()) {
          old.value.csv?.forEach((size, table) => found[table]?.skip(size))
        }
      }
      // A document left out of the tables: its records, in its part, are passed over.
      leftOut.get(at)?.sizes.forEach((size, table) => found[table]?.skip(size))
      at++
      yield { entry, readers: found }
    }
  } finally {
    for (const list of readers.values()) for (const reader of list) reader.close()
  }
}

/** Removes the files of a document no longer among the inputs. */
function removeOutputs(entry: ManifestEntry, folders: Partial<Record<PerDocument, string>>): void {
  for (const format of PER_DOCUMENT) {
    const folder = folders[format]
    if (folder !== undefined) rmSync(join(folder, `${entry.stem}${EXTENSIONS[format]}`), { force: true })
  }
}

/** What the manifest records of the options: everything that changes the outputs. */
export function optionsOf(plan: Plan): unknown {
  return { formats: plan.formats, layout: plan.layout, jsonld: plan.jsonld, csv: plan.csv, markdown: plan.markdown }
}
