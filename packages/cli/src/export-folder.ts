import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic, Document } from '@corpus/core'
import type { CorpusDocument, CorpusItem } from '@corpus/core/node'
import { existingTables, writeCsvTables } from '@corpus/csv/node'
import { corpusToJsonLd } from '@corpus/jsonld'
import { corpusToMarkdownBook } from '@corpus/markdown'
import { conflictMessage, inFolder, namesIn, plannedStems, type Listing } from './conflicts.js'
import { diagnosticLine, failureLine } from './diagnostic-line.js'
import { escapeControl } from './escape.js'
import { formatFolder, type Format, type Plan } from './export-plan.js'
import { exportEach, optionsOf } from './export-each.js'
import { MANIFEST, manifestHeader, readManifest } from './manifest.js'
import type { Shard } from './shard.js'
import { DEFAULT_MAX_FILE_SIZE } from './input-options.js'
import { displayPath, HINTS, readInputs, type ReadSettings } from './inputs.js'
import { EXIT, type Io } from './io.js'
import { inside, prepareFolder, removeFolders, stopsFormat, writeWhole } from './output.js'
import { Progress } from './progress.js'
import { jsonFile } from './json-chunks.js'
import { errorsOf, type Text } from './render.js'
import { summary, type Outcome, type Reading } from './summary.js'
import { noteFolder, removeStaleTemporaryFiles } from './temporary.js'

const EXTENSIONS: Record<Exclude<Format, 'csv'>, string> = { jsonld: '.jsonld', markdown: '.md' }
const CORPUS_FILES: Record<Exclude<Format, 'csv'>, string> = { jsonld: 'corpus.jsonld', markdown: 'corpus.md' }

/**
 * Every format into its folder, document by document; the CSV tables and any
 * corpus file complete or not at all. A format whose writing fails for good (a
 * full disk) stops, and the others and the reading go on; a run that read no
 * document writes nothing.
 */
