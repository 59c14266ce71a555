import { documentId, type Document } from '@corpus/core'
import { CSV_OPTIONS, checkDocument, checkItem, checkOptions, invalid } from './arguments.js'
import { DIALECTS } from './dialects.js'
import { formatRecord, formatRow } from './format.js'
import { rowsOf } from './rows.js'
import { TABLE_NAMES, TABLES } from './tables.js'
import type { Column, CsvOptions, Dialect, DialectName, Table, TableName } from './types.js'

/** A table as it is written: its columns chosen and named by the options. */
export interface OutputTable extends Table {
  /** The columns written, in order, with their output names. */
  columns: Column[]
  /** The default name of each column written, in the same order. */
  sources: string[]
}

/**
 * A document's records, rendered apart from its writer (in a worker thread,
 * say) by a writer of the same options, for that writer to take in turn.
 */
export interface CsvRecords {
  /** What it is, to tell it from a document. */
  type: 'csvRecords'
  /** The document's id (`documentId`): the key of every table. */
  id: string
  /** The document's file name, to name it in a message. */
  file: string | null
  /**
   * Its records, per table written: text, or the UTF-8 bytes of text this
   * writer's options made (a slice of a table written before, say), whole or
   * in chunks (each copied before the next is asked for), copied as they are.
   */
  tables: Partial<Record<TableName, string | Uint8Array | Iterable<Uint8Array>>>
}

/** A CSV writer: headers, and the records of each document, per table. */
export interface CsvWriter {
  /** The dialect of its options: separator, line ending, byte order mark. */
  dialect: Dialect
  /** The tables it writes, in order, with the columns chosen. */
  tables: OutputTable[]
  /** The start of a table’s file: the byte order mark when the dialect has one, and the header record. */
  header(table: TableName): string
  /**
   * The records of one document, per table written, from the document or
   * from what `render` made of it. Throws when its id was seen before (ids are
   * keys), or when rendered records are not for the tables written.
   */
  records(document: Document | CsvRecords): CsvRecords['tables']
  /** A document's records, with no check of its id: for a writer of the same options to take with `records`. */
  render(document: Document): CsvRecords
  /** Whether a document of this id has been taken by `records` already. */
  has(id: string): boolean
  /**
   * A document's records for one table written, with no check of its id (as
   * `render`), made as they are asked for, in pieces of a few thousand
   * records: a large document's table is never held whole.
   */
  pieces(document: Document, table: TableName): Generator<string>
}

/** Makes a writer for these options; throws a `TypeError` on an unknown dialect, table or column. */
export function csvWriter(options: CsvOptions = {}): CsvWriter {
  return tableWriter(options)
}

/** A writer, with what the package's own writers take from it besides. */
export interface TableWriter extends CsvWriter {
  /** Takes a document's id, as `records` does, without rendering it. */
  take(document: Document): void
}

// Records joined per this many: few enough to die young, many enough that the pieces are few.
const BATCH = 2048

