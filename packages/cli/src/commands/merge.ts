import { constants, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseSourceName } from '@corpus/core'
import { csvWriter, type TableName } from '@corpus/csv'
import type { WriteCsvOptions } from '@corpus/csv/node'
import type { Command } from '../command.js'
import { conflictMessage } from '../conflicts.js'
import { failureLine } from '../diagnostic-line.js'
import { escapeControl } from '../escape.js'
import { EXTENSIONS, PER_DOCUMENT, type PerDocument } from '../export-job.js'
import { FORMATS, formatFolder, type Format } from '../export-plan.js'
import { displayPath } from '../inputs.js'
import { EXIT, UsageError } from '../io.js'
import { SliceReader } from '../csv-parts.js'
import { joinTables, type Joined } from '../join-tables.js'
import { MANIFEST, ManifestWriter, readManifest, type ManifestEntry, type ManifestHeader } from '../manifest.js'
import { COMMON, parseCommand, plural } from '../options.js'
import { prepareFolder, removeFolders } from '../output.js'
import { summary, type Outcome } from '../summary.js'
import { temporaryPath } from '../temporary.js'

export const merge: Command = {
  name: 'merge',
  usage: `Usage: corpus merge <folders…> --out <folder> [options]

Joins the export folders of the shards of one corpus (\`corpus export --shard
1/N\` … \`N/N\`, with the same options) into one folder, byte for byte what a
single \`corpus export\` of the whole corpus writes: the files of each
document, the CSV tables and their metadata, and corpus-export.ndjson, which
\`corpus export --update\` then takes up. The shard folders are only read.

Options:
  -o, --out <folder>       where to write
      --force              replace existing files
  -q, --quiet              print nothing but errors
  -h, --help               show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { ...COMMON, out: { type: 'string', short: 'o' }, force: { type: 'boolean' } })
    if (positionals.length === 0) throw new UsageError('no folder: name the export folders of the shards')
    if (values.out === undefined || values.out === '') throw new UsageError('--out is required: the folder to write')
    const out = resolve(io.cwd, values.out)
    const shards = positionals.map((folder) => resolve(io.cwd, folder))
    const shown = (path: string) => escapeControl(displayPath(path, io.cwd))
    const fail = (message: string) => {
      io.stderr.write(`${message}\n`)
      return EXIT.trouble
    }

    let header: ManifestHeader | null = null
    for (const shard of shards) {
      const path = join(shard, MANIFEST)
      if (!existsSync(path)) return fail(failureLine(shown(shard), `no ${MANIFEST}: not a folder that \`corpus export\` wrote`))
      let found: ManifestHeader
      try {
        found = readManifest(path).header
      } catch (error) {
        return fail(failureLine(shown(path), error instanceof Error ? error.message : String(error)))
      }
      if (header !== null && JSON.stringify(found) !== JSON.stringify(header)) return fail(failureLine(shown(path), 'made with other options or another version than the first folder: shards must come from runs with the same options'))
      header ??= found
    }
    if (header === null) return EXIT.trouble
    const options = header.options as { formats: Format[]; csv: WriteCsvOptions; jsonld: { base?: string } }
    const formats = FORMATS.filter((format) => options.formats.includes(format))
    const folderOf = formatFolder

    const created: string[] = []
    for (const format of formats) created.push(...(await prepareFolder(folderOf(out, format))))
    if (values.force !== true && existsSync(join(out, MANIFEST))) {
      removeFolders(created)
      return fail(conflictMessage([shown(join(out, MANIFEST))]).trimEnd())
    }
    const outcomes: Record<Format, Outcome> = { jsonld: none(), csv: none(), markdown: none() }
    let problems = 0
    const report = (line: string) => {
      problems++
      io.stderr.write(`${escapeControl(line)}\n`)
    }

    const manifestPath = join(out, MANIFEST)
    const manifest = new ManifestWriter(temporaryPath(manifestPath), header)
    const tables: TableName[] = formats.includes('csv') ? csvWriter(options.csv).tables.map((table) => table.name) : []
    const stems = new Set<string>()
    const ids = new Set<string>()
    let documents = 0
    try {
      // Each shard's entries are in the run's order: merged, they are in it too.
      const streams = shards.map((shard) => ({ shard, entries: readManifest(join(shard, MANIFEST)).entries, next: null as ManifestEntry | null }))
      const ordered: Array<{ entry: ManifestEntry; shard: number; skip: number[] | null }> = []
      for (const stream of streams) stream.next = stream.entries.next().value ?? null
      for (;;) {
        let first = -1
        streams.forEach((stream, at) => {
          const candidate = stream.next
          const best = streams[first]?.next
          if (candidate !== null && (best === undefined || best === null || compareEntries(candidate, best) < 0)) first = at
        })
        const stream = streams[first]
        if (stream === undefined || stream.next === null) break
        const entry = stream.next
        stream.next = stream.entries.next().value ?? null
        const key = entry.stem.toLowerCase()
        if (stems.has(key)) {
          report(failureLine(shown(stream.shard), `the file name ${entry.stem} is in two folders: they are not shards of one run (each file is in one shard)`))
          continue
        }
        stems.add(key)
        for (const format of PER_DOCUMENT) {
          if (!formats.includes(format)) continue
          copyOutput(format, entry, folderOf(stream.shard, format), folderOf(out, format), values.force === true, outcomes[format], report, shown)
        }
        // As a single run: a document whose id an earlier one has is left out of the tables, and its line records no records.
        let skip: number[] | null = null
        const leftOut = tables.length > 0 && (entry.csv === null || ids.has(entry.id))
        if (leftOut) {
          outcomes.csv.failed++
          report(failureLine(entry.path, `another document has the id ${entry.id}: left out of the CSV tables`, 'duplicate-id'))
          skip = entry.csv
        } else ids.add(entry.id)
        const written = skip === null ? entry : { ...entry, csv: null }
        manifest.write(written)
        ordered.push({ entry: written, shard: first, skip })
        documents++
      }
      manifest.close()
      if (tables.length > 0 && documents > 0) {
        try {
          const written = await joinTables(joinedFrom(ordered, shards.map((shard) => folderOf(shard, 'csv')), tables, options.csv), tables, folderOf(out, 'csv'), {
            ...options.csv,
            overwrite: values.force === true,
            ...(options.jsonld.base === undefined ? {} : { base: options.jsonld.base })
          })
          outcomes.csv.written = written.files.length
        } catch (error) {
          outcomes.csv.stopped = error instanceof Error ? error.message : String(error)
          report(failureLine(shown(folderOf(out, 'csv')), `${outcomes.csv.stopped.replace(/\(pass `overwrite: true`\)/, '(pass --force to replace)')}: the CSV tables are not written`, 'write-error'))
        }
      }
      if (documents > 0) renameSync(manifest.path, manifestPath)
    } finally {
      rmSync(manifest.path, { force: true })
    }
    if (documents === 0) removeFolders(created)
    if (values.quiet !== true) {
      io.stdout.write(`${plural(shards.length, 'folder')} merged.\n`)
      io.stdout.write(summary({ read: documents, withErrors: 0, notRead: 0, unchanged: 0 }, formats.map((format) => ({ format, folder: shown(folderOf(out, format)), outcome: outcomes[format], kind: format === 'csv' ? 'tables' : 'files' }))).replace(/ read\b/, ''))
    }
    return problems > 0 || documents === 0 ? EXIT.trouble : EXIT.ok
  }
}

