/**
 * The bytes of `formatRecord` next to csv-stringify’s and papaparse’s on the
 * same cells (every record of every table of every input, and the edge cases
 * below): identical but in two documented ways, each a choice of theirs.
 */
import { stringify } from 'csv-stringify/sync'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { DIALECTS, TABLES, TABLE_NAMES, documentRows, formatRecord, type Cell } from '../src/index.js'
import { inputs } from './support/inputs.js'

const dialect = DIALECTS.rfc4180
const EDGES: Cell[][] = [['a\nb', 'a\rb', 'a\r\nb', ' lead', 'trail ', 'a"b', 'a,b', '', null, true, false, 12, '=1+1', 'é😀', 'a\ufeffb']]
const records: Cell[][] = [
  ...EDGES,
  ...inputs().flatMap((input) => {
    const rows = documentRows(input.document)
    return TABLE_NAMES.flatMap((table) => rows[table].map((row) => TABLES[table].columns.map((column) => row[column.name] ?? null)))
  })
]
const text = (cell: Cell) => (typeof cell === 'string' ? cell : '')

describe('next to csv-stringify', () => {
  it('differs only where csv-stringify leaves a lone CR or LF unquoted', () => {
    const differing = records.filter((record) => formatRecord(record, dialect) !== stringify([record], { record_delimiter: 'windows', cast: { boolean: (value) => String(value) } }))
    const unquotedBreak = (cell: Cell) => /[\r\n]/.test(text(cell)) && !/[",]|\r\n/.test(text(cell))
    expect(differing).toEqual(records.filter((record) => record.some(unquotedBreak)))
    expect(differing.length).toBeGreaterThan(0)
  })
})

describe('next to papaparse', () => {
  it('differs only where papaparse quotes a cell that starts or ends with a space, or holds U+FEFF', () => {
    const differing = records.filter((record) => formatRecord(record, dialect) !== `${Papa.unparse([record], { newline: '\r\n' })}\r\n`)
    const spaced = (cell: Cell) => /^ | $|\ufeff/.test(text(cell)) && !/[",\r\n]/.test(text(cell))
    expect(differing).toEqual(records.filter((record) => record.some(spaced)))
    expect(differing.length).toBeGreaterThan(0)
  })
})
