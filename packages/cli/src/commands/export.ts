import { resolve } from 'node:path'
import { parse, type BlockType, type Document } from '@corpus/core'
import type { CorpusItem } from '@corpus/core/node'
import { TABLE_NAMES, toCsvChunks, type DialectName } from '@corpus/csv'
import { corpusToJsonLd, toJsonLd, toNdjson, type JsonLdOptions } from '@corpus/jsonld'
import { corpusToMarkdownBook, FRONTMATTER_FIELDS, toMarkdown, type FrontmatterField } from '@corpus/markdown'
import type { Command } from '../command.js'
import { diagnosticLine, failureLine } from '../diagnostic-line.js'
import { escapeControl } from '../escape.js'
import { toFolder } from '../export-folder.js'
import { FORMATS, LAYOUTS, type Format, type Plan } from '../export-plan.js'
import { columnsOf } from '../csv-columns.js'
import { INPUT_OPTIONS, inputSettings, inputUsage } from '../input-options.js'
import { displayPath, readInputs, type ReadSettings } from '../inputs.js'
import { EXIT, UsageError, type Io } from '../io.js'
import { COMMON, choice, choices, integer, inputsOf, parseCommand } from '../options.js'
import { errorsOf } from '../render.js'
import { shardOf } from '../shard.js'

// More threads than this only costs memory: each holds a copy of the parser.
const MAX_JOBS = 16
const CSV_DIALECTS: readonly DialectName[] = ['rfc4180', 'excel', 'excel-fr', 'tsv']
const BLOCK_TYPES: readonly BlockType[] = ['heading', 'paragraph', 'listItem', 'dateline', 'byline', 'fragment', 'boilerplate', 'furniture']

