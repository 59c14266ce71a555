import { join, resolve } from 'node:path'
import { parse, type BlockType, type Document } from '@corpus/core'
import type { CorpusItem } from '@corpus/core/node'
import { TABLE_NAMES, toCsvChunks, type CsvRecords, type Profile as CsvProfile, type TableName } from '@corpus/csv'
import { writeCsvTables, type WriteCsvOptions } from '@corpus/csv/node'
import { corpusToJsonLd, toJsonLd, toNdjson, type JsonLdOptions } from '@corpus/jsonld'
import { corpusToMarkdownBook, FRONTMATTER_FIELDS, markdownFileName, toMarkdown, type FrontmatterField, type MarkdownOptions } from '@corpus/markdown'
import type { Command } from '../command.js'
import { failureLine } from '../diagnostic-line.js'
import { displayPath, readInputs, readRendered } from '../inputs.js'
import { EXIT, UsageError, type Io } from '../io.js'
import { COMMON, choice, choices, integer, inputsOf, parseCommand, plural } from '../options.js'
import { inside, prepareFolder, taken, writeWhole } from '../output.js'
import { Progress } from '../progress.js'
import type { RenderPlan } from '../render.js'

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
and --out/markdown for all. Every file is written whole or not at all, and an
existing one is kept unless --force. A file that cannot be read is reported
and the run goes on; the exit code is then 2.

