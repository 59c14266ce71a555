/**
 * The README's DuckDB queries, run as written on the tables of the sample
 * corpus, print the output the README shows after each.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { writeCsvTables } from '../src/node/index.js'
import { inputs } from './support/inputs.js'
import { scratchFolders } from './support/scratch.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
/** Each `sql` block with the `text` block right after it: the query and what it prints. */
const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map(([, sql = '', output = '']) => ({ sql, output }))
const folder = scratchFolders()

/** Rows as DuckDB's shell shows them without boxes: columns padded to their widest cell, NULL for a missing value. */
function shown(columns: readonly string[], rows: readonly unknown[][]): string {
  const cells = [columns, ...rows.map((row) => row.map((value) => (value === null ? 'NULL' : String(value))))]
  const widths = columns.map((_, index) => Math.max(...cells.map((row) => (row[index] ?? '').length)))
  return cells.map((row) => row.map((cell, index) => cell.padEnd((widths[index] ?? 0) + 2)).join('').trimEnd()).join('\n') + '\n'
}

describe('the README', () => {
  it('shows DuckDB queries with their output', () => {
    expect(queries.length).toBe(2)
  })

  it.each(queries.map((query, index) => [index + 1, query] as const))('query %i prints what it shows', async (_, { sql, output }) => {
    const out = folder()
    await writeCsvTables(
      inputs()
        .filter((input) => input.name.startsWith('sample/'))
        .map((input) => input.document),
      join(out, 'tables')
    )
    const connection = await (await DuckDBInstance.create(':memory:')).connect()
    const result = await connection.runAndReadAll(sql.replaceAll("'tables/", `'${join(out, 'tables')}/`))
    expect(shown(result.columnNames(), result.getRows())).toBe(output)
  })
})
