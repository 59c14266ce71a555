import type { CsvRecords, TableName } from '@corpus/csv'
import { writeCsvTables, type WriteCsvOptions, type WrittenTables } from '@corpus/csv/node'
import type { SliceReader } from './csv-parts.js'
import type { ManifestEntry } from './manifest.js'

// Records of a document larger than this, in a table, are read in chunks.
const LARGE = 1 << 18

/** A document of the tables, and where its records are: one reader per table, at its records. */
export interface Joined {
  entry: ManifestEntry
  readers: readonly SliceReader[]
}

/**
 * Writes the CSV tables (with `@corpus/csv`'s writer: whole or not at all,
 * with their metadata) from records written before, each document's bytes
 * copied as they are: from the parts of a run's threads, from shards, or from
 * the tables of an earlier run.
 */
export function joinTables(joined: Iterable<Joined>, tables: readonly TableName[], folder: string, options: WriteCsvOptions): Promise<WrittenTables> {
  return writeCsvTables(recordsOf(joined, tables), folder, options)
}

function* recordsOf(joined: Iterable<Joined>, tables: readonly TableName[]): Generator<CsvRecords> {
  for (const { entry, readers } of joined) {
    const { csv } = entry
    if (csv === null) continue
    const records: CsvRecords['tables'] = {}
    tables.forEach((table, at) => {
      const size = csv[at] ?? 0
      const reader = readers[at]
      // Large records come in chunks, each copied by the writer before the next is read.
      records[table] = reader === undefined ? '' : size > LARGE ? reader.chunks(size) : reader.take(size)
    })
    yield { type: 'csvRecords', id: entry.id, file: entry.path, tables: records }
  }
}
