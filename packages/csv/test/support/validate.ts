/**
 * The checks a Frictionless (Table Schema v2) and a CSVW validator make on a
 * set of tables, written from the specifications and independent of the
 * writer: each table is read as its metadata's dialect says, then its cells
 * checked against their type and `required`, its primary and unique keys for
 * uniqueness, its foreign keys against the table they reference.
 */
import { parse as parseCsv } from 'csv-parse/sync'
import { unescapeField } from './read.js'

/** The text of each file of a set, by path. */
export type Files = Record<string, string>

interface Reading {
  delimiter: string
  lineTerminator: string
  /** The quote character, or `null` where fields are never quoted. */
  quote: string | null
  /** Whether `\t`, `\n`, `\r` and `\\` stand for tab, LF, CR and backslash. */
  backslash: boolean
}

/** The records of a file, header first, read strictly. */
function records(text: string, reading: Reading): string[][] {
  const rows = parseCsv(text, { bom: true, delimiter: reading.delimiter, record_delimiter: reading.lineTerminator, quote: reading.quote ?? false, relax_quotes: false, relax_column_count: false }) as string[][]
  return reading.backslash ? rows.map((row) => row.map(unescapeField)) : rows
}

/** A table as read: its columns' names, and its rows of logical values (`null` for a missing one). */
interface Read {
  columns: string[]
  rows: Array<Array<string | null>>
}

type Check = (value: string) => boolean

const INTEGER = /^[+-]?\d+$/
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The keys of a table's rows, each tuple as one string (JSON, so that no separator is ambiguous). */
function keyOf(row: ReadonlyArray<string | null>, indexes: readonly number[]): { values: Array<string | null>; key: string } {
  const values = indexes.map((index) => row[index] ?? null)
  return { values, key: JSON.stringify(values) }
}

function indexesOf(table: Read, names: readonly string[]): number[] {
  return names.map((name) => {
    const index = table.columns.indexOf(name)
    if (index < 0) throw new Error(`no column ${name}`)
    return index
  })
}

/** Problems of uniqueness: tuples seen twice; a row with a null member is skipped, or an error with `nullIsError` (a primary key). */
function uniqueness(name: string, table: Read, fields: readonly string[], what: string, nullIsError: boolean): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const indexes = indexesOf(table, fields)
  table.rows.forEach((row, at) => {
    const { values, key } = keyOf(row, indexes)
    if (values.includes(null)) {
      if (nullIsError) problems.push(`${name} row ${at + 2}: ${what} ${fields.join(', ')} has a null member`)
      return
    }
    if (seen.has(key)) problems.push(`${name} row ${at + 2}: ${what} ${fields.join(', ')} repeats ${values.join(', ')}`)
    seen.add(key)
  })
  return problems
}

interface ForeignKey {
  fields: string[]
  target: string
  targetFields: string[]
}

/**
 * Problems of a foreign key: a row whose values are not a key of the table
 * referenced. With `allNullSkips` (Frictionless), a row whose members are
 * all null references nothing; a null member otherwise is an error, as
 * frictionless reports it (`values "x, None" not found`).
 */
function references(name: string, table: Read, key: ForeignKey, tables: ReadonlyMap<string, Read>, allNullSkips: boolean): string[] {
  const target = tables.get(key.target)
  if (!target) return [`${name}: foreign key to a missing table ${key.target}`]
  const counts = new Map<string, number>()
  const targetIndexes = indexesOf(target, key.targetFields)
  for (const row of target.rows) {
    const { key: tuple } = keyOf(row, targetIndexes)
    counts.set(tuple, (counts.get(tuple) ?? 0) + 1)
  }
  const problems: string[] = []
  const indexes = indexesOf(table, key.fields)
  table.rows.forEach((row, at) => {
    const { values, key: tuple } = keyOf(row, indexes)
    if (allNullSkips && values.every((value) => value === null)) return
    const shown = values.map((value) => value ?? 'None').join(', ')
    if (values.includes(null)) problems.push(`${name} row ${at + 2}: foreign key ${key.fields.join(', ')} has a null member: values "${shown}" not found in the lookup table "${key.target}"`)
    else if ((counts.get(tuple) ?? 0) !== 1) problems.push(`${name} row ${at + 2}: values "${shown}" ${counts.has(tuple) ? 'match more than one row' : 'not found'} in the lookup table "${key.target}"`)
  })
  return problems
}

