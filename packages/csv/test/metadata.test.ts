import { jsonLdContext } from '@corpus/jsonld'
import { describe, expect, it } from 'vitest'
import { TABLES, csvWriter, csvwMetadata, type TableFile } from '../src/index.js'

const files: TableFile[] = csvWriter().tables.map((table) => ({ table: table.name, path: `${table.name}.csv`, bytes: 0, sha256: '0'.repeat(64) }))

describe('CSVW metadata', () => {
  it('points columns at the terms the JSON-LD exporter writes', () => {
    const context = jsonLdContext() as Record<string, unknown>
    const written = new Set(Object.values(context).filter((value): value is string => typeof value === 'string' && value.startsWith('schema:')).map((value) => `http://schema.org/${value.slice(7)}`))
    const terms = Object.values(TABLES).flatMap((table) => table.columns.flatMap((column) => (column.term ? [column.term] : [])))
    expect(terms.length).toBeGreaterThan(8)
    expect(terms.filter((term) => !written.has(term))).toEqual([])
  })

  it('gives rows the IRIs the JSON-LD exporter mints', () => {
    const metadata = csvwMetadata(csvWriter(), files, { base: 'https://archives.example/presse/' }) as { tables: Array<{ url: string; tableSchema: { aboutUrl?: string } }> }
    expect(Object.fromEntries(metadata.tables.map((table) => [table.url, table.tableSchema.aboutUrl ?? null]))).toEqual({
      'documents.csv': 'https://archives.example/presse/{doc_id}',
      'blocks.csv': null,
      'sentences.csv': null,
      'quotes.csv': 'https://archives.example/presse/{doc_id}#quote-{quote_index}',
      'dates.csv': 'https://archives.example/presse/{doc_id}#date-{date_index}',
      'entities.csv': 'https://archives.example/presse/{entity_id}',
      'mentions.csv': null,
      'diagnostics.csv': null
    })
  })

  it('gives rows no IRI without a base: the JSON-LD exporter then mints UUID URNs, which no URI template computes', () => {
    const metadata = csvwMetadata(csvWriter(), files) as { tables: Array<{ tableSchema: { aboutUrl?: string } }> }
    expect(metadata.tables.map((table) => table.tableSchema.aboutUrl ?? null)).toEqual(metadata.tables.map(() => null))
  })

  it('keys quotations on quote_id, and leaves out the nesting key whose cells are empty for outermost quotations', () => {
    const metadata = csvwMetadata(csvWriter(), files) as { tables: Array<{ url: string; tableSchema: { primaryKey?: string[]; foreignKeys?: unknown[] } }> }
    const quotes = metadata.tables.find((table) => table.url === 'quotes.csv')?.tableSchema
    expect(quotes?.primaryKey).toEqual(['quote_id'])
    expect(quotes?.foreignKeys).toEqual([
      { columnReference: ['doc_id'], reference: { resource: 'documents.csv', columnReference: ['doc_id'] } },
      { columnReference: ['doc_id', 'block_index'], reference: { resource: 'blocks.csv', columnReference: ['doc_id', 'block_index'] } }
    ])
  })

  it('describes TSV as unquoted, with backslash escapes', () => {
    const metadata = csvwMetadata(csvWriter({ dialect: 'tsv' }), files) as { dialect: unknown; tables: Array<{ 'dc:description': string }> }
    expect(metadata.dialect).toEqual({ delimiter: '\t', encoding: 'utf-8', header: true, headerRowCount: 1, lineTerminators: ['\n'], doubleQuote: false, quoteChar: null, trim: false })
    expect(metadata.tables[0]?.['dc:description']).toBe(
      'One row per document (source file). Tab-separated values (IANA text/tab-separated-values): no field is quoted, and a tab, line feed, carriage return or backslash inside one is written \\t, \\n, \\r or \\\\; read \\t, \\n, \\r and \\\\ back as those characters.'
    )
  })

  it('says in the excel profiles that cells are guarded', () => {
    const guarded = JSON.stringify(csvwMetadata(csvWriter({ dialect: 'excel' }), files))
    expect(guarded).toContain('prefixed with an apostrophe')
    expect(JSON.stringify(csvwMetadata(csvWriter(), files))).not.toContain('apostrophe')
  })
})
