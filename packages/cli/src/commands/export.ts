import { join, resolve } from 'node:path'
import { parse, type BlockType, type Diagnostic, type Document } from '@corpus/core'
import type { CorpusDocument, CorpusItem } from '@corpus/core/node'
import { TABLE_NAMES, toCsvChunks, type CsvRecords, type Profile as CsvProfile } from '@corpus/csv'
import { existingTables, writeCsvTables, type WriteCsvOptions } from '@corpus/csv/node'
import { corpusToJsonLd, toJsonLd, toNdjson, type JsonLdOptions } from '@corpus/jsonld'
import { corpusToMarkdownBook, FRONTMATTER_FIELDS, markdownFileName, toMarkdown, type FrontmatterField, type MarkdownOptions } from '@corpus/markdown'
import type { Command } from '../command.js'
import { conflictMessage, inFolder, namesIn, plannedStems, type Listing } from '../conflicts.js'
import { diagnosticLine, failureLine } from '../diagnostic-line.js'
import { escapeControl } from '../escape.js'
import { INPUT_OPTIONS, inputSettings, inputUsage } from '../input-options.js'
import { displayPath, readInputs, readRendered, type ReadSettings } from '../inputs.js'
import { EXIT, UsageError, type Io } from '../io.js'
import { COMMON, choice, choices, integer, inputsOf, parseCommand } from '../options.js'
import { inside, prepareFolder, removeFolders, stopsFormat, writeWhole } from '../output.js'
import { Progress } from '../progress.js'
import { errorsOf, type RenderPlan } from '../render.js'
import { summary, type Outcome, type Reading } from '../summary.js'

const FORMATS = ['jsonld', 'csv', 'markdown'] as const
// More threads than this only costs memory: each holds a copy of the parser.
const MAX_JOBS = 16
type Format = (typeof FORMATS)[number]
const LAYOUTS = ['files', 'corpus'] as const
const CSV_PROFILES: readonly CsvProfile[] = ['rfc4180', 'excel', 'excel-fr', 'tsv']
const BLOCK_TYPES: readonly BlockType[] = ['heading', 'paragraph', 'listItem', 'dateline', 'byline', 'fragment', 'boilerplate']