Options:
  -f, --format <name>      jsonld, csv, markdown or all (default all)
  -o, --out <folder|->     where to write; - writes one format to standard
                           output (JSON-LD as NDJSON, one CSV table, Markdown
                           as a book for several documents)
      --force              replace existing files
      --layout <name>      files: one file per document (default); corpus:
                           one JSON-LD Dataset, one Markdown book (held in
                           memory), also to standard output
  -j, --jobs <n>           parse in n worker threads (default 1: none)
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
      format: { type: 'string', short: 'f' },
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
    const format = choice('format', values.format, [...FORMATS, 'all'] as const, 'all')
    const annotations = values.annotations === true
    const frontmatter = values.frontmatter === undefined || values.frontmatter === 'all' ? true : values.frontmatter === 'none' ? false : (choices('frontmatter', values.frontmatter, FRONTMATTER_FIELDS) as FrontmatterField[])
    const plan: Plan = {
      formats: format === 'all' ? [...FORMATS] : [format],
      out: values.out === '-' ? '-' : resolve(io.cwd, values.out),
      force: values.force === true,
      layout: choice('layout', values.layout, LAYOUTS, 'files'),
      jsonld: { profile: choice('profile', values.profile, ['schema', 'dcterms'] as const, 'schema'), context: choice('context', values.context, ['embed', 'reference'] as const, 'embed'), annotations, ...(values.base === undefined ? {} : { base: values.base }) },
      csv: { profile: choice('dialect', values.dialect, CSV_PROFILES, 'rfc4180'), ...(values.tables === undefined ? {} : { tables: choices('tables', values.tables, TABLE_NAMES) as TableName[] }) },
      markdown: { frontmatter, annotations, ...(values.omit === undefined ? {} : { omit: choices('omit', values.omit, BLOCK_TYPES) as BlockType[] }) }
    }
    checkBase(plan.jsonld)
    const quiet = values.quiet === true
    const jobs = integer('jobs', values.jobs, 1) ?? 1
    if (jobs > MAX_JOBS) throw new UsageError(`--jobs must be at most ${MAX_JOBS}, not ${jobs}`)
    return plan.out === '-' ? toStandardOutput(positionals, plan, io, jobs) : toFolder(positionals, plan, io, quiet, jobs)
  }
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
async function toStandardOutput(inputs: readonly string[], plan: Plan, io: Io, jobs: number): Promise<number> {
  const [format, ...more] = plan.formats
  if (format === undefined || more.length > 0) throw new UsageError('--out - writes one format: choose it with --format')
  if (format === 'csv' && (plan.csv.tables?.length ?? TABLE_NAMES.length) !== 1) throw new UsageError('--out - writes one CSV table: choose it with --tables')
  let failures = 0
  const documents = documentsOf(readInputs(inputs, io, { jobs }), (item) => {
    failures++
    io.stderr.write(`${failureLine(displayPath(item.path, io.cwd), item.message)}\n`)
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
  return failures > 0 ? EXIT.trouble : EXIT.ok
}

/** Waits for the stream to drain when it asks to: output never piles up in memory. */
async function write(io: Io, text: string): Promise<void> {
  if (!io.stdout.write(text)) await new Promise((resolve) => io.stdout.once('drain', resolve))
}

/** The documents of the items; each failure goes to `failed`. */
async function* documentsOf(items: AsyncIterable<CorpusItem>, failed: (item: Extract<CorpusItem, { type: 'failure' }>) => void): AsyncGenerator<Document> {
  for await (const item of items) {
    if (item.type === 'failure') failed(item)
    else yield item.document
  }
}

const EXTENSIONS: Record<Exclude<Format, 'csv'>, string> = { jsonld: '.jsonld', markdown: '.md' }
const CORPUS_FILES: Record<Exclude<Format, 'csv'>, string> = { jsonld: 'corpus.jsonld', markdown: 'corpus.md' }

/** Every format into its folder, document by document; the CSV tables and any corpus file complete or not at all. */
async function toFolder(inputs: readonly string[], plan: Plan, io: Io, quiet: boolean, jobs: number): Promise<number> {
  const folderOf = (format: Format) => (plan.formats.length === 1 ? plan.out : join(plan.out, format))
  try {
    for (const format of plan.formats) await prepareFolder(folderOf(format))
  } catch (error) {
    io.stderr.write(`${displayPath(plan.out, io.cwd)}  error  ${error instanceof Error ? error.message : String(error)}  write-error\n`)
    return EXIT.trouble
  }
  const problems: string[] = []
  const report = (line: string) => {
    progress.clear()
    problems.push(line)
    io.stderr.write(`${line}\n`)
  }
  // Whole-corpus outputs that are there already: refused before any work.
  if (!plan.force) {
    const existing = []
    for (const format of plan.formats) {
      const names = format === 'csv' ? csvNames(plan.csv) : plan.layout === 'corpus' ? [CORPUS_FILES[format]] : []
      existing.push(...(await taken(folderOf(format), names)).map((name) => join(folderOf(format), name)))
    }
    if (existing.length > 0) {
      io.stderr.write(`Not overwriting ${existing.join(', ')} (pass --force to replace)\n`)
      return EXIT.trouble
    }
  }
  const progress = new Progress(io, quiet)
  const written: Record<Format, number> = { jsonld: 0, csv: 0, markdown: 0 }
  let read = 0
  const listed = { onListed: (count: number) => progress.total(count), jobs }

  /** Each document in each per-document format, written as it comes; what the CSV tables take of it goes on. */
  async function* perDocument(): AsyncGenerator<CsvRecords> {
    // One set of names for both formats: a document's two files share their stem.
    const names = new Set<string>()
    for await (const item of readRendered(inputs, io, listed, renderPlan(plan))) {
      if (item.type === 'failure') report(failureLine(displayPath(item.path, io.cwd), item.message))
      else {
        read++
        const rendered = item.document
        const stem = markdownFileName(rendered, { extension: '', taken: names })
        for (const format of ['jsonld', 'markdown'] as const) {
          const text = rendered[format]
          if (text === null) continue
          try {
            writeWhole(inside(folderOf(format), `${stem}${EXTENSIONS[format]}`), text, plan.force)
            written[format]++
          } catch (error) {
            report(outputError(error, displayPath(item.path, io.cwd)))
          }
        }
        lastPath = item.path
        if (rendered.csv !== null) yield rendered.csv
      }
      progress.tick()
    }
  }


  // The CSV writer takes each document as it is yielded, so the one it leaves out is the last yielded.
  let lastPath = ''
  const leftOut = ({ id }: { id: string }) => report(failureLine(displayPath(lastPath, io.cwd), `another document has the id ${id}: left out of the CSV tables`, 'duplicate-id'))

  /** The whole corpus, held, for the corpus files; the CSV tables take each document as it comes. */
  const held: Document[] = []
  async function* wholeCorpus(): AsyncGenerator<Document> {
    for await (const item of readInputs(inputs, io, listed)) {
      if (item.type === 'failure') report(failureLine(displayPath(item.path, io.cwd), item.message))
      else {
        read++
        held.push(item.document)
        lastPath = item.path
        yield item.document
      }
      progress.tick()
    }
  }

  try {
    const items = plan.layout === 'corpus' ? wholeCorpus() : perDocument()
    if (plan.formats.includes('csv')) {
      const tables = await writeCsvTables(items, folderOf('csv'), { ...plan.csv, overwrite: plan.force, onDuplicate: leftOut, ...(plan.jsonld.base === undefined ? {} : { base: plan.jsonld.base }) })
      written.csv = tables.files.length
    } else for await (const item of items) void item
    if (plan.layout === 'corpus') {
      for (const format of ['jsonld', 'markdown'] as const) {
        if (!plan.formats.includes(format)) continue
        const text = format === 'jsonld' ? `${JSON.stringify(corpusToJsonLd(held, plan.jsonld), null, 2)}\n` : corpusToMarkdownBook(held, plan.markdown)
        writeWhole(inside(folderOf(format), CORPUS_FILES[format]), text, plan.force)
        written[format] = 1
      }
    }
  } catch (error) {
    report(outputError(error, null))
  }
  progress.clear()
  if (!quiet) io.stdout.write(summary(plan, read, written, folderOf, io.cwd))
  return problems.length > 0 ? EXIT.trouble : EXIT.ok
}

/** What the workers make of each document, in the files layout: the per-document formats, and the CSV records. */
function renderPlan(plan: Plan): RenderPlan {
  const has = (format: Format) => plan.formats.includes(format)
  return { jsonld: has('jsonld') ? plan.jsonld : null, markdown: has('markdown') ? plan.markdown : null, csv: has('csv') ? plan.csv : null }
}

/** The CSV files a run writes (tables, then metadata). */
function csvNames(options: WriteCsvOptions): string[] {
  const extension = options.profile === 'tsv' ? 'tsv' : 'csv'
  return [...(options.tables ?? TABLE_NAMES).map((table) => `${table}.${extension}`), 'datapackage.json', 'csv-metadata.json']
}

function outputError(error: unknown, file: string | null): string {
  return failureLine(file ?? 'corpus', error instanceof Error ? error.message : String(error), 'write-error')
}

function summary(plan: Plan, read: number, written: Record<Format, number>, folderOf: (format: Format) => string, cwd: string): string {
  const lines = [`${plural(read, 'document')} read.`]
  for (const format of plan.formats) {
    const what = format === 'csv' ? `${plural(written.csv, 'table')} and their metadata` : plan.layout === 'corpus' ? `${plural(written[format], 'file')} (the whole corpus)` : plural(written[format], 'file')
    lines.push(`${format.padEnd(9)} ${what} in ${displayPath(folderOf(format), cwd)}`)
  }
  return `${lines.join('\n')}\n`
}
