import { parse } from '@corpus/core'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as csv from '../src/index.js'
import * as node from '../src/node/index.js'
import type { CsvOptions, TableName } from '../src/index.js'

describe('public API', () => {
  it('exports exactly these values from @corpus/csv', () => {
    expect(Object.keys(csv).sort()).toEqual(['DIALECTS', 'TABLES', 'TABLE_NAMES', 'csvWriter', 'csvwMetadata', 'dataPackage', 'documentRows', 'formatCell', 'formatRecord', 'toCsv', 'toCsvChunks'])
  })

  it('exports exactly these values from @corpus/csv/node', () => {
    expect(Object.keys(node).sort()).toEqual(['existingTables', 'writeCsvTables'])
  })

  it('types toCsv as every table when the options choose none, as some when they may', () => {
    const documents = [parse('Le conseil a voté le budget.\n')]
    expectTypeOf(csv.toCsv(documents)).toEqualTypeOf<Record<TableName, string>>()
    expectTypeOf(csv.toCsv(documents, { dialect: 'tsv' })).toEqualTypeOf<Record<TableName, string>>()
    expectTypeOf(csv.toCsv(documents, { tables: ['documents'] })).toEqualTypeOf<Partial<Record<TableName, string>>>()
    const options: CsvOptions = { dialect: 'excel' }
    expectTypeOf(csv.toCsv(documents, options)).toEqualTypeOf<Partial<Record<TableName, string>>>()
    expect(Object.keys(csv.toCsv(documents))).toEqual([...csv.TABLE_NAMES])
    expect(Object.keys(csv.toCsv(documents, { tables: ['dates', 'documents'] }))).toEqual(['dates', 'documents'])
  })
})
