import { checkOptions, invalid } from './arguments.js'
import type { CsvWriter, OutputTable } from './writer.js'
import type { Dialect, FieldType } from './types.js'

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
const ESCAPE_NOTE = 'Tab-separated values (IANA text/tab-separated-values): no field is quoted, and a tab, line feed, carriage return or backslash inside one is written \\t, \\n, \\r or \\\\; read \\t, \\n, \\r and \\\\ back as those characters.'

/** A table's description, with what its dialect does to cells. */
function described(table: OutputTable, dialect: Dialect): string {
  return [table.description, ...(dialect.formulaGuard ? [GUARD_NOTE] : []), ...(dialect.escape === 'backslash' ? [ESCAPE_NOTE] : [])].join(' ')
}

/** The Frictionless Table Dialect (v2): quoting as in RFC 4180, or none and an escape character (the two exclude each other). */
function tableDialect(dialect: Dialect): MetadataValue {
  const quoting = dialect.escape === 'backslash' ? { escapeChar: '\\' } : { quoteChar: '"', doubleQuote: true }
  return { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: dialect.delimiter, lineTerminator: dialect.lineTerminator, ...quoting }
}

/** The CSVW dialect: without a quote character no field is quoted, and `doubleQuote: false` names `\\` the escape character. */
function csvwDialect(dialect: Dialect): MetadataValue {
  const backslash = dialect.escape === 'backslash'
  return { delimiter: dialect.delimiter, encoding: 'utf-8', header: true, headerRowCount: 1, lineTerminators: [dialect.lineTerminator], doubleQuote: !backslash, quoteChar: backslash ? null : '"', trim: false }
}

/** A Frictionless Data Package (v2) describing the tables: resources, dialect, schemas with keys, hashes. */
export function dataPackage(writer: CsvWriter, files: readonly TableFile[], options: { name?: string } = {}): MetadataValue {
  checkMetadataArguments(writer, files, options, { name: true })
  const { dialect } = writer
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: options.name ?? 'corpus',
    resources: files.map((file) => {
      const table = tableOf(writer, file.table)
      return {
        name: table.name,
        type: 'table',
        description: described(table, dialect),
        path: file.path,
        format: dialect.delimiter === '\t' ? 'tsv' : 'csv',
        mediatype: dialect.delimiter === '\t' ? 'text/tab-separated-values' : 'text/csv',
        encoding: 'utf-8',
        bytes: file.bytes,
        hash: `sha256:${file.sha256}`,
        dialect: tableDialect(dialect),
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
          ...(table.uniqueKeys.length > 0 ? { uniqueKeys: table.uniqueKeys } : {}),
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
 * rows given the IRIs the JSON-LD exporter mints from `base`. Without a base
 * the JSON-LD exporter mints name-based UUID URNs, which a URI template cannot
 * compute: rows then have no `aboutUrl`.
 */
export function csvwMetadata(writer: CsvWriter, files: readonly TableFile[], options: { base?: string } = {}): MetadataValue {
  checkMetadataArguments(writer, files, options, { base: true })
  const base = options.base ?? null
  const { dialect } = writer
  const pathOf = (name: string) => files.find((file) => file.table === name)?.path ?? `${name}.csv`
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    dialect: csvwDialect(dialect),
    tables: files.map((file) => {
      const table = tableOf(writer, file.table)
      const about = base === null ? null : aboutUrl(table, base)
      // CSVW has no exemption for a key whose cells are empty: such a key is left out.
      const foreignKeys = table.foreignKeys.filter((key) => !key.optional)
      return {
        url: file.path,
        'dc:description': described(table, dialect),
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
          ...(about ? { aboutUrl: about } : {}),
          ...(foreignKeys.length > 0
            ? { foreignKeys: foreignKeys.map((key) => ({ columnReference: key.fields, reference: { resource: pathOf(key.reference.resource), columnReference: key.reference.fields } })) }
            : {})
        }
      }
    })
  }
}

// The fragment the JSON-LD exporter gives a row's node after the document's
// IRI, and the column it is made of (none for the document itself).
const ABOUT: Partial<Record<OutputTable['name'], { prefix: string; column: string } | null>> = {
  documents: null,
  quotes: { prefix: '#quote-', column: 'quote_index' },
  dates: { prefix: '#date-', column: 'date_index' },
  // An entity has one IRI across the corpus, `base` and its id: see aboutUrl.
  entities: { prefix: '', column: 'entity_id' }
}

/** The URI template of a table's rows, the JSON-LD exporter's IRIs; none when its columns are not written. */
function aboutUrl(table: OutputTable, base: string): string | null {
  const fragment = ABOUT[table.name]
  const document = written(table, 'doc_id')
  if (fragment === undefined || document === null) return null
  if (fragment === null) return `${base}{${document}}`
  const column = written(table, fragment.column)
  if (column === null) return null
  // A URI template percent-encodes the id’s `:` as the JSON-LD exporter does.
  return table.name === 'entities' ? `${base}{${column}}` : `${base}{${document}}${fragment.prefix}{${column}}`
}

/** The name a column is written under, or null when it is not written. */
function written(table: OutputTable, source: string): string | null {
  const at = table.sources.indexOf(source)
  return table.columns[at]?.name ?? null
}

function tableOf(writer: CsvWriter, name: OutputTable['name']): OutputTable {
  const table = writer.tables.find((item) => item.name === name)
  if (!table) throw new TypeError(`Table \`${name}\` is not written`)
  return table
}

function checkMetadataArguments(writer: unknown, files: unknown, options: unknown, known: Readonly<Record<string, true>>): void {
  if (typeof writer !== 'object' || writer === null || !Array.isArray((writer as Partial<CsvWriter>).tables)) throw invalid('writer', 'a writer from `csvWriter`', writer)
  if (!Array.isArray(files)) throw invalid('files', 'an array of the files written (`{ table, path, bytes, sha256 }`)', files)
  checkOptions(options, known)
}