const none = (): Outcome => ({ written: 0, failed: 0, stopped: null })

/** The run's order (see `readCorpus`): ordinal (names without one last), then base name, then path. */
function compareEntries(a: ManifestEntry, b: ManifestEntry): number {
  const nameA = basename(a.path)
  const nameB = basename(b.path)
  const ordinalA = parseSourceName(nameA).ordinal
  const ordinalB = parseSourceName(nameB).ordinal
  if (ordinalA !== ordinalB) return ordinalA === null ? 1 : ordinalB === null ? -1 : ordinalA - ordinalB
  return compare(nameA, nameB) || compare(a.path, b.path)
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Copies a document's file of one format from its shard (a copy-on-write clone where the file system makes one). */
function copyOutput(format: PerDocument, entry: ManifestEntry, from: string, to: string, force: boolean, outcome: Outcome, report: (line: string) => void, shown: (path: string) => string): void {
  const name = `${entry.stem}${EXTENSIONS[format]}`
  try {
    const target = join(to, name)
    const temporary = temporaryPath(target)
    copyFileSync(join(from, name), temporary, constants.COPYFILE_FICLONE)
    if (!force && existsSync(target)) {
      rmSync(temporary, { force: true })
      throw new Error(`${target} exists: not overwritten (pass --force to replace it)`)
    }
    renameSync(temporary, target)
    outcome.written++
  } catch (error) {
    outcome.failed++
    report(failureLine(shown(join(from, name)), error instanceof Error ? error.message : String(error), 'write-error'))
  }
}

/** The tables' records of each entry, read from its shard's tables, past their headers. */
function* joinedFrom(ordered: ReadonlyArray<{ entry: ManifestEntry; shard: number; skip: number[] | null }>, folders: readonly string[], tables: readonly TableName[], options: WriteCsvOptions): Generator<Joined> {
  const writer = csvWriter(options)
  const extension = writer.dialect.delimiter === '\t' ? 'tsv' : 'csv'
  const readers = new Map<number, SliceReader[]>()
  try {
    for (const { entry, shard, skip } of ordered) {
      const found = readers.get(shard) ?? tables.map((table) => new SliceReader(join(folders[shard] ?? '', `${table}.${extension}`), Buffer.byteLength(writer.header(table))))
      readers.set(shard, found)
      skip?.forEach((size, table) => found[table]?.skip(size))
      yield { entry, readers: found }
    }
  } finally {
    for (const list of readers.values()) for (const reader of list) reader.close()
  }
}
