import { TABLE_NAMES, TABLES, type ColumnChoice, type TableName } from '@corpus/csv'
import { UsageError } from './io.js'

/** The columns of a position that `--columns compact` leaves out: its line and column, which its offsets give again. */
export const LINE_COLUMNS: readonly string[] = ['start_line', 'start_column', 'end_line', 'end_column']

// A column of the tables whose positions have offsets too.
const OFFSET = 'start_utf16'

/** The presets `--columns` takes, besides `table.column` names. */
export const COLUMN_PRESETS = ['all', 'compact'] as const

/**
 * The CSV writer's `columns` option (`include` by table) from `--columns`:
 * `all` (every column, as without it), `compact` (the tables whose
 * positions have offsets written without their line and column), and
 * `table.column` names, comma-separated, which give the columns of their
 * table in order; a table not named is written whole, or compact when
 * `compact` is given too. `undefined` when every column is written. Only the
 * tables in `tables` are written: naming a column of another is refused.
 */
export function columnsOf(value: string | undefined, tables: readonly TableName[] = TABLE_NAMES): Partial<Record<TableName, ColumnChoice>> | undefined {
  if (value === undefined) return undefined
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (items.length === 0) throw new UsageError(`--columns names nothing: give ${COLUMN_PRESETS.join(' or ')}, or columns as table.column, comma-separated`)
  const named = new Map<TableName, string[]>()
  let compact = false
  for (const item of items) {
    const dot = item.indexOf('.')
    if (dot < 0) {
      if (!(COLUMN_PRESETS as readonly string[]).includes(item)) throw new UsageError(`--columns must be ${COLUMN_PRESETS.join(' or ')}, or columns as table.column, not \`${item}\``)
      compact ||= item === 'compact'
      continue
    }
    const [table, column] = [item.slice(0, dot), item.slice(dot + 1)]
    if (!(TABLE_NAMES as readonly string[]).includes(table)) throw new UsageError(`--columns: \`${item}\`: no table ${table}; the tables are ${TABLE_NAMES.join(', ')}`)
    const name = table as TableName
    if (!tables.includes(name)) throw new UsageError(`--columns: \`${item}\`: the table ${name} is not written (--tables)`)
    const known = TABLES[name].columns.map((found) => found.name)
    if (!known.includes(column)) throw new UsageError(`--columns: \`${item}\`: ${name} has no column ${column}; its columns are ${known.join(', ')}`)
    const chosen = named.get(name) ?? []
    if (chosen.includes(column)) throw new UsageError(`--columns: \`${item}\` is named twice`)
    named.set(name, [...chosen, column])
  }
  const columns: Partial<Record<TableName, ColumnChoice>> = {}
  // In the tables' order, whatever the order given: one choice, one record of it in the manifest.
  for (const table of tables) {
    const chosen = named.get(table)
    const all = TABLES[table].columns.map((column) => column.name)
    if (chosen !== undefined) columns[table] = { include: chosen }
    // Only where the offsets stay: a diagnostic's end has its line and column alone.
    else if (compact && all.includes(OFFSET)) columns[table] = { include: all.filter((column) => !LINE_COLUMNS.includes(column)) }
  }
  return Object.keys(columns).length > 0 ? columns : undefined
}
