import type { Document } from '@corpus/core'
import { checkDocuments } from './arguments.js'
import { csvWriter } from './writer.js'
import type { CsvOptions, TableName } from './types.js'

/** A piece of a table’s file. */
export interface CsvChunk {
  /** The table whose file it belongs to. */
  table: TableName
  /** Whole records of that file: its header (first), or one document's rows. */
  text: string
}

/**
 * Streams the tables of a corpus: each table’s header first, then the records
 * of each document as it comes, table by table. Holds one document at a time
 * (and the ids seen, which are keys).
 */
export async function* toCsvChunks(documents: AsyncIterable<Document> | Iterable<Document>, options?: CsvOptions): AsyncGenerator<CsvChunk> {
  checkDocuments(documents, true)
  const writer = csvWriter(options)
  for (const table of writer.tables) yield { table: table.name, text: writer.header(table.name) }
  for await (const document of documents) {
    const records = writer.records(document)
    for (const table of writer.tables) {
      // A document's records are text (bytes come only with records rendered before).
      const text = records[table.name]
      if (typeof text === 'string' && text !== '') yield { table: table.name, text }
    }
  }
}

/**
 * The tables of a corpus held in memory, whole, by table name: for small
 * corpora and the browser. Without `tables` in the options, every table is
 * there; with it, only those.
 */
export function toCsv(documents: Iterable<Document>, options?: CsvOptions & { tables?: undefined }): Record<TableName, string>
export function toCsv(documents: Iterable<Document>, options?: CsvOptions): Partial<Record<TableName, string>>
export function toCsv(documents: Iterable<Document>, options?: CsvOptions): Partial<Record<TableName, string>> {
  checkDocuments(documents, false)
  const writer = csvWriter(options)
  const parts: Partial<Record<TableName, string[]>> = {}
  for (const table of writer.tables) parts[table.name] = [writer.header(table.name)]
  for (const document of documents) {
    const records = writer.records(document)
    for (const table of writer.tables) {
      const text = records[table.name]
      if (typeof text === 'string') parts[table.name]?.push(text)
    }
  }
  const tables: Partial<Record<TableName, string>> = {}
  for (const table of writer.tables) tables[table.name] = (parts[table.name] ?? []).join('')
  return tables
}
