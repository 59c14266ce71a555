import { createHash, type Hash } from 'node:crypto'
import { mkdir, open, writeFile, type FileHandle } from 'node:fs/promises'
import { join, relative } from 'node:path'
import process from 'node:process'
import { documentId, type Document } from '@corpus/core'
import { CSV_OPTIONS, checkDocuments, checkItem, checkOptions, invalid } from '../arguments.js'
import { csvwMetadata, dataPackage, type TableFile } from '../metadata.js'
import { csvWriter, tableWriter, type CsvRecords, type CsvWriter } from '../writer.js'
import type { CsvOptions } from '../types.js'
import { NODE_FILE_SYSTEM, type FileSystem } from './file-system.js'
import { discard, discardSync, generationName, inTheWay, publish, sweep } from './publish.js'

/** Options of {@link writeCsvTables}. */
export interface WriteCsvOptions extends CsvOptions {
  /** Replace the set of tables already in the folder, whole (default `false`: a file in the way is an error, and nothing is written). */
  overwrite?: boolean
  /** The data package’s name (default `corpus`). */
  name?: string
  /** The base IRI of the JSON-LD export, for the CSVW row IRIs (`aboutUrl`); without it, rows have none. */
  base?: string
  /**
   * Called for a document whose id is in the tables already, which is then
   * left out of them and the writing goes on (default: none, and such a
   * document is an error: the id is the key of every table).
   */
  onDuplicate?: (document: { id: string; file: string | null }) => void
}

/** What {@link writeCsvTables} wrote. */
export interface WrittenTables {
  /** The tables, with their bytes and SHA-256. */
  files: TableFile[]
  /** How many documents were written. */
  documents: number
  /** Paths of the metadata files: `datapackage.json`, `csv-metadata.json`. */
  metadata: string[]
}

interface Output {
  file: TableFile
  handle: FileHandle
  hash: Hash
  /** Text not yet written: small writes are gathered, since each costs a system call. */
  pending: string
  /** Bytes not yet written, copied into a buffer of their own, and how many. */
  pendingBytes: Buffer
  pendingSize: number
  /** The write under way: the next waits for it, so each file is written in order while documents go on being made. */
  writing: Promise<unknown>
  /** The buffer of the write under way, reused once it is done: buffers allocated anew for every write leave the process's memory fragmented. */
  written: Buffer
}

// How much text a table gathers before it is written out: each write is a turn
// of the event loop, where the collector keeps memory flat (20,000 files peak at
// about 110 MiB with 16 K characters, 190 MiB with 256 K).
const FLUSH_AT = 1 << 14

/**
 * Writes the tables of a corpus into `folder` (`documents.csv`, `blocks.csv`…,
 * `.tsv` for the TSV dialect), with `datapackage.json` and
 * `csv-metadata.json`, from documents or from the records a writer of the
 * same options rendered (`csvWriter(options).render`, in worker threads, say).
 * Streams: one document at a time is held, and its records are written piece
 * by piece as they are made (rendered records come whole). Complete or nothing, and in one
 * step: the files are written into a hidden generation folder inside
 * `folder`, and each name is a symbolic link through `.corpus-tables`, which
 * one rename points at the new generation; a reader sees the earlier set or
 * the new one, never some of each. On any error what was written is removed
 * and the error is thrown.
 */
export async function writeCsvTables(documents: AsyncIterable<Document | CsvRecords> | Iterable<Document | CsvRecords>, folder: string, options: WriteCsvOptions = {}): Promise<WrittenTables> {
  return writeTables(documents, folder, options, NODE_FILE_SYSTEM)
}

/**
 * The paths in `folder` that {@link writeCsvTables} with these options would
 * refuse to replace without `overwrite`: the names of its set taken by other
 * files, and the tables of an earlier set. Empty when it can write.
 */
export async function existingTables(folder: string, options: CsvOptions = {}): Promise<string[]> {
  checkFolder(folder)
  return inTheWay(NODE_FILE_SYSTEM, folder, setNames(csvWriter(options)))
}