export async function toFolder(inputs: readonly string[], plan: Plan, io: Io, quiet: boolean, read: ReadSettings, scale: Scale = { shard: null, update: false }): Promise<number> {
  const folderOf = (format: Format) => formatFolder(plan.out, format)
  const shown = (path: string) => displayPath(path, io.cwd)
  const created: string[] = []
  for (const format of plan.formats) {
    try {
      created.push(...(await prepareFolder(folderOf(format))))
    } catch (error) {
      io.stderr.write(`${escapeControl(outputError(error, shown(plan.out)))}\n`)
      removeFolders(created)
      return EXIT.trouble
    }
  }
  // --out holds the formats' folders and the manifest, whose temporary file an earlier run may have left there.
  noteFolder(plan.out)
  removeStaleTemporaryFiles(plan.out)
  const earlier = scale.update ? earlierManifest(plan.out) : null
  if (earlier !== null) {
    const changed = madeOtherwise(earlier, plan)
    if (changed !== null) {
      io.stderr.write(`${escapeControl(failureLine(shown(earlier), changed))}\n`)
      removeFolders(created)
      return EXIT.trouble
    }
  }
  if (!plan.force && earlier === null) {
    const existing = await existingOutputs(inputs, plan, folderOf, { cwd: io.cwd, ...(read.followSymlinks === undefined ? {} : { followSymlinks: read.followSymlinks }) })
    if (existing.length > 0) {
      io.stderr.write(conflictMessage(existing.map((path) => escapeControl(shown(path)))))
      removeFolders(created)
      return EXIT.trouble
    }
  }
  const progress = new Progress(io, quiet)
  let problems = 0
  const report = (line: string) => {
    progress.clear()
    problems++
    io.stderr.write(`${escapeControl(line)}\n`)
  }
  const outcomes: Record<Format, Outcome> = { jsonld: none(), csv: none(), markdown: none() }
  const reading: Reading = { read: 0, withErrors: 0, notRead: 0, unchanged: 0 }
  const listed = { ...read, onListed: (count: number) => progress.total(count) }
  // The CSV writer takes each document as it is yielded, so the one it leaves out is the last yielded.
  let lastPath = ''

  /** A file not written; when its folder or disk fails (full, say), the format stops there and the others go on. */
  const failedWith = (format: Exclude<Format, 'csv'>, message: string, stops: boolean, file: string) => {
    const outcome = outcomes[format]
    outcome.failed++
    if (outcome.stopped !== null) return
    if (!stops) return report(failureLine(file, message, 'write-error'))
    outcome.stopped = message
    report(failureLine(shown(folderOf(format)), `${message}: no more ${format} files written`, 'write-error'))
  }
  const failed = (format: Exclude<Format, 'csv'>, error: unknown, file: string) => failedWith(format, errorMessage(error), stopsFormat(error), file)
  const writeFile = (format: Exclude<Format, 'csv'>, name: string, text: Text, file: string, force = plan.force) => {
    if (outcomes[format].stopped !== null) return void outcomes[format].failed++
    try {
      writeWhole(inside(folderOf(format), name), text, force)
      outcomes[format].written++
    } catch (error) {
      failed(format, error, file)
    }
  }
  /** Counts the item read: a failure is reported, and so are a document's errors; `true` for a document. */
  const tally = <T,>(item: CorpusItem<T>, errors: (document: T) => readonly Diagnostic[]): item is CorpusDocument<T> => {
    progress.tick()
    if (item.type === 'failure') {
      reading.notRead++
      report(failureLine(shown(item.path), item.message))
      return false
    }
    reading.read++
    const found = errors(item.document)
    if (found.length > 0) reading.withErrors++
    for (const diagnostic of found) report(diagnosticLine(shown(item.path), diagnostic))
    lastPath = item.path
    return true
  }

  const leftOut = ({ id }: { id: string }) => {
    outcomes.csv.failed++
    report(failureLine(shown(lastPath), `another document has the id ${id}: left out of the CSV tables`, 'duplicate-id'))
  }

  /** The whole corpus, held, for the corpus files; the CSV tables take each document as it comes. */
  const held: Document[] = []
  async function* wholeCorpus(): AsyncGenerator<Document> {
    for await (const item of reportingErrors(readInputs(inputs, io, listed), report)) {
      if (!tally(item, errorsOf)) continue
      held.push(item.document)
      yield item.document
    }
  }

  if (plan.layout === 'files') {
    await exportEach({
      inputs,
      plan,
      io,
      jobs: read.jobs ?? 1,
      maxFileSize: read.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      followSymlinks: read.followSymlinks ?? false,
      shard: scale.shard,
      earlier,
      folderOf,
      onListed: (count) => progress.total(count),
      notRead: (path, message, code) => {
        progress.tick()
        reading.notRead++
        report(failureLine(shown(path), `${message}${HINTS[code] ?? ''}`))
      },
      read: (path, errors) => {
        progress.tick()
        reading.read++
        if (errors.length > 0) reading.withErrors++
        for (const diagnostic of errors) report(diagnosticLine(shown(path), diagnostic))
      },
      kept: () => {
        progress.tick()
        reading.unchanged++
      },
      written: (format) => void outcomes[format].written++,
      failed: (format, failure, file) => failedWith(format, failure.message, failure.stops, file),
      // An update replaces the files of the documents it exports again.
      writeFile: (format, name, text, path) => writeFile(format, name, text, shown(path), plan.force || earlier !== null),
      leftOut: (path, id) => {
        outcomes.csv.failed++
        report(failureLine(path, `another document has the id ${id}: left out of the CSV tables`, 'duplicate-id'))
      },
      manifestFailed: (path, message) => report(failureLine(shown(path), `${message}: not written (a later --update redoes the whole export)`, 'write-error')),
      csvFailed: (error) => {
        outcomes.csv.stopped = errorMessage(error)
        report(outputError(forCommandLine(error), shown(folderOf('csv')), 'the CSV tables are not written'))
      },
      csvWritten: (tables) => {
        outcomes.csv.written = tables
      }
    })
  } else {
    const items = wholeCorpus()
    try {
      // The CSV tables start with the first document: a run that reads none writes none.
      const first = await items.next()
      if (first.done !== true && plan.formats.includes('csv')) {
        try {
          const tables = await writeCsvTables(startingWith(first.value, items), folderOf('csv'), { ...plan.csv, overwrite: plan.force, onDuplicate: leftOut, ...(plan.jsonld.base === undefined ? {} : { base: plan.jsonld.base }) })
          outcomes.csv.written = tables.files.length
        } catch (error) {
          outcomes.csv.stopped = errorMessage(error)
          report(outputError(forCommandLine(error), shown(folderOf('csv')), 'the CSV tables are not written'))
        }
      }
      // What the CSV writer did not take, when it stopped or there is none, is read all the same.
      for (let next = await items.next(); next.done !== true; next = await items.next()) void next.value
    } finally {
      // Ends the reading, and its worker threads, should anything above have thrown.
      await items.return(undefined)
    }
  }
  if (plan.layout === 'corpus' && held.length > 0) {
    for (const format of ['jsonld', 'markdown'] as const) {
      if (!plan.formats.includes(format)) continue
      const text: Text = format === 'jsonld' ? () => jsonFile(corpusToJsonLd(held, plan.jsonld)) : corpusToMarkdownBook(held, plan.markdown)
      writeFile(format, CORPUS_FILES[format], text, 'corpus')
    }
  }
  progress.clear()
  const empty = reading.read + reading.unchanged === 0
  if (empty) removeFolders(created)
  // A shard may have no file: it writes its record alone, and is not a failure.
  if (empty && scale.shard !== null) {
    if (!quiet) io.stdout.write(`No file in shard ${scale.shard.index}/${scale.shard.count}: ${MANIFEST} alone written in ${escapeControl(shown(plan.out))}.\n`)
    return problems > 0 ? EXIT.trouble : EXIT.ok
  }
  if (!quiet) io.stdout.write(summary(reading, plan.formats.map((format) => ({ format, folder: escapeControl(shown(folderOf(format))), outcome: outcomes[format], kind: format === 'csv' ? 'tables' : plan.layout === 'corpus' ? 'corpus' : 'files' }))))
  return problems > 0 || empty ? EXIT.trouble : EXIT.ok
}