export const exportCommand: Command = {
  name: 'export',
  usage: `Usage: corpus export <files|folders|globs|-…> --out <folder|-> [options]

Reads the inputs (- is one document from standard input) and writes them in
each format into its own folder of --out, however many formats are written:
--out/jsonld, --out/csv and --out/markdown; corpus-export.ndjson, the record
of the run, is in --out itself. Every file is written whole or not at all,
and existing ones are kept unless --force: found before anything is read,
they stop the run. A file that cannot be read or written is reported and the
run goes on; a full disk stops only the format it fails, and the summary says
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
  -j, --jobs <n>           export in n worker threads, each file whole (default
                           1: in the command's own thread); the outputs are the
                           same, byte for byte
      --shard <k/n>        export the k-th of n shares of the files (chosen by
                           file name, stable as files are added): n runs, on
                           one machine or n, write n folders that \`corpus
                           merge\` joins into what one run writes
      --update             update the export in --out: only new and changed
                           files are read, the outputs of files gone are
                           removed, and the folder ends as a full run leaves it
                           (what it was made from is in corpus-export.ndjson)
${inputUsage('      ', 21)}
  -q, --quiet              print nothing but errors; no progress

JSON-LD:
      --vocabulary <name>  schema (schema.org, default) or dcterms (Dublin Core)
      --base <iri>         the IRI document and entity ids are minted from
                           (default: name-based urn:uuid: URNs)
      --context <how>      embed (default) or reference schema.org's context
      --annotations        quotes, dates and entity mentions as Web Annotations;
                           in Markdown, the inside of quotes in emphasis
      --keep-furniture     keep the lines of the web page around the article
                           (Publié le …, Partager, Lire aussi) in the JSON-LD
                           articleBody and the Markdown text (default: left
                           out; CSV lists them as furniture blocks either way)

The collection (the JSON-LD Dataset the records are part of):
      --name <text>        its name
      --description <text> what it holds
      --license <iri>      its licence (https://creativecommons.org/licenses/by/4.0/)
      --publisher <name>   who publishes it
      --creator <name>     who made it

CSV:
      --dialect <name>     rfc4180 (default), excel, excel-fr or tsv
      --tables <names>     the tables to write, comma-separated (default all:
                           ${TABLE_NAMES.join(', ')})
      --columns <list>     the columns to write: all (default); compact, the
                           positions without their line and column (their
                           offsets kept); or table.column comma-separated,
                           the columns of the tables named, in order (the
                           others whole, or compact with compact given too)

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
      vocabulary: { type: 'string' },
      base: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      license: { type: 'string' },
      publisher: { type: 'string' },
      creator: { type: 'string' },
      context: { type: 'string' },
      annotations: { type: 'boolean' },
      'keep-furniture': { type: 'boolean' },
      dialect: { type: 'string' },
      tables: { type: 'string' },
      columns: { type: 'string' },
      frontmatter: { type: 'string' },
      omit: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      update: { type: 'boolean' }
    })
    inputsOf(positionals)
    if (values.out === undefined) throw new UsageError('--out is required: a folder, or - for standard output')
    // An empty --out (an unset variable) would write into the working folder.
    if (values.out === '') throw new UsageError('--out is empty: name a folder, or - for standard output')
    const tables = choices('tables', values.tables, TABLE_NAMES)
    const columns = columnsOf(values.columns, tables ?? TABLE_NAMES)
    if (tables?.length === 0) throw new UsageError(`--tables names no table: name one or more of ${TABLE_NAMES.join(', ')}`)
    const annotations = values.annotations === true
    const keepFurniture = values['keep-furniture'] === true
    const frontmatter = values.frontmatter === undefined || values.frontmatter === 'all' ? true : values.frontmatter === 'none' ? false : (choices('frontmatter', values.frontmatter, FRONTMATTER_FIELDS) as FrontmatterField[])
    const plan: Plan = {
      formats: formatsOf(values.format),
      out: values.out === '-' ? '-' : resolve(io.cwd, values.out),
      force: values.force === true,
      layout: choice('layout', values.layout, LAYOUTS, 'files'),
      jsonld: { vocabulary: choice('vocabulary', values.vocabulary, ['schema', 'dcterms'] as const, 'schema'), context: choice('context', values.context, ['embed', 'reference'] as const, 'embed'), annotations, keepFurniture, ...(values.base === undefined ? {} : { base: values.base }), ...collectionOf(values) },
      csv: { dialect: choice('dialect', values.dialect, CSV_DIALECTS, 'rfc4180'), ...(tables === undefined ? {} : { tables }), ...(columns === undefined ? {} : { columns }) },
      markdown: { frontmatter, annotations, keepFurniture, ...(values.omit === undefined ? {} : { omit: choices('omit', values.omit, BLOCK_TYPES) as BlockType[] }) }
    }
    checkJsonLd(plan.jsonld)
    const quiet = values.quiet === true
    const jobs = integer('jobs', values.jobs, 1) ?? 1
    if (jobs > MAX_JOBS) throw new UsageError(`--jobs must be at most ${MAX_JOBS}, not ${jobs}`)
    const read: ReadSettings = { jobs, ...inputSettings(values) }
    const scale = { shard: shardOf(values.shard), update: values.update === true }
    if (scale.shard !== null || scale.update) {
      const option = scale.shard !== null ? '--shard' : '--update'
      if (plan.out === '-') throw new UsageError(`${option} writes into a folder: --out cannot be -`)
      if (plan.layout === 'corpus') throw new UsageError(`${option} works with the files layout, one file per document, not --layout corpus`)
      if (positionals.includes('-')) throw new UsageError(`${option} reads files: standard input (-) cannot be one of the inputs`)
    }
    return plan.out === '-' ? toStandardOutput(positionals, plan, io, read) : toFolder(positionals, plan, io, quiet, read, scale)
  }
}

/** The formats of the `--format` options given: each one (`all` for every format), in their usual order; every format when none is given. */
function formatsOf(values: readonly string[] = ['all']): Format[] {
  const asked = new Set(values.map((value) => choice('format', value, [...FORMATS, 'all'] as const, 'all')))
  return FORMATS.filter((format) => asked.has(format) || asked.has('all'))
}

const COLLECTION = ['name', 'description', 'license', 'publisher', 'creator'] as const

/** The collection's description, from the options given. */
function collectionOf(values: Partial<Record<(typeof COLLECTION)[number], string | boolean | Array<string | boolean>>>): Pick<JsonLdOptions, 'corpus'> {
  const corpus: NonNullable<JsonLdOptions['corpus']> = {}
  for (const key of COLLECTION) {
    const value = values[key]
    if (typeof value === 'string') corpus[key] = value
  }
  return Object.keys(corpus).length > 0 ? { corpus } : {}
}

/** A bad base IRI, licence IRI or empty name is a usage error, found before any work, named by its option. */
function checkJsonLd(options: JsonLdOptions): void {
  try {
    toJsonLd(parse(''), options)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const option = /`corpus\.(\w+)`/.exec(message)?.[1] ?? 'base'
    throw new UsageError(`--${option}: ${message.replace(/`corpus\.(\w+)`/, '`$1`')}`)
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
