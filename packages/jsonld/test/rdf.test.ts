/**
 * Every document the project knows (the seeds, the sample corpus, every core
 * fixture), in every vocabulary and context mode, goes through jsonld.js in safe
 * mode: expansion and conversion to RDF fail on any dropped term, relative
 * IRI or malformed value.
 */
import { describe, expect, it } from 'vitest'
import { documentId } from '@corpus/core'
import { toJsonLd, type JsonLdOptions } from '../src/index.js'
import { expand, toNQuads } from './support/loader.js'
import { inputs, seedsAvailable } from './support/inputs.js'
import { defaultIri } from './support/iris.js'
import { inFurniture } from './support/furniture.js'

const VARIANTS: Array<[string, JsonLdOptions]> = [
  ['schema', {}],
  ['schema, referenced context', { context: 'reference' }],
  ['schema, annotations', { annotations: true }],
  ['schema, annotations, referenced context', { annotations: true, context: 'reference' }],
  ['dcterms', { vocabulary: 'dcterms' }],
  ['dcterms, annotations', { vocabulary: 'dcterms', annotations: true }]
]

const all = inputs()

describe('inputs', () => {
  it('holds the sample corpus and the fixtures, and the seeds when present', () => {
    expect(all.filter((input) => input.name.startsWith('sample/')).length).toBe(10)
    expect(all.filter((input) => input.name.startsWith('fixture/')).length).toBeGreaterThanOrEqual(100)
    expect(all.filter((input) => input.name.startsWith('seed/')).length).toBe(seedsAvailable ? 5 : 0)
  })
})

describe.each(VARIANTS)('%s', (_, options) => {
  it.each(all.map((input) => [input.name, input.document] as const))('%s expands and converts to RDF with no term dropped', async (_name, document) => {
    const output = toJsonLd(document, options)
    const iri = defaultIri(documentId(document))
    const expanded = (await expand(output)) as Array<Record<string, unknown>>
    // The record, then one node per annotation of an article, but for what stands in page furniture: nothing else, nothing lost.
    const readable = document.children.length > 0 && !document.diagnostics.some((diagnostic) => diagnostic.fatal)
    const inText = (position: { start: { offset: number } }) => !inFurniture(document, position.start.offset)
    const annotations =
      options.annotations && readable
        ? [
            ...document.quotes.flatMap((quote, index) => (quote.value === '' || !inText(quote.inner) ? [] : [`${iri}#annotation-quote-${index}`])),
            ...document.dates.flatMap((date, index) => (inText(date.position) ? [`${iri}#annotation-date-${index}`] : [])),
            ...document.mentions.flatMap((mention, index) => (inText(mention.position) ? [`${iri}#annotation-entity-${index}`] : []))
          ]
        : []
    expect(expanded.map((node) => node['@id'])).toEqual([iri, ...annotations])
    const quads = await toNQuads(output)
    const partOf = options.vocabulary === 'dcterms' ? 'http://purl.org/dc/terms/isPartOf' : 'http://schema.org/isPartOf'
    expect(quads).toContain(readable || options.vocabulary !== 'dcterms' ? `<${iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ` : `<${iri}> <${partOf}> _:b`)
  })
})