/** Problems of the cells: a header other than the columns, a value not of its type, a required value missing. */
function cells(name: string, table: Read, header: readonly string[], columns: ReadonlyArray<{ name: string; check: Check; required: boolean; type: string }>): string[] {
  const problems: string[] = []
  if (JSON.stringify(header) !== JSON.stringify(columns.map((column) => column.name))) problems.push(`${name}: header ${header.join(',')} is not the columns`)
  table.rows.forEach((row, at) => {
    columns.forEach((column, index) => {
      const value = row[index] ?? null
      if (value === null && column.required) problems.push(`${name} row ${at + 2}: ${column.name} is required`)
      if (value !== null && !column.check(value)) problems.push(`${name} row ${at + 2}: ${column.name} ${JSON.stringify(value)} is not of type ${column.type}`)
    })
  })
  return problems
}

// --- Frictionless Data Package v2, Table Schema v2, Table Dialect v2.

interface Field {
  name: string
  type: string
  constraints?: { required?: boolean }
}

interface Resource {
  name: string
  path: string
  dialect?: { delimiter?: string; lineTerminator?: string; quoteChar?: string; doubleQuote?: boolean; escapeChar?: string }
  schema: { fields: Field[]; missingValues?: string[]; primaryKey?: string[]; uniqueKeys?: string[][]; foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> }
}

/** Table Schema types, with their default lexical forms (`trueValues`, `falseValues`, a bare integer). */
const FRICTIONLESS: Record<string, Check> = {
  string: () => true,
  integer: (value) => INTEGER.test(value),
  boolean: (value) => ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(value),
  yearmonth: (value) => YEAR_MONTH.test(value)
}

/** Everything a Frictionless validator reports on a data package and its files; empty when valid. */
export function frictionlessProblems(descriptor: { resources: Resource[] }, files: Files): string[] {
  const problems: string[] = []
  const tables = new Map<string, Read>()
  for (const resource of descriptor.resources) {
    const dialect = resource.dialect ?? {}
    // `escapeChar` and `quoteChar` exclude each other: with an escape character, nothing is quoted.
    const escaped = dialect.escapeChar !== undefined
    if (escaped && dialect.escapeChar !== '\\') problems.push(`${resource.name}: escape character ${dialect.escapeChar ?? ''} not understood`)
    const [header = [], ...rows] = records(files[resource.path] ?? '', { delimiter: dialect.delimiter ?? ',', lineTerminator: dialect.lineTerminator ?? '\r\n', quote: escaped ? null : (dialect.quoteChar ?? '"'), backslash: escaped })
    const missing = resource.schema.missingValues ?? ['']
    const table: Read = { columns: header, rows: rows.map((row) => row.map((value) => (missing.includes(value) ? null : value))) }
    tables.set(resource.name, table)
    const columns = resource.schema.fields.map((field) => ({ name: field.name, type: field.type, required: field.constraints?.required === true, check: FRICTIONLESS[field.type] ?? (() => false) }))
    problems.push(...cells(resource.name, table, header, columns))
    // Primary key fields are required, and so never null.
    if (resource.schema.primaryKey) problems.push(...uniqueness(resource.name, table, resource.schema.primaryKey, 'primary key', true))
    for (const key of resource.schema.uniqueKeys ?? []) problems.push(...uniqueness(resource.name, table, key, 'unique key', false))
  }
  for (const resource of descriptor.resources) {
    const table = tables.get(resource.name)
    if (!table) continue
    for (const key of resource.schema.foreignKeys ?? []) {
      // An empty `resource` is the table itself.
      const target = key.reference.resource === '' ? resource.name : key.reference.resource
      problems.push(...references(resource.name, table, { fields: key.fields, target, targetFields: key.reference.fields }, tables, true))
    }
  }
  return problems
}

