import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { csvWriter, dataPackage, documentRows, TABLES, toCsv } from '../src/index.js'

// The start of a PNG image, named as an article.
const png = parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), { file: '013_0123456789abcdef.txt' })

describe('a file of bytes that are not text', () => {
  it('has no encoding in its documents row: it was not decoded', () => {
    expect(png.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.fatal])).toEqual([['binary-input', true]])
    const [row] = documentRows(png).documents
    expect(row?.encoding).toBe(null)
    expect(row?.byte_length).toBe(16)
    const tables = toCsv([png], { tables: ['documents'], columns: { documents: { include: ['doc_id', 'byte_length', 'encoding', 'block_count', 'diagnostic_count'] } } })
    expect(tables.documents).toBe('doc_id,byte_length,encoding,block_count,diagnostic_count\r\ndoc-0123456789abcdef,16,,0,1\r\n')
  })

  it('is allowed for by the metadata: the encoding column may be empty', () => {
    const column = TABLES.documents.columns.find((item) => item.name === 'encoding')
    expect(column).toEqual({
      name: 'encoding',
      type: 'string',
      description: 'How the bytes were decoded: utf-8, utf-16le, utf-16be or windows-1252; empty when they are not text (binary input) and were not decoded.',
      term: null,
      required: false
    })
    const metadata = dataPackage(csvWriter({ tables: ['documents'] }), [{ table: 'documents', path: 'documents.csv', bytes: 0, sha256: '' }]) as { resources: Array<{ schema: { fields: Array<Record<string, unknown>> } }> }
    expect(metadata.resources[0]?.schema.fields.find((field) => field.name === 'encoding')).toEqual({ name: 'encoding', type: 'string', description: column?.description })
  })
})
