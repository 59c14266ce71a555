/**
 * Ids that look like numbers: source files whose 16 hex digits are all
 * digits, or digits around an `e` (a number in exponent notation), give ids
 * that DuckDB's auto-detection and csv-parse's `cast` read back as the exact
 * text, so that joins on them hold.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@corpus/core'
import { DuckDBInstance } from '@duckdb/node-api'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeCsvTables } from '../src/node/index.js'
import { scratchFolders } from './support/scratch.js'

const TEXT = 'Le ministre de l’Arménie a déclaré : « Nous avons entendu “la paix” et rien d’autre. »\n'
const documents = [parse(TEXT, { file: '001_0123456789012345.txt' }), parse(TEXT, { file: '002_12e4567890123456.txt' })]
const IDS = ['doc-0123456789012345', 'doc-12e4567890123456']
const folder = scratchFolders()
let out = ''

beforeAll(async () => {
  out = folder()
  await writeCsvTables(documents, out)
})

describe('DuckDB, with read_csv’s defaults', () => {
  const table = (name: string) => `read_csv('${join(out, `${name}.csv`)}')`

  async function query(sql: string): Promise<{ columns: string[]; types: string[]; rows: unknown[][] }> {
    const connection = await (await DuckDBInstance.create(':memory:')).connect()
    const result = await connection.runAndReadAll(sql)
    return { columns: result.columnNames(), types: result.columnTypes().map(String), rows: result.getRows() }
  }

  it('reads every id column as text', async () => {
    const types = async (name: string, columns: string[]) => {
      const { types: found } = await query(`select ${columns.join(', ')} from ${table(name)}`)
      return found
    }
    expect(await types('documents', ['doc_id', 'source_file', 'sha256'])).toEqual(['VARCHAR', 'VARCHAR', 'VARCHAR'])
    expect(await types('quotes', ['doc_id', 'quote_id', 'parent_id'])).toEqual(['VARCHAR', 'VARCHAR', 'VARCHAR'])
    expect(await types('entities', ['doc_id', 'entity_id'])).toEqual(['VARCHAR', 'VARCHAR'])
    expect(await types('mentions', ['doc_id', 'entity_id'])).toEqual(['VARCHAR', 'VARCHAR'])
  })

  it('gives back the ids as written', async () => {
    expect((await query(`select doc_id from ${table('documents')} order by doc_id`)).rows).toEqual(IDS.map((id) => [id]))
    expect((await query(`select quote_id, parent_id from ${table('quotes')} order by quote_id`)).rows).toEqual([
      [`${IDS[0] ?? ''}#quote-0`, null],
      [`${IDS[0] ?? ''}#quote-1`, `${IDS[0] ?? ''}#quote-0`],
      [`${IDS[1] ?? ''}#quote-0`, null],
      [`${IDS[1] ?? ''}#quote-1`, `${IDS[1] ?? ''}#quote-0`]
    ])
  })

  it('joins on them: quotations to documents, to the quotation they stand in, and mentions to entities', async () => {
    const { rows } = await query(
      `select (select count(*) from ${table('quotes')} q join ${table('documents')} d using (doc_id)),
              (select count(*) from ${table('quotes')} q join ${table('quotes')} p on q.parent_id = p.quote_id),
              (select count(*) from ${table('mentions')} m join ${table('entities')} e using (doc_id, entity_id))`
    )
    expect(rows.map((row) => row.map(Number))).toEqual([[4, 2, 2]])
  })
})

describe('csv-parse, casting values', () => {
  const read = (name: string) => parseCsv(readFileSync(join(out, `${name}.csv`), 'utf8'), { columns: true, cast: true }) as Array<Record<string, unknown>>

  it('would read bare 16 hex digits as a number, losing the leading zero: why there is no source_id column', () => {
    expect(parseCsv('source_id\r\n0123456789012345\r\n', { columns: true, cast: true })).toEqual([{ source_id: 123456789012345 }])
  })

  it('reads the ids as the text written, and the indexes as numbers', () => {
    expect(read('documents').map((row) => [row.doc_id, row.ordinal])).toEqual([
      [IDS[0], 1],
      [IDS[1], 2]
    ])
    expect(read('quotes').map((row) => [row.doc_id, row.quote_index, row.quote_id, row.parent_id])).toEqual([
      [IDS[0], 0, `${IDS[0] ?? ''}#quote-0`, ''],
      [IDS[0], 1, `${IDS[0] ?? ''}#quote-1`, `${IDS[0] ?? ''}#quote-0`],
      [IDS[1], 0, `${IDS[1] ?? ''}#quote-0`, ''],
      [IDS[1], 1, `${IDS[1] ?? ''}#quote-1`, `${IDS[1] ?? ''}#quote-0`]
    ])
    expect(read('entities').map((row) => [row.doc_id, row.entity_id])).toEqual([
      [IDS[0], 'country:AM'],
      [IDS[1], 'country:AM']
    ])
  })
})
