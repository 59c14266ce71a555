/**
 * The edge cases of csv-spectrum (commas, quotes, CR, LF and CRLF inside
 * fields, UTF-8): each case’s records, written by `formatRecord` and read back
 * strictly, come back equal.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DIALECTS, formatCell, formatRecord, type DialectName } from '../src/index.js'
import { readRecords } from './support/read.js'

const folder = join(dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json')), 'json')
const cases = readdirSync(folder).filter((name) => name.endsWith('.json')).sort()

describe('csv-spectrum', () => {
  it('has its cases', () => {
    expect(cases).toContain('quotes_and_newlines.json')
    expect(cases.length).toBeGreaterThanOrEqual(12)
  })

  describe.each(['rfc4180', 'tsv', 'excel-fr'] satisfies DialectName[])('%s', (profile) => {
    const dialect = DIALECTS[profile]
    it.each(cases)('%s is written and read back equal', (name) => {
      // One case holds a single record, not a list.
      const parsed = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, string> | Array<Record<string, string>>
      const objects = Array.isArray(parsed) ? parsed : [parsed]
      const header = Object.keys(objects[0] ?? { a: '' })
      const records = [header, ...objects.map((object) => header.map((key) => object[key] ?? ''))]
      const text = records.map((record) => formatRecord(record, dialect)).join('')
      expect(readRecords(text, dialect)).toEqual(records)
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
  })

  it('escapes tabs, line breaks and backslashes in TSV, and quotes nothing', () => {
    expect(['a\tb', 'a\nb', 'a\r\nb', 'C:\\dossier\\n', '"cité"', 'a,b;c'].map((cell) => formatCell(cell, DIALECTS.tsv))).toEqual(['a\\tb', 'a\\nb', 'a\\r\\nb', 'C:\\\\dossier\\\\n', '"cité"', 'a,b;c'])
    expect(formatRecord(['a\tb', null, 3, 'x\ny'], DIALECTS.tsv)).toBe('a\\tb\t\t3\tx\\ny\n')
  })

  it('refuses backslash escapes with a delimiter other than a tab', () => {
    expect(() => formatCell('a', { ...DIALECTS['excel-fr'], escape: 'backslash' })).toThrow('Invalid `dialect.escape`: expected `quote`, or `backslash` with a tab delimiter, got a string ("backslash")')
  })

  it('writes numbers and booleans plainly, and a missing value empty', () => {
    expect([formatCell(12, rfc), formatCell(true, rfc), formatCell(false, rfc), formatCell(null, rfc)]).toEqual(['12', 'true', 'false', ''])
  })
})
