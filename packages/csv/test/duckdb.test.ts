/**
 * A real client: DuckDB reads every table that `writeCsvTables` wrote, strictly,
 * in each profile; joins lose no row; counts and values equal the model.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { documentId } from '@corpus/core'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TABLE_NAMES, TABLES, type DialectName } from '../src/index.js'
import { writeCsvTables } from '../src/node/index.js'
import { inputs } from './support/inputs.js'
import { unescapeField } from './support/read.js'

const all = inputs()
const documents = all.map((input) => input.document)
let connection: DuckDBConnection
const folders: string[] = []

beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect()
})

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

async function rows(sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRows()
}

describe.each([
  ['rfc4180', ',', 'csv'],
  ['excel-fr', ';', 'csv'],
  ['tsv', '\t', 'tsv']
] satisfies Array<[DialectName, string, string]>)('%s', (profile, delimiter, extension) => {
  const folder = mkdtempSync(join(tmpdir(), 'corpus-csv-'))
  folders.push(folder)
  // TSV quotes nothing: DuckDB reads each field as written, and the test unescapes it.
  const quoting = profile === 'tsv' ? "quote = '', escape = ''" : `quote = '"', escape = '"'`
  const table = (name: string) => `read_csv('${join(folder, `${name}.${extension}`)}', header = true, strict_mode = true, delim = '${delimiter === '\t' ? '\\t' : delimiter}', ${quoting}, all_varchar = false)`
  const text = (value: unknown) => (profile === 'tsv' ? unescapeField(String(value)) : value)

  beforeAll(async () => {
    await writeCsvTables(documents, folder, { dialect: profile })
  })

  it.each(TABLE_NAMES)('reads %s strictly, with every row and column', async (name) => {
    const [[count]] = (await rows(`select count(*) from ${table(name)}`)) as [[bigint]]
    const expected = documents.reduce((sum, document) => sum + ({ documents: 1, blocks: document.children.length, sentences: document.sentences.length, quotes: document.quotes.length, dates: document.dates.length, entities: document.entities.length, mentions: document.mentions.length, diagnostics: document.diagnostics.length })[name], 0)
    expect(Number(count)).toBe(expected)
    const columns = (await connection.runAndReadAll(`select * from ${table(name)} limit 1`)).columnNames()
    expect(columns).toEqual(TABLES[name].columns.map((column) => column.name))
  })

  it('joins mentions to their entities without losing a row, and the counts agree', async () => {
    const [[joined, mentions, orphans, disagreeing]] = (await rows(
      `select (select count(*) from ${table('mentions')} m join ${table('entities')} e using (doc_id, entity_id)), (select count(*) from ${table('mentions')}), (select count(*) from ${table('mentions')} m anti join ${table('entities')} e using (doc_id, entity_id)), (select count(*) from ${table('entities')} e where mention_count <> (select count(*) from ${table('mentions')} m where m.doc_id = e.doc_id and m.entity_id = e.entity_id))`
    )) as [[bigint, bigint, bigint, bigint]]
    expect(Number(mentions)).toBeGreaterThan(0)
    expect([Number(joined), Number(orphans), Number(disagreeing)]).toEqual([Number(mentions), 0, 0])
  })

  it('joins blocks to documents on doc_id without losing a row', async () => {
    const [[joined, blocks, orphans]] = (await rows(
      `select (select count(*) from ${table('blocks')} b join ${table('documents')} d using (doc_id)), (select count(*) from ${table('blocks')}), (select count(*) from ${table('blocks')} b anti join ${table('documents')} d using (doc_id))`
    )) as [[bigint, bigint, bigint]]
    expect(Number(joined)).toBe(Number(blocks))
    expect(Number(orphans)).toBe(0)
  })

  it('gives back the model’s values', async () => {
    const fromDuck = await rows(`select doc_id, sha256, block_count, coalesce(date, ''), coalesce(language, '') from ${table('documents')} order by doc_id`)
    const expected = documents
      .map((document) => [documentId(document), document.source.sha256, document.children.length, document.date?.date ?? '', document.language ?? ''])
      .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))
    expect(fromDuck.map((row) => [row[0], row[1], Number(row[2]), String(row[3]), row[4]])).toEqual(expected)
    const quoted = documents.find((document) => document.quotes.length > 2)
    expect(quoted).toBeDefined()
    if (!quoted) return
    const texts = await rows(`select text, depth from ${table('quotes')} where doc_id = '${documentId(quoted)}' order by quote_index`)
    expect(texts.map((row) => [text(row[0]), Number(row[1])])).toEqual(quoted.quotes.map((quote) => [quote.value, quote.depth]))
  })
})
