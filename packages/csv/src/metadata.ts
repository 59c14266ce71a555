import { checkOptions, invalid } from './arguments.js'
import type { CsvWriter, OutputTable } from './writer.js'
import type { FieldType } from './types.js'

/** A table’s file as written: where, how big, its SHA-256. */
export interface TableFile {
  /** The table it holds. */
  table: OutputTable['name']
  /** Path relative to the metadata file (`documents.csv`). */
  path: string
  /** Its size in bytes. */
  bytes: number
  /** SHA-256 of the file’s bytes, lower-case hex. */
  sha256: string
}

/** A JSON value of the metadata. */
export type MetadataValue = string | number | boolean | null | MetadataValue[] | { [key: string]: MetadataValue }

const GUARD_NOTE = 'Cells starting with =, +, -, @, tab or carriage return are prefixed with an apostrophe, so that spreadsheets do not run them as formulas (formula-injection guard); remove it to get the text as written.'

/** A Frictionless Data Package (v2) describing the tables: resources, dialect, schemas with keys, hashes. */
export function dataPackage(writer: CsvWriter, files: readonly TableFile[], options: { name?: string } = {}): MetadataValue {
  checkMetadataArguments(writer, files, options)
  const { dialect } = writer
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: options.name ?? 'corpus',
    resources: files.map((file) => {
      const table = tableOf(writer, file.table)
      return {
        name: table.name,
        type: 'table',
        description: table.description + (dialect.formulaGuard ? ` ${GUARD_NOTE}` : ''),
        path: file.path,
        format: dialect.delimiter === '\t' ? 'tsv' : 'csv',
        mediatype: dialect.delimiter === '\t' ? 'text/tab-separated-values' : 'text/csv',
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        dialect: {
          $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
          header: true,
          delimiter: dialect.delimiter,
          lineTerminator: dialect.lineTerminator,
          quoteChar: '"',
          doubleQuote: true
        },
        schema: {
          $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
          fields: table.columns.map((column) => ({
            name: column.name,
            type: column.type,
            description: column.description,
            ...(column.required ? { constraints: { required: true } } : {})
          })),
          missingValues: [''],
          ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey } : {}),
          ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys.map((key) => ({ fields: key.fields, reference: { resource: key.reference.resource, fields: key.reference.fields } })) } : {})
        }
      }
    })
  }
}

const DATATYPES: Record<FieldType, string> = { string: 'string', integer: 'integer', boolean: 'boolean', yearmonth: 'gYearMonth' }

/**
 * CSV on the Web metadata (`csv-metadata.json`) for the same tables: columns
 * typed, each pointing at the vocabulary term the JSON-LD exporter uses, and
 * rows given the IRIs the JSON-LD exporter mints from `base`.
 */
export function csvwMetadata(writer: CsvWriter, files: readonly TableFile[], options: { base?: string } = {}): MetadataValue {
  checkMetadataArguments(writer, files, options)
  const base = options.base ?? 'urn:corpus:'
  const { dialect } = writer
  const pathOf = (name: string) => files.find((file) => file.table === name)?.path ?? `${name}.csv`
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    dialect: {
      delimiter: dialect.delimiter,
      encoding: 'utf-8',
      header: true,
      headerRowCount: 1,
      lineTerminators: [dialect.lineTerminator],
      doubleQuote: true,
      quoteChar: '"',
      trim: false
    },
    tables: files.map((file) => {
      const table = tableOf(writer, file.table)
      const id = table.columns.find((column) => column.name === table.primaryKey[0])?.name
      const about = ABOUT[table.name]
      return {
        url: file.path,
        'dc:description': table.description + (dialect.formulaGuard ? ` ${GUARD_NOTE}` : ''),
        tableSchema: {
          columns: table.columns.map((column) => ({
            name: column.name,
            titles: column.name,
            datatype: DATATYPES[column.type],
            required: column.required,
            'dc:description': column.description,
            ...(column.term ? { propertyUrl: column.term } : {})
          })),
          ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey } : {}),
          ...(id && about ? { aboutUrl: `${base}{${id}}${about(table)}` } : {}),
          ...(table.foreignKeys.length > 0
            ? { foreignKeys: table.foreignKeys.map((key) => ({ columnReference: key.fields, reference: { resource: pathOf(key.reference.resource), columnReference: key.reference.fields } })) }
            : {})
        }
      }
    })
  }
}

// The fragment the JSON-LD exporter gives a row's node, after the document's IRI.
const ABOUT: Partial<Record<OutputTable['name'], (table: OutputTable) => string>> = {
  documents: () => '',
  quotes: (table) => (table.primaryKey[1] ? `#quote-{${table.primaryKey[1]}}` : ''),
  dates: (table) => (table.primaryKey[1] ? `#date-{${table.primaryKey[1]}}` : ''),
  // A URI template percent-encodes the id’s `:` as the JSON-LD exporter does.
  entities: (table) => (table.primaryKey[1] ? `#entity-{${table.primaryKey[1]}}` : '')
}

function tableOf(writer: CsvWriter, name: OutputTable['name']): OutputTable {
  const table = writer.tables.find((item) => item.name === name)
  if (!table) throw new TypeError(`Table \`${name}\` is not written`)
  return table
}

function checkMetadataArguments(writer: unknown, files: unknown, options: unknown): void {
  if (typeof writer !== 'object' || writer === null || !Array.isArray((writer as Partial<CsvWriter>).tables)) throw invalid('writer', 'a writer from `csvWriter`', writer)
  if (!Array.isArray(files)) throw invalid('files', 'an array of the files written (`{ table, path, bytes, sha256 }`)', files)
  checkOptions(options)
}
