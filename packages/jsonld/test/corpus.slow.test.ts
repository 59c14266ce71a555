import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { corpusToJsonLd, type JsonObject } from '../src/index.js'
import { defaultIri } from './support/iris.js'

describe('corpusToJsonLd with Web Annotations', () => {
  it('takes a document of 200,000 quotations (more than a call can take as arguments)', () => {
    // 600 KB: `«a»` over and over, each a quotation, each an annotation.
    const document = parse('«a»'.repeat(200_000), { file: '001_0a1b2c3d4e5f6071.txt' })
    expect(document.quotes).toHaveLength(200_000)
    const graph = corpusToJsonLd([document], { annotations: true })['@graph']
    expect(graph).toHaveLength(200_001)
    const last = graph.at(-1) as JsonObject
    expect(last.id).toBe(`${defaultIri('doc-0a1b2c3d4e5f6071')}#annotation-quote-199999`)
    expect((last.target as JsonObject).selector).toEqual([
      { type: 'TextPositionSelector', start: 599_998, end: 599_999 },
      { type: 'TextQuoteSelector', exact: 'a', prefix: `»${'«a»'.repeat(10)}«`, suffix: '»' }
    ])
  })
})