// --- CSV on the Web: Metadata Vocabulary for Tabular Data.

interface CsvwColumn {
  name: string
  titles?: string
  datatype?: string
  required?: boolean
}

interface CsvwTable {
  url: string
  dialect?: CsvwDialect
  tableSchema: { columns: CsvwColumn[]; primaryKey?: string | string[]; foreignKeys?: Array<{ columnReference: string | string[]; reference: { resource: string; columnReference: string | string[] } }> }
}

interface CsvwDialect {
  delimiter?: string
  lineTerminators?: string[]
  quoteChar?: string | null
  doubleQuote?: boolean
}

const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value])

/** XML Schema types by CSVW name, with their lexical spaces (CSVW's `boolean` without a format: true, false, 1, 0). */
const CSVW: Record<string, Check> = {
  string: () => true,
  integer: (value) => INTEGER.test(value),
  boolean: (value) => ['true', 'false', '1', '0'].includes(value),
  gYearMonth: (value) => /^-?\d{4,}-(0[1-9]|1[0-2])(Z|[+-]\d\d:\d\d)?$/.test(value)
}

/** Everything a CSVW validator reports on `csv-metadata.json` and its files; empty when valid. */
export function csvwProblems(metadata: { dialect?: CsvwDialect; tables: CsvwTable[] }, files: Files): string[] {
  const problems: string[] = []
  const tables = new Map<string, Read>()
  for (const description of metadata.tables) {
    const dialect = { ...metadata.dialect, ...description.dialect }
    // `doubleQuote: false` makes `\` the escape character; without a quote character, it stands in unquoted fields.
    const quote = dialect.quoteChar === undefined ? '"' : dialect.quoteChar
    const [header = [], ...rows] = records(files[description.url] ?? '', { delimiter: dialect.delimiter ?? ',', lineTerminator: dialect.lineTerminators?.[0] ?? '\r\n', quote, backslash: quote === null && dialect.doubleQuote === false })
    // CSVW's default null is the empty string.
    const table: Read = { columns: header, rows: rows.map((row) => row.map((value) => (value === '' ? null : value))) }
    tables.set(description.url, table)
    const columns = description.tableSchema.columns.map((column) => ({ name: column.titles ?? column.name, type: column.datatype ?? 'string', required: column.required === true, check: CSVW[column.datatype ?? 'string'] ?? (() => false) }))
    problems.push(...cells(description.url, table, header, columns))
    const names = description.tableSchema.columns.map((column) => column.name)
    const byName: Read = { columns: names, rows: table.rows }
    if (description.tableSchema.primaryKey !== undefined) problems.push(...uniqueness(description.url, byName, list(description.tableSchema.primaryKey), 'primary key', true))
  }
  for (const description of metadata.tables) {
    const table = tables.get(description.url)
    if (!table) continue
    const byName: Read = { columns: description.tableSchema.columns.map((column) => column.name), rows: table.rows }
    for (const key of description.tableSchema.foreignKeys ?? []) {
      const target = metadata.tables.find((item) => item.url === key.reference.resource)
      const targetTable = tables.get(key.reference.resource)
      if (!target || !targetTable) {
        problems.push(`${description.url}: foreign key to a missing table ${key.reference.resource}`)
        continue
      }
      const referenced = new Map([[key.reference.resource, { columns: target.tableSchema.columns.map((column) => column.name), rows: targetTable.rows }]])
      // CSVW has no exemption for empty cells: each row must reference exactly one row.
      problems.push(...references(description.url, byName, { fields: list(key.columnReference), target: key.reference.resource, targetFields: list(key.reference.columnReference) }, referenced, false))
    }
  }
  return problems
}
