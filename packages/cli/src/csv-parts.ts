import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs'
import { join } from 'node:path'

// Writes and reads gathered to this many bytes: one system call each, not one per document.
const BUFFER = 1 << 18

/**
 * One thread's share of the CSV tables: each table's records of the
 * documents it exported, in their order, in a file of its own (`<folder>/<table>`).
 * The tables are joined from the parts at the end of the run, by the bytes
 * each document has in each (see {@link SliceReader}).
 */
export class CsvParts {
  readonly #files: Array<{ table: string; fd: number; pending: Buffer[]; size: number }>

  constructor(folder: string, tables: readonly string[]) {
    mkdirSync(folder, { recursive: true })
    this.#files = tables.map((table) => ({ table, fd: openSync(join(folder, table), 'wx'), pending: [], size: 0 }))
  }

  /** Appends a document's records; resolves to their bytes in each table, in the order of the tables. */
  append(records: Partial<Record<string, string | Uint8Array>>): number[] {
    return this.#files.map((file) => {
      const text = records[file.table] ?? ''
      const bytes = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text.buffer, text.byteOffset, text.length)
      if (bytes.length === 0) return 0
      file.pending.push(bytes)
      file.size += bytes.length
      if (file.size >= BUFFER) flush(file)
      return bytes.length
    })
  }

  close(): void {
    for (const file of this.#files) {
      flush(file)
      closeSync(file.fd)
    }
  }

  /** Closes the files without writing what is pending: the parts will not be joined. */
  abandon(): void {
    for (const file of this.#files) {
      file.pending = []
      file.size = 0
      try {
        closeSync(file.fd)
      } catch {
        // Closed already.
      }
    }
  }
}

function flush(file: { fd: number; pending: Buffer[]; size: number }): void {
  const bytes = Buffer.concat(file.pending, file.size)
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(file.fd, bytes, offset)
  file.pending = []
  file.size = 0
}

/**
 * Reads a file from `start` as consecutive slices of given sizes: a part, or
 * a table written before from past its header. Slices are views of buffers
 * read a quarter of a MiB at a time, never reused, so a slice stays valid.
 */
export class SliceReader {
  readonly #fd: number
  #position: number
  #buffer = Buffer.alloc(0)
  #at = 0

  constructor(path: string, start = 0) {
    this.#fd = openSync(path, 'r')
    this.#position = start
  }

  /** The next `size` bytes; throws when the file ends before them. */
  take(size: number): Uint8Array {
    if (this.#at + size > this.#buffer.length) this.#fill(size)
    const slice = this.#buffer.subarray(this.#at, this.#at + size)
    this.#at += size
    return slice
  }

  /** Passes over `size` bytes. */
  skip(size: number): void {
    const buffered = Math.min(size, this.#buffer.length - this.#at)
    this.#at += buffered
    this.#position += size - buffered
  }

  close(): void {
    closeSync(this.#fd)
  }

  /** Keeps what is left of the buffer and reads at least `size` bytes in all. */
  #fill(size: number): void {
    const left = this.#buffer.subarray(this.#at)
    const next = Buffer.allocUnsafe(Math.max(BUFFER, size))
    left.copy(next)
    let filled = left.length
    while (filled < size) {
      const read = readSync(this.#fd, next, filled, next.length - filled, this.#position)
      if (read === 0) throw new Error('A CSV part ended before its records: it was changed during the run')
      filled += read
      this.#position += read
    }
    this.#buffer = next.subarray(0, filled)
    this.#at = 0
  }
}
