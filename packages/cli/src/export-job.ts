// One file of `corpus export`, start to end: read, parsed, made into each
// format, its own files written, its CSV records appended to a part. The same
// job runs in a worker thread of `--jobs` or, with one job, in the command's
// own thread: what a run writes does not depend on where it ran.
import { statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Diagnostic, Document, Source } from '@corpus/core'
import { readCorpus } from '@corpus/core/node'
import { csvWriter, type TableName } from '@corpus/csv'
import { documentId, parse } from '@corpus/core'
import { markdownFileName } from '@corpus/markdown'
import { CsvParts } from './csv-parts.js'
import { parseInput } from './markdown-input.js'
import { inside, stopsFormat, writeWhole } from './output.js'
import { errorsOf, renderer, type RenderPlan, type Text } from './render.js'

/** The formats written one file per document. */
export const PER_DOCUMENT = ['jsonld', 'markdown'] as const
export type PerDocument = (typeof PER_DOCUMENT)[number]
export const EXTENSIONS: Record<PerDocument, string> = { jsonld: '.jsonld', markdown: '.md' }

/** One file to export. */
export interface JobFile {
  path: string
  /** Whether the stem of its name is its own: when another file of the run has it, the command names its files, and the job sends their text. */
  free: boolean
}

/** What every job of a run shares: how to read, what to make, where to write. */
export interface JobSettings {
  cwd: string
  maxFileSize: number
  plan: RenderPlan
  /** The folder of each per-document format written. */
  folders: Partial<Record<PerDocument, string>>
  force: boolean
  /** Where the CSV parts go (a folder made for the run), when CSV is written. */
  parts: string | null
}

/** A file not written: why, and whether its format can write no more (a full disk). */
export interface WriteFailure {
  message: string
  stops: boolean
}

/** What became of one file. */
export type JobResult =
  | { type: 'failure'; message: string; code: string }
  | {
      type: 'document'
      id: string
      sha256: string
      size: number
      mtime: number
      /** Its error diagnostics (a binary file, say), which the run reports. */
      errors: Diagnostic[]
      /** The bytes of its records in each CSV table, in the part; `null` without CSV. */
      csv: number[] | null
      /** Per format written: `null` when its file is written, else why not. */
      written: Partial<Record<PerDocument, WriteFailure | null>>
      /** The part its CSV records are in. */
      part: number
      /** The stem its files were written under; `null` when the command names them. */
      stem: string | null
      /** Its source, to name its files by, and the files' text, when the command names them. */
      source: Source | null
      texts: Partial<Record<PerDocument, string>>
    }

/** Runs jobs: one per file, its CSV records appended to the part numbered `part`. */
export class Jobs {
  readonly #settings: JobSettings
  readonly #render: ReturnType<typeof renderer>
  readonly #parts: CsvParts<TableName> | null
  /** Formats that stopped: their files are no longer written. */
  readonly #stopped = new Set<PerDocument>()
  /** Why the CSV parts could not be written (a full disk, a file size limit): the tables are then not written at all. */
  #csvFailure: WriteFailure | null = null
  readonly #part: number
  readonly #csv

  constructor(settings: JobSettings, part: number) {
    this.#settings = settings
    this.#part = part
    this.#csv = settings.plan.csv === null ? null : csvWriter(settings.plan.csv)
    this.#render = renderer(settings.plan)
    this.#parts = this.#csv === null || settings.parts === null ? null : new CsvParts(join(settings.parts, String(part)), this.#csv.tables.map((table) => table.name))
  }

  /** Stops writing a format's files, as the command does once its disk is full. */
  stop(format: PerDocument): void {
    this.#stopped.add(format)
  }

  /** Reads, parses and exports a listed file. */
  async run(file: JobFile): Promise<JobResult> {
    const { cwd, maxFileSize } = this.#settings
    let item
    // The listing decided which links to follow: a file named is read wherever it leads.
    for await (const read of readCorpus([file.path], { cwd, maxFileSize, followSymlinks: true, parse: parseInput })) item = read
    if (item === undefined) return { type: 'failure', message: 'not found', code: 'ENOENT' }
    if (item.type === 'failure') return { type: 'failure', message: item.message, code: item.code }
    const stats = statSync(file.path)
    return this.#export(item.document, file.free ? stemOf(basename(file.path)) : null, stats.size, Math.trunc(stats.mtimeMs))
  }

  /** Exports a document read otherwise (standard input), named by its id. */
  runDocument(document: Document): JobResult {
    return this.#export(document, null, document.source.byteLength, 0)
  }

  #export(document: Document, stem: string | null, size: number, mtime: number): JobResult {
    const rendered = this.#render(document)
    const written: Partial<Record<PerDocument, WriteFailure | null>> = {}
    const texts: Partial<Record<PerDocument, string>> = {}
    for (const format of PER_DOCUMENT) {
      const text = rendered[format]
      const folder = this.#settings.folders[format]
      if (text === null || folder === undefined) continue
      if (stem === null) texts[format] = whole(text)
      else if (this.#stopped.has(format)) written[format] = { message: 'not written', stops: true }
      else written[format] = writeOut(inside(folder, `${stem}${EXTENSIONS[format]}`), text, this.#settings.force)
    }
    let csv: number[] | null = null
    if (this.#parts !== null && this.#csv !== null && this.#csvFailure === null) {
      try {
        const writer = this.#csv
        // Table by table, in pieces: a large document's records are never all held.
        csv = this.#parts.append((table) => writer.pieces(document, table))
      } catch (error) {
        this.#failCsv(error)
      }
    }
    return {
      type: 'document',
      id: documentId(document),
      sha256: document.source.sha256,
      size,
      mtime,
      errors: errorsOf(document),
      csv,
      written,
      part: this.#part,
      stem,
      source: stem === null ? document.source : null,
      texts
    }
  }

  /** Why the CSV parts could not be written, or `null`. */
  get csvFailure(): WriteFailure | null {
    return this.#csvFailure
  }

  /** Writes out and closes the CSV parts. */
  close(): void {
    try {
      if (this.#csvFailure === null) this.#parts?.close()
    } catch (error) {
      this.#failCsv(error)
    }
  }

  #failCsv(error: unknown): void {
    this.#csvFailure = { message: error instanceof Error ? error.message : String(error), stops: true }
    this.#parts?.abandon()
  }
}

const EMPTY_SOURCE = parse('').source

/** The stem of the files of a file of this base name, as `markdownFileName` makes it (without the document's id, which only a name taken twice gets). */
export const stemOf = (name: string): string => markdownFileName({ source: { ...EMPTY_SOURCE, file: name } }, { extension: '' })

const whole = (text: Text): string => (typeof text === 'string' ? text : [...text()].join(''))

/** Writes a file whole; `null` when done, else why not. */
export function writeOut(path: string, text: Text, force: boolean): WriteFailure | null {
  try {
    writeWhole(path, text, force)
    return null
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), stops: stopsFormat(error) }
  }
}
