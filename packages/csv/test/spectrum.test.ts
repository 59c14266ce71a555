/**
 * The edge cases of csv-spectrum (commas, quotes, CR, LF and CRLF inside
 * fields, UTF-8): each case’s records, written by `formatRecord` and read back
 * strictly, come back equal.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { DIALECTS, formatCell, formatRecord, type Profile } from '../src/index.js'

const folder = join(dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json')), 'json')
const cases = readdirSync(folder).filter((name) => name.endsWith('.json')).sort()

describe('csv-spectrum', () => {
  it('has its cases', () => {
    expect(cases).toContain('quotes_and_newlines.json')
    expect(cases.length).toBeGreaterThanOrEqual(12)
  })

  describe.each(['rfc4180', 'tsv', 'excel-fr'] satisfies Profile[])('%s', (profile) => {
    const dialect = DIALECTS[profile]
    it.each(cases)('%s is written and read back equal', (name) => {
      // One case holds a single record, not a list.
      const parsed = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, string> | Array<Record<string, string>>
      const objects = Array.isArray(parsed) ? parsed : [parsed]
      const header = Object.keys(objects[0] ?? { a: '' })
      const records = [header, ...objects.map((object) => header.map((key) => object[key] ?? ''))]
      const text = records.map((record) => formatRecord(record, dialect)).join('')
      expect(parseCsv(text, { delimiter: dialect.delimiter, record_delimiter: dialect.lineTerminator, relax_quotes: false, relax_column_count: false })).toEqual(records)
    })
  })
})

describe('formatCell', () => {
  const rfc = DIALECTS.rfc4180
  it('quotes a cell holding the delimiter, a quote, CR or LF, and nothing else', () => {
    expect(['a,b', 'a"b', 'a\rb', 'a\nb', 'a\r\nb', 'a;b', 'a\tb', ' a ', ''].map((cell) => formatCell(cell, rfc))).toEqual([
      '"a,b"',
      '"a""b"',
      '"a\rb"',
      '"a\nb"',
      '"a\r\nb"',
      'a;b',
      'a\tb',
      ' a ',
      ''
    ])
    expect(formatCell('a;b', DIALECTS['excel-fr'])).toBe('"a;b"')
    expect(formatCell('a\tb', DIALECTS.tsv)).toBe('"a\tb"')
  })

  it('writes numbers and booleans plainly, and a missing value empty', () => {
    expect([formatCell(12, rfc), formatCell(true, rfc), formatCell(false, rfc), formatCell(null, rfc)]).toEqual(['12', 'true', 'false', ''])
  })
})
