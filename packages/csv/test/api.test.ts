import { describe, expect, it } from 'vitest'
import * as csv from '../src/index.js'
import * as node from '../src/node/index.js'

describe('public API', () => {
  it('exports exactly these values from @corpus/csv', () => {
    expect(Object.keys(csv).sort()).toEqual(['DIALECTS', 'TABLES', 'TABLE_NAMES', 'csvWriter', 'csvwMetadata', 'dataPackage', 'documentRows', 'formatCell', 'formatRecord', 'toCsv', 'toCsvChunks'])
  })

  it('exports exactly these values from @corpus/csv/node', () => {
    expect(Object.keys(node).sort()).toEqual(['writeCsvTables'])
  })
})