/** {@link writeCsvTables} with the file system given: a test's, to make it fail at each step. */
export async function writeTables(documents: AsyncIterable<Document | CsvRecords> | Iterable<Document | CsvRecords>, folder: string, options: WriteCsvOptions, fs: FileSystem): Promise<WrittenTables> {
  checkArguments(documents, folder, options)
  const { dialect, tables, columns } = options
  const writer = tableWriter({ ...(dialect === undefined ? {} : { dialect }), ...(tables === undefined ? {} : { tables }), ...(columns === undefined ? {} : { columns }) })
  const names = setNames(writer)
  await mkdir(folder, { recursive: true })
  await sweep(fs, folder)
  if (!options.overwrite) {
    const existing = await inTheWay(fs, folder, names)
    if (existing.length > 0) throw new Error(`Not overwriting ${existing.map((path) => relative(folder, path)).join(', ')} in ${folder} (pass \`overwrite: true\`)`)
  }
  const generation = generationName(fs)
  const staging = join(folder, generation)
  await fs.mkdir(staging)
  // An exiting process (an interrupted command) leaves no staging folder.
  const onExit = () => discardSync(folder, generation)
  process.on('exit', onExit)
  const outputs: Output[] = []
  try {
    for (const table of writer.tables) {
      const path = `${table.name}.${extension(writer)}`
      const output: Output = { file: { table: table.name, path, bytes: 0, sha256: '' }, handle: await open(join(staging, path), 'wx'), hash: createHash('sha256'), pending: '', pendingBytes: EMPTY, pendingSize: 0, writing: Promise.resolve(), written: EMPTY }
      outputs.push(output)
      await append(output, writer.header(table.name))
    }
    let count = 0
    for await (const item of documents) {
      const document = checkItem(item)
      if (options.onDuplicate) {
        const id = document.type === 'csvRecords' ? document.id : documentId(document)
        if (writer.has(id)) {
          options.onDuplicate({ id, file: document.type === 'csvRecords' ? document.file : document.source.file })
          continue
        }
      }
      if (document.type === 'csvRecords') {
        const records = writer.records(document)
        for (const output of outputs) {
          const text = records[output.file.table] ?? ''
          // Bytes are gathered without a turn of the event loop each: a join copies a corpus's records, table by table, in hundreds of thousands of slices.
          if (typeof text === 'string') await append(output, text)
          else if (text instanceof Uint8Array) {
            if (addBytes(output, text)) await flush(output)
          } else for (const chunk of text) if (addBytes(output, chunk)) await flush(output)
        }
      } else {
        // Table by table, piece by piece: a large document's records are never all held.
        writer.take(document)
        for (const output of outputs) for (const piece of writer.pieces(document, output.file.table)) await append(output, piece)
      }
      count++
    }
    for (const output of outputs) {
      await flush(output)
      await output.writing
      output.file.sha256 = output.hash.digest('hex')
      await output.handle.close()
    }
    const files = outputs.map((output) => output.file)
    const metadata: Array<[string, unknown]> = [
      ['datapackage.json', dataPackage(writer, files, options.name === undefined ? {} : { name: options.name })],
      ['csv-metadata.json', csvwMetadata(writer, files, options.base === undefined ? {} : { base: options.base })]
    ]
    for (const [name, value] of metadata) await writeFile(join(staging, name), `${JSON.stringify(value, null, 2)}\n`, { flag: 'wx' })
    await publish(fs, folder, generation, names, options.overwrite === true)
    return { files, documents: count, metadata: metadata.map(([name]) => join(folder, name)) }
  } catch (error) {
    await Promise.all(outputs.map((output) => output.writing.catch(() => undefined)))
    await Promise.all(outputs.map((output) => output.handle.close().catch(() => undefined)))
    await discard(fs, folder, generation).catch(() => undefined)
    throw error
  } finally {
    process.removeListener('exit', onExit)
  }
}

function checkFolder(folder: unknown): void {
  if (typeof folder !== 'string' || folder === '') throw invalid('folder', 'the path of a folder (a non-empty string)', folder)
}

// Every option `WriteCsvOptions` declares, and no other.
const WRITE_CSV_OPTIONS = { ...CSV_OPTIONS, overwrite: true, name: true, base: true, onDuplicate: true } as const satisfies Record<keyof WriteCsvOptions, true>