const none = (): Outcome => ({ written: 0, failed: 0, stopped: null })

/** The items of `reading`; what it throws (not one file's failure, which is an item) ends it, reported. */
async function* reportingErrors<T>(reading: AsyncGenerator<T>, report: (line: string) => void): AsyncGenerator<T> {
  try {
    yield* reading
  } catch (error) {
    report(failureLine('corpus', errorMessage(error)))
  }
}

/** `first`, then the rest of `rest`, which a consumer that stops early leaves open: the reading must outlive a failed CSV write. */
async function* startingWith<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first
  for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value
}

/** The outputs of this run that are there already, in every format, found before anything is read. */
async function existingOutputs(inputs: readonly string[], plan: Plan, folderOf: (format: Format) => string, listing: Listing): Promise<string[]> {
  const existing: string[] = []
  // One by one: spread into push, a previous export of 200,000 files would pass as many arguments and overflow the stack.
  const add = (paths: Iterable<string>) => {
    for (const path of paths) existing.push(path)
  }
  let stems: Set<string> | null = null
  for (const format of plan.formats) {
    const folder = folderOf(format)
    const present = await namesIn(folder)
    if (present.size === 0) continue
    if (format === 'csv') add(await existingTables(folder, plan.csv))
    else if (plan.layout === 'corpus') add(inFolder(folder, present, [CORPUS_FILES[format]]))
    else {
      // Listing the inputs is worth it only where files of the format are there already.
      if (![...present].some((name) => name.endsWith(EXTENSIONS[format]))) continue
      stems ??= await plannedStems(inputs, listing)
      add(inFolder(folder, present, [...stems].map((stem) => `${stem}${EXTENSIONS[format]}`)))
    }
  }
  return existing
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

function outputError(error: unknown, file: string, then?: string): string {
  return failureLine(file, then === undefined ? errorMessage(error) : `${errorMessage(error)}: ${then}`, 'write-error')
}

/** The CSV writer's refusal in the command's words: its option `overwrite: true` is `--force` here. */
function forCommandLine(error: unknown): unknown {
  return error instanceof Error ? new Error(error.message.replace(/\(pass `overwrite: true`\)/, '(pass --force to replace)')) : error
}

/** How a run scales: a share of the input, and whether it updates an earlier export. */
export interface Scale {
  shard: Shard | null
  update: boolean
}

/** The manifest of the export in `folder`, for --update; `null` when there is none (a first run: everything is new). */
function earlierManifest(folder: string): string | null {
  const path = join(folder, MANIFEST)
  return existsSync(path) ? path : null
}

/** Why the export recorded in `manifest` cannot be updated with this plan (other options, another version), or `null`. */
function madeOtherwise(manifest: string, plan: Plan): string | null {
  let header
  try {
    header = readManifest(manifest).header
  } catch (error) {
    return errorMessage(error)
  }
  const now = manifestHeader(optionsOf(plan))
  if (header.tool !== now.tool) return `made by ${header.tool}, not ${now.tool}: run the export again without --update (with --force)`
  if (JSON.stringify(header.options) !== JSON.stringify(now.options)) return 'made with other options: run the export again without --update (with --force), or with the options it records'
  return null
}
