/**
 * The catalogue shapes (`shapes/catalogue.ttl`), checked by a SHACL validator
 * on the RDF of every record of the sample corpus and the fixtures, in both
 * vocabularies, as a catalogue would load them.
 */
import { readFileSync } from 'node:fs'
import { parse, type Document } from '@corpus/core'
import { Parser, Store } from 'n3'
import SHACLValidator from 'rdf-validate-shacl'
import { describe, expect, it } from 'vitest'
import { toJsonLd, type JsonLdOptions } from '../src/index.js'
import { inputs } from './support/inputs.js'
import { toNQuads } from './support/loader.js'

const shapes = new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(new URL('../shapes/catalogue.ttl', import.meta.url), 'utf8')))
const corpus = { name: 'Presse régionale', license: 'https://creativecommons.org/licenses/by/4.0/' }

/** The messages of the shapes' violations for one record (none when it conforms). */
async function violations(document: Document, options: JsonLdOptions): Promise<string[]> {
  const data = new Store(new Parser({ format: 'application/n-quads' }).parse(await toNQuads(toJsonLd(document, options))))
  const report = await new SHACLValidator(shapes).validate(data)
  return report.results.map((result) => `${result.path?.value ?? ''}: ${result.message.map((message) => message.value).join(' ')}`).sort()
}

// Records of articles: files with text, in a known language (the shapes ask a catalogue record for its language).
const articles = inputs().filter(({ document }) => document.children.length > 0 && document.language !== null && !document.diagnostics.some((diagnostic) => diagnostic.fatal))

describe('catalogue shapes', () => {
  it('cover the sample corpus', () => {
    expect(articles.filter((input) => input.name.startsWith('sample/')).length).toBe(10)
  })

  it.each(articles.map((input) => [input.name, input.document] as const))('%s conforms in both vocabularies', async (_name, document) => {
    expect(await violations(document, { corpus })).toEqual([])
    expect(await violations(document, { corpus, vocabulary: 'dcterms' })).toEqual([])
  })

  it('report a collection without a licence, and a record whose fixity value is damaged', async () => {
    const document = parse(' date 2024-03 Le conseil municipal a voté le budget. La séance a duré trois heures.', { file: '012_5f3a9c0e7b1d2468.txt' })
    expect(await violations(document, { corpus: { name: 'Presse régionale' }, vocabulary: 'dcterms' })).toEqual(['http://purl.org/dc/terms/license: A collection has a licence, an IRI.'])
    expect(await violations(document, { corpus: { name: 'Presse régionale' } })).toEqual(['http://schema.org/license: A dataset has a licence, an IRI.'])
    const damaged = { ...document, source: { ...document.source, sha256: 'abc' } }
    expect(await violations(damaged, { corpus, vocabulary: 'dcterms' })).toEqual(['http://purl.org/dc/terms/identifier: A record has its identifiers, one of them the SHA-256 of its bytes (sha256:<64 hex>).'])
  })
})
