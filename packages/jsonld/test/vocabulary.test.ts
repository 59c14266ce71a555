/**
 * Every class and property in the RDF of every document exists in its
 * vocabulary (schema.org’s release tables, DCMI terms, Web Annotation), and
 * each property stands on a subject of a type in its domain.
 */
import { describe, expect, it } from 'vitest'
import { toJsonLd, corpusToJsonLd, type JsonLdOptions } from '../src/index.js'
import { toNQuads } from './support/loader.js'
import { inputs } from './support/inputs.js'
import { readQuads, type Quad } from './support/nquads.js'
import { ancestors, otherTerms, schemaProperties, schemaTypes } from './support/vocabulary.js'

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const RDF_VALUE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value'
const XSD = 'http://www.w3.org/2001/XMLSchema#'
const DATATYPES = new Set(['date', 'gYear', 'gYearMonth', 'gMonthDay', 'integer', 'nonNegativeInteger'].map((name) => XSD + name))

/** Problems with the vocabulary of these statements, one line each (none is right). */
function vocabularyProblems(quads: Quad[]): string[] {
  const types = new Map<string, string[]>()
  for (const quad of quads) if (quad.predicate === RDF_TYPE) types.set(quad.subject, [...(types.get(quad.subject) ?? []), quad.object.slice(1, -1)])
  const problems: string[] = []
  for (const quad of quads) {
    const datatype = /\^\^<([^>]*)>$/.exec(quad.object)?.[1]
    if (datatype && !DATATYPES.has(datatype) && !otherTerms.has(datatype)) problems.push(`unknown datatype ${datatype}`)
    if (quad.predicate === RDF_TYPE) {
      const type = quad.object.slice(1, -1)
      if (!schemaTypes.has(type) && !otherTerms.has(type)) problems.push(`unknown type ${type}`)
      continue
    }
    if (quad.predicate === RDF_VALUE) continue
    const property = schemaProperties.get(quad.predicate) ?? otherTerms.get(quad.predicate)
    if (!property) {
      problems.push(`unknown property ${quad.predicate}`)
      continue
    }
    if (property.domain.length === 0) continue
    const subjectTypes = (types.get(quad.subject) ?? []).flatMap((type) => [...ancestors(type)])
    if (!property.domain.some((type) => subjectTypes.includes(type))) {
      problems.push(`${quad.predicate} on ${(types.get(quad.subject) ?? ['an untyped node']).join(', ')}, outside its domain ${property.domain.join(', ')}`)
    }
  }
  return [...new Set(problems)]
}

const VARIANTS: Array<[string, JsonLdOptions]> = [
  ['schema', { annotations: true }],
  ['dcterms', { profile: 'dcterms', annotations: true }]
]
const all = inputs()

describe('the checker', () => {
  it('reads the vendored vocabularies', () => {
    expect(schemaTypes.size).toBeGreaterThan(800)
    expect(schemaProperties.get('http://schema.org/dateline')?.domain).toEqual(['http://schema.org/NewsArticle'])
    expect(ancestors('http://schema.org/NewsArticle').has('http://schema.org/CreativeWork')).toBe(true)
  })

  it('finds unknown terms and properties outside their domain', () => {
    const quads: Quad[] = [
      { subject: '_:a', predicate: RDF_TYPE, object: '<http://schema.org/Place>' },
      { subject: '_:a', predicate: 'http://schema.org/dateline', object: '"x"' },
      { subject: '_:a', predicate: 'http://schema.org/headlineX', object: '"x"' },
      { subject: '_:a', predicate: RDF_TYPE, object: '<http://schema.org/NewsArticleX>' }
    ]
    expect(vocabularyProblems(quads)).toEqual([
      'http://schema.org/dateline on http://schema.org/Place, http://schema.org/NewsArticleX, outside its domain http://schema.org/NewsArticle',
      'unknown property http://schema.org/headlineX',
      'unknown type http://schema.org/NewsArticleX'
    ])
  })
})

describe.each(VARIANTS)('%s profile', (_, options) => {
  it.each(all.map((input) => [input.name, input.document] as const))('%s uses its vocabularies correctly', async (_name, document) => {
    expect(vocabularyProblems(readQuads(await toNQuads(toJsonLd(document, options))))).toEqual([])
  })

  it('writes a corpus that uses its vocabularies correctly', async () => {
    const corpus = corpusToJsonLd(
      all.filter((input) => input.name.startsWith('sample/')).map((input) => input.document),
      { ...options, corpus: { name: 'Échantillon' } }
    )
    expect(vocabularyProblems(readQuads(await toNQuads(corpus)))).toEqual([])
  })
})
