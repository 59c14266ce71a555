/** A cell before quoting: text, a number, a boolean, or `null` for a missing value (written empty). */
export type Cell = string | number | boolean | null

/** One row of a table, by column name. */
export type Row = Record<string, Cell>

/** The tables this package writes, linked by `doc_id`. */
export type TableName = 'documents' | 'blocks' | 'sentences' | 'quotes' | 'dates' | 'entities' | 'mentions' | 'diagnostics'

/** Frictionless field types the columns use. */
export type FieldType = 'string' | 'integer' | 'boolean' | 'yearmonth'

/** A column of a table. */
export interface Column {
  /** Its name in the header. */
  name: string
  /** Its value type, as the Frictionless table schema and CSVW metadata give it. */
  type: FieldType
  /** What it holds, in one sentence. */
  description: string
  /** The vocabulary term it stands for (the JSON-LD exporter’s), when there is one. */
  term: string | null
  /** Whether it is never empty. */
  required: boolean
}

/** A table: its columns, key and links to other tables. */
export interface Table {
  /** Its name, and its file's (`quotes` is `quotes.csv`). */
  name: TableName
  /** What one row is. */
  description: string
  /** Its columns, in order. */
  columns: Column[]
  /** The columns whose values identify a row. */
  primaryKey: string[]
  /** Other sets of columns whose values identify a row (Frictionless `uniqueKeys`). */
  uniqueKeys: string[][]
  /** The columns that point at the key of another table. */
  foreignKeys: Array<{
    /** The columns of this table. */
    fields: string[]
    /** What they point at. */
    reference: {
      /** The table. */
      resource: TableName
      /** Its columns, in the order of `fields`. */
      fields: string[]
    }
    /**
     * Whether its one column is empty where the row references nothing (an
     * outermost quotation has no parent). Frictionless skips such a row;
     * CSVW has no such exemption, so its metadata leaves the key out.
     */
    optional?: boolean
  }>
}

/** A CSV dialect: the named ones are listed in `DIALECTS`. */
export interface Dialect {
  /** Field separator. */
  delimiter: string
  /** Record terminator. */
  lineTerminator: '\r\n' | '\n'
  /** Whether the file starts with a UTF-8 byte order mark (Excel needs it to read UTF-8). */
  bom: boolean
  /**
   * Whether cells that a spreadsheet would run as a formula (starting with `=`,
   * `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.
   */
  formulaGuard: boolean
  /**
   * How a cell holding the delimiter, a quote or a line break is written:
   * `quote` (default) quotes it and doubles its quotes (RFC 4180); `backslash`
   * never quotes, and writes tab, line feed, carriage return and backslash as
   * `\t`, `\n`, `\r` and `\\`, so that no field holds a tab or a line break
   * (IANA `text/tab-separated-values`; tab-delimited dialects only).
   */
  escape?: 'quote' | 'backslash'
}

/** The names of the dialects. */
export type DialectName = 'rfc4180' | 'excel' | 'excel-fr' | 'tsv'

/** Which columns of a table to write, and under which names. */
export interface ColumnChoice {
  /** The columns to write, in this order (default: all, in the table’s order). */
  include?: string[]
  /** New names for columns, by their default name. */
  rename?: Record<string, string>
}

/** Options of the CSV writer. */
export interface CsvOptions {
  /** The dialect (default `rfc4180`). */
  dialect?: DialectName
  /** The tables to write (default: all). */
  tables?: TableName[]
  /** Column choices by table. */
  columns?: Partial<Record<TableName, ColumnChoice>>
}