function checkArguments(documents: unknown, folder: unknown, options: WriteCsvOptions): void {
  checkDocuments(documents, true)
  checkFolder(folder)
  checkOptions(options, WRITE_CSV_OPTIONS)
  const expected: Array<[keyof WriteCsvOptions, string, string]> = [
    ['overwrite', 'boolean', 'a boolean'],
    ['name', 'string', 'a string'],
    ['base', 'string', 'an IRI (a string)'],
    ['onDuplicate', 'function', 'a function']
  ]
  for (const [key, type, accepts] of expected) if (options[key] !== undefined && typeof options[key] !== type) throw invalid(key, accepts, options[key])
}

const extension = (writer: CsvWriter) => (writer.dialect.delimiter === '\t' ? 'tsv' : 'csv')

/** The files of a set: its tables, then its metadata. */
function setNames(writer: CsvWriter): string[] {
  return [...writer.tables.map((table) => `${table.name}.${extension(writer)}`), 'datapackage.json', 'csv-metadata.json']
}

/** Adds text to a file, written out by pieces of about {@link FLUSH_AT} characters (a large document's table, held whole and copied whole into one buffer, doubled an export's memory). */
async function append(output: Output, text: string): Promise<void> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + FLUSH_AT)
    // Never between the halves of a surrogate pair, which would be written as two U+FFFD.
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    output.pending += text.slice(at, end)
    at = end
    if (output.pending.length >= FLUSH_AT) await flush(output)
  }
}

// How many bytes are gathered before they are written: copied bytes cost nothing to gather, and each write is a turn of the event loop.
const FLUSH_BYTES_AT = 1 << 18
const EMPTY = Buffer.alloc(0)

/**
 * Copies bytes after those not yet written (and the text not yet written):
 * the caller may reuse its buffer at once, and a join of a whole corpus's
 * records holds one buffer per table, not a view of every slice read.
 * Whether to flush.
 */
function addBytes(output: Output, bytes: Uint8Array): boolean {
  gather(output)
  return copyIn(output, bytes)
}

/** Copies bytes into the pending buffer, made (or grown) to hold them; bytes of its own (`owned`) become the buffer when none is pending. */
function copyIn(output: Output, bytes: Uint8Array, owned = false): boolean {
  if (bytes.length === 0) return output.pendingSize >= FLUSH_BYTES_AT
  if (owned && output.pendingSize === 0) {
    output.pendingBytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    output.pendingSize = bytes.length
    return output.pendingSize >= FLUSH_BYTES_AT
  }
  const needed = output.pendingSize + bytes.length
  if (needed > output.pendingBytes.length) {
    const grown = Buffer.allocUnsafe(Math.max(needed, FLUSH_BYTES_AT))
    output.pendingBytes.copy(grown, 0, 0, output.pendingSize)
    output.pendingBytes = grown
  }
  output.pendingBytes.set(bytes, output.pendingSize)
  output.pendingSize = needed
  return output.pendingSize >= FLUSH_BYTES_AT
}

/** Moves the text not yet written to the bytes not yet written, keeping their order. */
function gather(output: Output): void {
  if (output.pending === '') return
  const text = output.pending
  output.pending = ''
  copyIn(output, Buffer.from(text, 'utf8'), true)
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff

/** Waits for the file's last write, then starts this one without waiting for it (at most one in flight per file, so memory stays bounded). */
async function flush(output: Output): Promise<void> {
  gather(output)
  if (output.pendingSize === 0) return
  const buffer = output.pendingBytes
  const bytes = buffer.subarray(0, output.pendingSize)
  output.hash.update(bytes)
  output.file.bytes += bytes.length
  await output.writing
  // The buffer goes to the write; the next bytes gather in the one the last write has done with.
  output.pendingBytes = output.written
  output.pendingSize = 0
  output.written = buffer
  output.writing = output.handle.write(bytes)
  // Failing later, it is seen by the next wait; until then it must not count as unhandled.
  output.writing.catch(() => undefined)
}
