/**
 * `datapackage.json` validates against the Frictionless Data Package v2 JSON
 * Schema (vendored), in every profile, and its hashes and sizes are the
 * files’.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { afterAll, describe, expect, it } from 'vitest'
import type { DialectName } from '../src/index.js'
import { writeCsvTables } from '../src/node/index.js'
import { inputs } from './support/inputs.js'

// ajv-formats is CommonJS: its function is the default export’s `default` under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv
const schema = JSON.parse(readFileSync(new URL('vendor/datapackage-2.0.json', import.meta.url), 'utf8')) as object
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
const validate = ajv.compile(schema)
const documents = inputs().map((input) => input.document)
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

interface Resource {
  name: string
  path: string
  bytes: number
  hash: string
  dialect: unknown
  schema: { fields: Array<{ name: string; type: string }>; primaryKey?: string[]; uniqueKeys?: string[][]; foreignKeys?: unknown[] }
}

describe('the vendored schema', () => {
  it('refuses what is not a data package', () => {
    expect(validate({ name: 'corpus', resources: {} })).toBe(false)
    expect(validate({ name: 'corpus', resources: [{ name: 'documents', path: 'documents.csv', schema: { fields: [{ name: 'year_month', type: 'year-month' }] } }] })).toBe(false)
  })
})

describe.each(['rfc4180', 'excel', 'excel-fr', 'tsv'] satisfies DialectName[])('%s', (profile) => {
  it('writes a datapackage.json that validates, with the files’ sizes and hashes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'corpus-csv-'))
    folders.push(folder)
    await writeCsvTables(documents, folder, { dialect: profile, name: 'presse-regionale' })
    const datapackage = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as { name: string; resources: Resource[] }
    expect(validate(datapackage), JSON.stringify(validate.errors)).toBe(true)
    expect(datapackage.name).toBe('presse-regionale')
    expect(datapackage.resources.map((resource) => resource.name)).toEqual(['documents', 'blocks', 'sentences', 'quotes', 'dates', 'entities', 'mentions', 'diagnostics'])
    for (const resource of datapackage.resources) {
      const bytes = readFileSync(join(folder, resource.path))
      expect(resource.bytes).toBe(bytes.length)
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`)
    }
    const [documentsResource] = datapackage.resources
    expect(documentsResource?.schema.primaryKey).toEqual(['doc_id'])
    expect(documentsResource?.schema.fields.find((field) => field.name === 'year_month')?.type).toBe('yearmonth')
    expect(datapackage.resources[1]?.schema.foreignKeys).toEqual([{ fields: ['doc_id'], reference: { resource: 'documents', fields: ['doc_id'] } }])
    const quotes = datapackage.resources.find((resource) => resource.name === 'quotes')?.schema
    expect([quotes?.primaryKey, quotes?.uniqueKeys, quotes?.foreignKeys?.[2]]).toEqual([['quote_id'], [['doc_id', 'quote_index']], { fields: ['parent_id'], reference: { resource: 'quotes', fields: ['quote_id'] } }])
    expect(datapackage.resources[0]?.dialect).toEqual(
      profile === 'tsv'
        ? { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: '\t', lineTerminator: '\n', escapeChar: '\\' }
        : { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: profile === 'excel-fr' ? ';' : ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true }
    )
  })
})