/** {@link csvWriter}, with {@link TableWriter}'s methods. */
export function tableWriter(options: CsvOptions = {}): TableWriter {
  checkOptions(options, CSV_OPTIONS)
  if (options.tables !== undefined && !Array.isArray(options.tables)) throw invalid('tables', `an array of table names (${TABLE_NAMES.join(', ')})`, options.tables)
  if (options.columns !== undefined && (typeof options.columns !== 'object' || options.columns === null)) throw invalid('columns', 'an object of column choices by table', options.columns)
  const dialect = dialectNamed(options.dialect ?? 'rfc4180')
  const tables = (options.tables ?? TABLE_NAMES).map((name) => outputTable(name, options))
  const seen = new Set<string>()
  const tableNamed = (name: TableName) => {
    const table = tables.find((item) => item.name === name)
    if (!table) throw new TypeError(`Table \`${name}\` is not written`)
    return table
  }
  const duplicate = (id: string, file: string | null) => new Error(`Two documents have the id \`${id}\` (${file ?? 'a text'}): doc_id is the key of every table`)
  return {
    dialect,
    tables,
    header: (name) => (dialect.bom ? '\ufeff' : '') + formatRecord(tableNamed(name).columns.map((column) => column.name), dialect),
    records(item) {
      const document = checkItem(item)
      const rendered = document.type === 'csvRecords' ? document : render(document)
      if (seen.has(rendered.id)) throw duplicate(rendered.id, rendered.file)
      const written = Object.keys(rendered.tables)
      if (written.length !== tables.length || tables.some((table) => !written.includes(table.name))) {
        throw new TypeError(`The records of ${rendered.file ?? rendered.id} are for the tables ${written.join(', ')}, not ${tables.map((table) => table.name).join(', ')}`)
      }
      seen.add(rendered.id)
      return rendered.tables
    },
    take(item) {
      const document = checkDocument(item, 'document')
      const id = documentId(document)
      if (seen.has(id)) throw duplicate(id, document.source.file)
      seen.add(id)
    },
    pieces: (document, table) => pieces(checkDocument(document, 'document'), table),
    render,
    has: (id) => seen.has(id)
  }

  /**
   * Each row formatted as it is made, and the records joined by batches:
   * rows are never all held, and neither are records one by one (each, a tree
   * of concatenations, cost more than its text, and most of the time went to
   * collecting them).
   */
  function* pieces(document: Document, name: TableName): Generator<string> {
    const table = tableNamed(name)
    let batch: string[] = []
    for (const row of rowsOf(document, name)) {
      batch.push(formatRow(row, table.sources, dialect))
      if (batch.length < BATCH) continue
      yield batch.join('')
      batch = []
    }
    if (batch.length > 0) yield batch.join('')
  }

  function render(item: Document): CsvRecords {
    const document = checkDocument(item, 'document')
    const chunks: Partial<Record<TableName, string>> = {}
    for (const table of tables) chunks[table.name] = [...pieces(document, table.name)].join('')
    return { type: 'csvRecords', id: documentId(document), file: document.source.file, tables: chunks }
  }
}

function outputTable(name: TableName, options: CsvOptions): OutputTable {
  const table = TABLES[name]
  if (!table) throw new TypeError(`Invalid table \`${name}\`: expected one of ${TABLE_NAMES.join(', ')}`)
  const include = included(name, options)
  const rename = renamer(name, options)
  const known = new Map(table.columns.map((column) => [column.name, column]))
  const columns = include.flatMap((column) => {
    const found = known.get(column)
    return found ? [{ ...found, name: rename(column) }] : []
  })
  if (new Set(columns.map((column) => column.name)).size < columns.length) throw new TypeError(`Two columns of table \`${name}\` would have the same name`)
  const written = options.tables ?? TABLE_NAMES
  // A key holds only when its columns are written, in this table and in the one it points at.
  const kept = (fields: string[], table: TableName) => fields.every((field) => included(table, options).includes(field))
  // Without the primary key's columns, the first unique key still written is the primary key.
  const [primaryKey = [], ...uniqueKeys] = [table.primaryKey, ...table.uniqueKeys].filter((key) => key.length > 0 && kept(key, name)).map((key) => key.map(rename))
  return {
    ...table,
    columns,
    sources: include,
    primaryKey,
    uniqueKeys,
    foreignKeys: table.foreignKeys
      .filter((key) => written.includes(key.reference.resource) && kept(key.fields, name) && kept(key.reference.fields, key.reference.resource))
      .map((key) => ({
        fields: key.fields.map(rename),
        reference: { resource: key.reference.resource, fields: key.reference.fields.map(renamer(key.reference.resource, options)) },
        ...(key.optional ? { optional: true } : {})
      }))
  }
}

/** The default names of the columns written of a table; throws a `TypeError` on an unknown one. */
function included(name: TableName, options: CsvOptions): string[] {
  const table = TABLES[name]
  const choice = options.columns?.[name] ?? {}
  const known = table.columns.map((column) => column.name)
  const include = choice.include ?? known
  for (const column of [...include, ...Object.keys(choice.rename ?? {})]) {
    if (!known.includes(column)) throw new TypeError(`Invalid column \`${column}\` of table \`${name}\`: expected one of ${known.join(', ')}`)
  }
  return include
}

function renamer(name: TableName, options: CsvOptions): (column: string) => string {
  const rename = options.columns?.[name]?.rename ?? {}
  return (column) => rename[column] ?? column
}

function dialectNamed(name: string): Dialect {
  if (Object.hasOwn(DIALECTS, name)) return DIALECTS[name as DialectName]
  throw new TypeError(`Invalid \`dialect\` ${JSON.stringify(name)}: expected one of ${Object.keys(DIALECTS).join(', ')}`)
}