/** What one run writes, read from the command line. */
interface Plan {
  formats: Format[]
  /** A folder, or `-` for standard output. */
  out: string
  force: boolean
  layout: (typeof LAYOUTS)[number]
  jsonld: JsonLdOptions
  csv: WriteCsvOptions
  markdown: MarkdownOptions
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write files, folders or patterns as JSON-LD, CSV and Markdown',
  usage: `Usage: corpus export <files|folders|globs|-…> --out <folder|-> [options]

Reads the inputs (- is one document from standard input) and writes them in
each format: into --out itself for one format, into --out/jsonld, --out/csv
and --out/markdown for all. Every file is written whole or not at all, and
existing ones are kept unless --force: found before anything is read, they
stop the run. A file that cannot be read or written is reported and the run
goes on; a full disk stops only the format it fails, and the summary says
what each format wrote. A run that reads no document writes nothing. The exit
code is then 2.

Options:
  -f, --format <name>      jsonld, csv, markdown or all (default all); given
                           more than once, each format named
  -o, --out <folder|->     where to write; - writes one format to standard
                           output (JSON-LD as NDJSON, one CSV table, Markdown
                           as a book for several documents)
      --force              replace existing files
      --layout <name>      files: one file per document (default); corpus:
                           one JSON-LD Dataset, one Markdown book (held in
                           memory), also to standard output
  -j, --jobs <n>           parse in n worker threads (default 1: none)
${inputUsage('      ', 21)}
  -q, --quiet              print nothing but errors; no progress

JSON-LD:
      --profile <name>     schema (schema.org, default) or dcterms (Dublin Core)
      --base <iri>         the IRI document ids are minted from (default urn:corpus:)
      --context <how>      embed (default) or reference schema.org's context
      --annotations        quotes, dates and entity mentions as Web Annotations;
                           in Markdown, dates and quotes marked

CSV:
      --dialect <name>     rfc4180 (default), excel, excel-fr or tsv
      --tables <names>     the tables to write, comma-separated (default all:
                           ${TABLE_NAMES.join(', ')})

Markdown:
      --frontmatter <f>    all (default), none, or fields comma-separated
      --omit <types>       block types to leave out, comma-separated
                           (e.g. fragment,boilerplate)

  -h, --help               show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, {
      ...COMMON,
      ...INPUT_OPTIONS,
      format: { type: 'string', short: 'f', multiple: true },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      layout: { type: 'string' },
      profile: { type: 'string' },
      base: { type: 'string' },
      context: { type: 'string' },
      annotations: { type: 'boolean' },
      dialect: { type: 'string' },
      tables: { type: 'string' },
      frontmatter: { type: 'string' },
      omit: { type: 'string' },
      jobs: { type: 'string', short: 'j' }
    })
    inputsOf(positionals)
    if (values.out === undefined) throw new UsageError('--out is required: a folder, or - for standard output')
    // An empty --out (an unset variable) would write into the working folder.
    if (values.out === '') throw new UsageError('--out is empty: name a folder, or - for standard output')
    const tables = choices('tables', values.tables, TABLE_NAMES)
    if (tables?.length === 0) throw new UsageError(`--tables names no table: name one or more of ${TABLE_NAMES.join(', ')}`)
    const annotations = values.annotations === true
    const frontmatter = values.frontmatter === undefined || values.frontmatter === 'all' ? true : values.frontmatter === 'none' ? false : (choices('frontmatter', values.frontmatter, FRONTMATTER_FIELDS) as FrontmatterField[])
    const plan: Plan = {
      formats: formatsOf(values.format),
      out: values.out === '-' ? '-' : resolve(io.cwd, values.out),
      force: values.force === true,
      layout: choice('layout', values.layout, LAYOUTS, 'files'),
      jsonld: { profile: choice('profile', values.profile, ['schema', 'dcterms'] as const, 'schema'), context: choice('context', values.context, ['embed', 'reference'] as const, 'embed'), annotations, ...(values.base === undefined ? {} : { base: values.base }) },
      csv: { profile: choice('dialect', values.dialect, CSV_PROFILES, 'rfc4180'), ...(tables === undefined ? {} : { tables }) },
      markdown: { frontmatter, annotations, ...(values.omit === undefined ? {} : { omit: choices('omit', values.omit, BLOCK_TYPES) as BlockType[] }) }
    }
    checkBase(plan.jsonld)
    const quiet = values.quiet === true
    const jobs = integer('jobs', values.jobs, 1) ?? 1
    if (jobs > MAX_JOBS) throw new UsageError(`--jobs must be at most ${MAX_JOBS}, not ${jobs}`)
    const read: ReadSettings = { jobs, ...inputSettings(values) }
    return plan.out === '-' ? toStandardOutput(positionals, plan, io, read) : toFolder(positionals, plan, io, quiet, read)
  }
}

/** The formats of the `--format` options given: each one (`all` for every format), in their usual order; every format when none is given. */
function formatsOf(values: readonly string[] = ['all']): Format[] {
  const asked = new Set(values.map((value) => choice('format', value, [...FORMATS, 'all'] as const, 'all')))
  return FORMATS.filter((format) => asked.has(format) || asked.has('all'))
}

/** A bad base IRI is a usage error, found before any work. */
function checkBase(options: JsonLdOptions): void {
  try {
    toJsonLd(parse(''), options)
  } catch (error) {
    throw new UsageError(`--base: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** One format, streamed to standard output: NDJSON, one CSV table, or Markdown (a book for several documents). */
async function toStandardOutput(inputs: readonly string[], plan: Plan, io: Io, read: ReadSettings): Promise<number> {
  const [format, ...more] = plan.formats
  if (format === undefined || more.length > 0) throw new UsageError('--out - writes one format: choose it with --format')
  if (format === 'csv' && (plan.csv.tables?.length ?? TABLE_NAMES.length) !== 1) throw new UsageError('--out - writes one CSV table: choose it with --tables')
  let problems = 0
  const documents = documentsOf(readInputs(inputs, io, read), io.cwd, (line) => {
    problems++
    io.stderr.write(`${escapeControl(line)}\n`)
  })
  if (format === 'jsonld' && plan.layout === 'files') for await (const line of toNdjson(documents, plan.jsonld)) await write(io, line)
  else if (format === 'csv') for await (const chunk of toCsvChunks(documents, plan.csv)) await write(io, chunk.text)
  else {
    const all: Document[] = []
    for await (const document of documents) all.push(document)
    const [only] = all
    if (format === 'jsonld') await write(io, `${JSON.stringify(corpusToJsonLd(all, plan.jsonld), null, 2)}\n`)
    else await write(io, all.length === 1 && only && plan.layout === 'files' ? toMarkdown(only, plan.markdown) : corpusToMarkdownBook(all, plan.markdown))
  }
  return problems > 0 ? EXIT.trouble : EXIT.ok
}

/** Waits for the stream to drain when it asks to: output never piles up in memory. */
async function write(io: Io, text: string): Promise<void> {
  if (!io.stdout.write(text)) await new Promise((resolve) => io.stdout.once('drain', resolve))
}

/** The documents of the items; a failure, and a document's errors (a binary file), go to `report` as lines. */
async function* documentsOf(items: AsyncIterable<CorpusItem>, cwd: string, report: (line: string) => void): AsyncGenerator<Document> {
  for await (const item of items) {
    const file = displayPath(item.path, cwd)
    if (item.type === 'failure') report(failureLine(file, item.message))
    else {
      for (const diagnostic of errorsOf(item.document)) report(diagnosticLine(file, diagnostic))
      yield item.document
    }
  }
}

const EXTENSIONS: Record<Exclude<Format, 'csv'>, string> = { jsonld: '.jsonld', markdown: '.md' }
const CORPUS_FILES: Record<Exclude<Format, 'csv'>, string> = { jsonld: 'corpus.jsonld', markdown: 'corpus.md' }

/**
 * Every format into its folder, document by document; the CSV tables and any
 * corpus file complete or not at all. A format whose writing fails for good (a
 * full disk) stops, and the others and the reading go on; a run that read no
 * document writes nothing.
 */
async function toFolder(inputs: readonly string[], plan: Plan, io: Io, quiet: boolean, read: ReadSettings): Promise<number> {
  const folderOf = (format: Format) => (plan.formats.length === 1 ? plan.out : join(plan.out, format))
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
  if (!plan.force) {
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
  const reading: Reading = { read: 0, withErrors: 0, notRead: 0 }
  const listed = { ...read, onListed: (count: number) => progress.total(count) }
  // The CSV writer takes each document as it is yielded, so the one it leaves out is the last yielded.
  let lastPath = ''

  /** A file not written; when its folder or disk fails (full, say), the format stops there and the others go on. */
  const failed = (format: Exclude<Format, 'csv'>, error: unknown, file: string) => {
    const outcome = outcomes[format]
    outcome.failed++
    if (!stopsFormat(error)) return report(outputError(error, file))
    outcome.stopped = errorMessage(error)
    report(outputError(error, shown(folderOf(format)), `no more ${format} files written`))
  }
  const writeFile = (format: Exclude<Format, 'csv'>, name: string, text: string, file: string) => {
    if (outcomes[format].stopped !== null) return void outcomes[format].failed++
    try {
      writeWhole(inside(folderOf(format), name), text, plan.force)
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

  /** Each document in each per-document format, written as it comes; what the CSV tables take of it goes on. */
  async function* perDocument(): AsyncGenerator<CsvRecords> {
    // One set of names for both formats: a document's two files share their stem.
    const names = new Set<string>()
    for await (const item of reportingErrors(readRendered(inputs, io, listed, renderPlan(plan)), report)) {
      if (!tally(item, (rendered) => rendered.errors)) continue
      const rendered = item.document
      const stem = markdownFileName(rendered, { extension: '', taken: names })
      for (const format of ['jsonld', 'markdown'] as const) {
        const text = rendered[format]
        if (text !== null) writeFile(format, `${stem}${EXTENSIONS[format]}`, text, shown(item.path))
      }
      if (rendered.csv !== null) yield rendered.csv
    }
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

  const items = (plan.layout === 'corpus' ? wholeCorpus() : perDocument())[Symbol.asyncIterator]()
  // The CSV tables start with the first document: a run that reads none writes none.
  const first = await items.next()
  if (!first.done && plan.formats.includes('csv')) {
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
  if (plan.layout === 'corpus' && held.length > 0) {
    for (const format of ['jsonld', 'markdown'] as const) {
      if (!plan.formats.includes(format)) continue
      const text = format === 'jsonld' ? `${JSON.stringify(corpusToJsonLd(held, plan.jsonld), null, 2)}\n` : corpusToMarkdownBook(held, plan.markdown)
      writeFile(format, CORPUS_FILES[format], text, 'corpus')
    }
  }
  progress.clear()
  if (reading.read === 0) removeFolders(created)
  if (!quiet) io.stdout.write(summary(reading, plan.formats.map((format) => ({ format, folder: escapeControl(shown(folderOf(format))), outcome: outcomes[format], kind: format === 'csv' ? 'tables' : plan.layout === 'corpus' ? 'corpus' : 'files' }))))
  return problems > 0 || reading.read === 0 ? EXIT.trouble : EXIT.ok
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
  let stems: Set<string> | null = null
  for (const format of plan.formats) {
    const folder = folderOf(format)
    const present = await namesIn(folder)
    if (present.size === 0) continue
    if (format === 'csv') existing.push(...(await existingTables(folder, plan.csv)))
    else if (plan.layout === 'corpus') existing.push(...inFolder(folder, present, [CORPUS_FILES[format]]))
    else {
      // Listing the inputs is worth it only where files of the format are there already.
      if (![...present].some((name) => name.endsWith(EXTENSIONS[format]))) continue
      stems ??= await plannedStems(inputs, listing)
      existing.push(...inFolder(folder, present, [...stems].map((stem) => `${stem}${EXTENSIONS[format]}`)))
    }
  }
  return existing
}

/** What the workers make of each document, in the files layout: the per-document formats, and the CSV records. */
function renderPlan(plan: Plan): RenderPlan {
  const has = (format: Format) => plan.formats.includes(format)
  return { jsonld: has('jsonld') ? plan.jsonld : null, markdown: has('markdown') ? plan.markdown : null, csv: has('csv') ? plan.csv : null }
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

function outputError(error: unknown, file: string, then?: string): string {
  return failureLine(file, then === undefined ? errorMessage(error) : `${errorMessage(error)}: ${then}`, 'write-error')
}

/** The CSV writer's refusal in the command's words: its option `overwrite: true` is `--force` here. */
function forCommandLine(error: unknown): unknown {
  return error instanceof Error ? new Error(error.message.replace(/\(pass `overwrite: true`\)/, '(pass --force to replace)')) : error
}
