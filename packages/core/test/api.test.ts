import { describe, expect, it } from 'vitest'
import * as core from '../src/index.js'
import * as node from '../src/node/index.js'

describe('public API', () => {
  it('exports exactly these values from @corpus/core', () => {
    expect(Object.keys(core).sort()).toEqual(['builtinEntries', 'countWords', 'createGazetteer', 'decode', 'documentId', 'documentTitle', 'gazetteerFromCsv', 'gazetteerFromJson', 'location', 'offsetConverter', 'parse', 'parseSourceName', 'toCodePointOffset', 'toCodePointOffsets', 'toUtf8Offset'])
  })

  it('exports exactly these values from @corpus/core/node', () => {
    expect(Object.keys(node).sort()).toEqual(['ReadError', 'parseBytes', 'parseFile', 'readCorpus'])
  })
})
