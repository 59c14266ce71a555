import { createHash, randomBytes, type Hash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { link, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { documentId, type Document } from '@corpus/core'
import { csvwMetadata, dataPackage, type TableFile } from '../metadata.js'
import { csvWriter, type CsvRecords } from '../writer.js'
import type { CsvOptions } from '../types.js'

/** Options of {@link writeCsvTables}. */
export interface WriteCsvOptions extends CsvOptions {
  /** Replace files already in the folder (default `false`: an existing file is an error, and nothing is written). */
  overwrite?: boolean
  /** The data package’s name (default `corpus`). */
  name?: string
  /** The base IRI of the JSON-LD export, for the CSVW row IRIs (default `urn:corpus:`). */
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
  temporary: string
  handle: FileHandle
  hash: Hash
  /** Text not yet written: small writes are gathered, since each costs a system call. */
  pending: string
  /** The write under way: the next waits for it, so each file is written in order while documents go on being made. */
  writing: Promise<unknown>
}

// How much text a table gathers before it is written out: each write is a turn
// of the event loop, where the collector keeps memory flat (20,000 files peak at
// about 110 MiB with 16 K characters, 190 MiB with 256 K).
const FLUSH_AT = 1 << 14

/**
 * Writes the tables of a corpus into `folder` (`documents.csv`, `blocks.csv`…,
 * `.tsv` for the TSV profile), with `datapackage.json` and
 * `csv-metadata.json`, from documents or from the records a writer of the
 * same options rendered (`csvWriter(options).render`, in worker threads, say).
 * Streams: one document at a time is held. Complete or
 * nothing: every file is written under a temporary name and renamed into place
 * only when all are complete; on any error the temporary files are removed and
 * the error is thrown.
 */
export async function writeCsvTables(documents: AsyncIterable<Document | CsvRecords> | Iterable<Document | CsvRecords>, folder: string, options: WriteCsvOptions = {}): Promise<WrittenTables> {
  const writer = csvWriter(options)
  const extension = writer.dialect.delimiter === '\t' ? 'tsv' : 'csv'
  const names = [...writer.tables.map((table) => `${table.name}.${extension}`), 'datapackage.json', 'csv-metadata.json']
  if (!options.overwrite) {
    const existing = names.filter((name) => existsSync(join(folder, name)))
    if (existing.length > 0) throw new Error(`Not overwriting ${existing.join(', ')} in ${folder} (pass \`overwrite: true\`)`)
  }
  await mkdir(folder, { recursive: true })
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`
  const temporary = (name: string) => join(folder, `.${name}.${tag}.tmp`)
  const outputs: Output[] = []
  try {
    for (const table of writer.tables) {
      const path = `${table.name}.${extension}`
      const output: Output = { file: { table: table.name, path, bytes: 0, sha256: '' }, temporary: temporary(path), handle: await open(temporary(path), 'wx'), hash: createHash('sha256'), pending: '', writing: Promise.resolve() }
      outputs.push(output)
      await append(output, writer.header(table.name))
    }
    let count = 0
    for await (const document of documents) {
      if (options.onDuplicate) {
        const id = document.type === 'csvRecords' ? document.id : documentId(document)
        if (writer.has(id)) {
          options.onDuplicate({ id, file: document.type === 'csvRecords' ? document.file : document.source.file })
          continue
        }
      }
      const records = writer.records(document)
      for (const output of outputs) await append(output, records[output.file.table] ?? '')
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
    for (const [name, value] of metadata) {
      const handle = await open(temporary(name), 'wx')
      await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`)
      await handle.close()
    }
    if (options.overwrite) for (const name of names) await rename(temporary(name), join(folder, name))
    else await linkAll(names.map((name) => [temporary(name), join(folder, name)]))
    return { files, documents: count, metadata: metadata.map(([name]) => join(folder, name)) }
  } catch (error) {
    await Promise.all(outputs.map((output) => output.writing.catch(() => undefined)))
    await Promise.all(outputs.map((output) => output.handle.close().catch(() => undefined)))
    await Promise.all(names.map((name) => rm(temporary(name), { force: true })))
    throw error
  }
}

/**
 * Moves every file into place, or none: each by a hard link, which fails when
 * the name is taken (by another run since the check above), so nothing is
 * replaced; on a failure the links made are undone. The temporary files are
 * removed by the caller.
 */
async function linkAll(moves: readonly (readonly [string, string])[]): Promise<void> {
  const done: string[] = []
  for (const [from, to] of moves) {
    try {
      await linkOrMove(from, to)
      done.push(to)
    } catch (error) {
      await Promise.all(done.map((path) => rm(path, { force: true })))
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`Not overwriting ${to} (pass \`overwrite: true\`)`)
      throw error
    }
  }
  await Promise.all(moves.map(([from]) => rm(from, { force: true })))
}

/** A hard link; on a file system without them, a check and a move. */
async function linkOrMove(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error
    if (existsSync(to)) throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' })
    await rename(from, to)
  }
}

async function append(output: Output, text: string): Promise<void> {
  output.pending += text
  if (output.pending.length >= FLUSH_AT) await flush(output)
}

/** Waits for the file's last write, then starts this one without waiting for it (at most one in flight per file, so memory stays bounded). */
async function flush(output: Output): Promise<void> {
  if (output.pending === '') return
  const bytes = Buffer.from(output.pending, 'utf8')
  output.pending = ''
  output.hash.update(bytes)
  output.file.bytes += bytes.length
  await output.writing
  output.writing = output.handle.write(bytes)
  // Failing later, it is seen by the next wait; until then it must not count as unhandled.
  output.writing.catch(() => undefined)
}
