/**
 * Every class and property in the RDF of every document exists in its
 * vocabulary (schema.org’s release tables, DCMI terms, Web Annotation), and
 * each property stands on a subject of a type in its domain.
 */
import { describe, expect, it } from 'vitest'
import { toJsonLd, corpusToJsonLd, type JsonLdOptions } from '../src/index.js'
import { toNQuads } from './support/loader.js'
import { inputs } from './support/inputs.js'
import { vocabularyProblems } from './support/check-vocabulary.js'
import { readQuads, type Quad } from './support/nquads.js'
import { ancestors, schemaProperties, schemaTypes } from './support/vocabulary.js'

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

const VARIANTS: Array<[string, JsonLdOptions]> = [
  ['schema', { annotations: true }],
  ['dcterms', { vocabulary: 'dcterms', annotations: true }]
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

  it('finds values outside their range', () => {
    const article = { subject: '_:a', predicate: RDF_TYPE, object: '<http://schema.org/NewsArticle>' }
    const quads: Quad[] = [
      article,
      { subject: '_:v', predicate: RDF_TYPE, object: '<http://schema.org/PropertyValue>' },
      { subject: '_:v', predicate: 'http://schema.org/value', object: '"2024-04-02"^^<http://www.w3.org/2001/XMLSchema#date>' },
      { subject: '_:a', predicate: 'http://schema.org/wordCount', object: '"12"' },
      { subject: '_:a', predicate: 'http://schema.org/locationCreated', object: '"Lorient"' },
      { subject: '_:a', predicate: 'http://schema.org/sourceOrganization', object: '_:p' },
      { subject: '_:p', predicate: RDF_TYPE, object: '<http://schema.org/Place>' },
      { subject: '_:n', predicate: RDF_TYPE, object: '<http://www.w3.org/ns/oa#Annotation>' },
      { subject: '_:n', predicate: 'http://www.w3.org/ns/oa#motivatedBy', object: '<http://www.w3.org/ns/oa#Annotation>' },
      { subject: '_:a', predicate: 'http://purl.org/dc/terms/issued', object: '_:p' }
    ]
    expect(vocabularyProblems(quads)).toEqual([
      'http://schema.org/value holds a literal of http://www.w3.org/2001/XMLSchema#date, outside its range http://schema.org/Boolean, http://schema.org/Number, http://schema.org/StructuredValue, http://schema.org/Text',
      'http://schema.org/wordCount holds a literal of http://www.w3.org/2001/XMLSchema#string, outside its range http://schema.org/Integer',
      'http://schema.org/locationCreated holds a literal of http://www.w3.org/2001/XMLSchema#string, outside its range http://schema.org/Place',
      'http://schema.org/sourceOrganization holds a http://schema.org/Place, outside its range http://schema.org/Organization',
      'http://www.w3.org/ns/oa#motivatedBy holds <http://www.w3.org/ns/oa#Annotation>, not a motivation',
      'http://purl.org/dc/terms/issued holds a resource, where its range http://www.w3.org/2000/01/rdf-schema#Literal takes literals'
    ])
  })
})

describe.each(VARIANTS)('%s vocabulary', (_, options) => {
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
