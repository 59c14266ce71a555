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
export class CsvParts<Table extends string> {
  readonly #files: Array<{ table: Table; fd: number; buffer: Buffer; size: number }>

  constructor(folder: string, tables: readonly Table[]) {
    mkdirSync(folder, { recursive: true })
    this.#files = tables.map((table) => ({ table, fd: openSync(join(folder, table), 'wx'), buffer: Buffer.allocUnsafe(BUFFER), size: 0 }))
  }

  /** Appends a document's records, table by table, each in pieces; gives their bytes in each table, in the order of the tables. */
  append(pieces: (table: Table) => Iterable<string>): number[] {
    return this.#files.map((file) => {
      let written = 0
      for (const piece of pieces(file.table)) {
        // A UTF-16 unit is at most 3 bytes of UTF-8: a piece that may not fit the buffer is written on its own, after what is pending.
        if (piece.length * 3 > file.buffer.length) {
          flush(file)
          const bytes = Buffer.from(piece)
          writeAll(file.fd, bytes)
          written += bytes.length
          continue
        }
        if (piece.length * 3 > file.buffer.length - file.size && Buffer.byteLength(piece) > file.buffer.length - file.size) flush(file)
        // Encoded straight into the table's one buffer: nothing is allocated per piece.
        const length = file.buffer.write(piece, file.size)
        file.size += length
        written += length
      }
      return written
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
      file.size = 0
      try {
        closeSync(file.fd)
      } catch {
        // Closed already.
      }
    }
  }
}

function flush(file: { fd: number; buffer: Buffer; size: number }): void {
  writeAll(file.fd, file.buffer.subarray(0, file.size))
  file.size = 0
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset)
}

/**
 * Reads a file from `start` as consecutive slices of given sizes: a part, or
 * a table written before from past its header. One buffer, refilled: a slice
 * is valid until the next `take` (the CSV writer copies what it is given).
 */
export class SliceReader {
  readonly #fd: number
  #position: number
  #buffer = Buffer.allocUnsafe(BUFFER)
  /** The bytes read and not yet taken: `#buffer[#at, #end)`. */
  #at = 0
  #end = 0

  constructor(path: string, start = 0) {
    this.#fd = openSync(path, 'r')
    this.#position = start
  }

  /** The next `size` bytes; throws when the file ends before them. */
  take(size: number): Uint8Array {
    if (this.#at + size > this.#end) this.#fill(size)
    const slice = this.#buffer.subarray(this.#at, this.#at + size)
    this.#at += size
    return slice
  }

  /** The next `size` bytes in chunks of at most the buffer's size, each valid until the next is asked for: a large document's records are never held whole. */
  *chunks(size: number): Generator<Uint8Array> {
    for (let left = size; left > 0; ) {
      const chunk = Math.min(left, BUFFER)
      left -= chunk
      yield this.take(chunk)
    }
  }

  /** Passes over `size` bytes. */
  skip(size: number): void {
    const buffered = Math.min(size, this.#end - this.#at)
    this.#at += buffered
    this.#position += size - buffered
  }

  close(): void {
    closeSync(this.#fd)
  }

  /** Moves what is left to the buffer's start (a larger buffer if `size` needs it) and reads until it holds at least `size` bytes. */
  #fill(size: number): void {
    const left = this.#end - this.#at
    if (size > this.#buffer.length) {
      const larger = Buffer.allocUnsafe(size)
      this.#buffer.copy(larger, 0, this.#at, this.#end)
      this.#buffer = larger
    } else this.#buffer.copy(this.#buffer, 0, this.#at, this.#end)
    this.#at = 0
    this.#end = left
    while (this.#end < size) {
      const read = readSync(this.#fd, this.#buffer, this.#end, this.#buffer.length - this.#end, this.#position)
      if (read === 0) throw new Error('A CSV part ended before its records: it was changed during the run')
      this.#end += read
      this.#position += read
    }
  }
}
