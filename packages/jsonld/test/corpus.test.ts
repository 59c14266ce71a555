import { parse, type Document } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { corpusToJsonLd, jsonLdContext, toJsonLd, toNdjson, type JsonObject } from '../src/index.js'
import { expand } from './support/loader.js'
import { defaultIri } from './support/iris.js'

const documents = [
  parse(' date 2024-02 Le tramway de Besançon rouvre le 5 février après six mois de travaux.', { file: '001_0a1b2c3d4e5f6071.txt' }),
  parse('La médiathèque de Vannes prolonge ses horaires le samedi.', { file: '002_1b2c3d4e5f607182.txt' })
]

async function* slowly(items: Document[]) {
  for (const item of items) yield await Promise.resolve(item)
}

describe('corpusToJsonLd', () => {
  it('writes the corpus as a Dataset whose parts are the articles', () => {
    const corpus = corpusToJsonLd(documents, { base: 'https://archives.example/presse/', corpus: { name: 'Presse régionale' } })
    expect(corpus['@id']).toBe('https://archives.example/presse/')
    expect(corpus['@type']).toBe('Dataset')
    expect(corpus.name).toBe('Presse régionale')
    const parts = corpus.hasPart as JsonObject[]
    expect(parts.map((part) => part['@id'])).toEqual(['https://archives.example/presse/doc-0a1b2c3d4e5f6071', 'https://archives.example/presse/doc-1b2c3d4e5f607182'])
    const corpusRef = { '@id': 'https://archives.example/presse/', '@type': 'Dataset', name: 'Presse régionale' }
    expect(parts.map((part) => part.isPartOf)).toEqual([corpusRef, corpusRef])
    expect(parts.every((part) => !('@context' in part))).toBe(true)
  })

  it('names the corpus only when given a name, and takes its IRI from the options', () => {
    const corpus = corpusToJsonLd(documents, { corpus: { id: 'https://archives.example/fonds/12' } })
    expect('name' in corpus).toBe(false)
    expect(corpus['@id']).toBe('https://archives.example/fonds/12')
  })

  it('writes a DCMI Collection in the Dublin Core vocabulary', async () => {
    const corpus = corpusToJsonLd(documents, { vocabulary: 'dcterms', corpus: { name: 'Presse régionale' } })
    expect(corpus['@type']).toBe('dcmitype:Collection')
    expect(corpus['dcterms:title']).toBe('Presse régionale')
    expect((corpus['dcterms:hasPart'] as JsonObject[]).length).toBe(2)
    await expect(expand(corpus)).resolves.toHaveLength(1)
  })

  it('puts the annotations beside the corpus in a graph', () => {
    const corpus = corpusToJsonLd(documents, { annotations: true })
    const graph = corpus['@graph'] as JsonObject[]
    // Nothing identifies the corpus (no id, base or name): it is a blank node.
    expect(graph.map((node) => node['@id'] ?? node.id ?? null)).toEqual([
      null,
      `${defaultIri('doc-0a1b2c3d4e5f6071')}#annotation-date-0`,
      // Besançon and Vannes, communes the gazetteer knows.
      `${defaultIri('doc-0a1b2c3d4e5f6071')}#annotation-entity-0`,
      `${defaultIri('doc-1b2c3d4e5f607182')}#annotation-entity-0`
    ])
  })

  it('refuses two different files with the same id, and writes the same bytes under two names', async () => {
    const twin = parse('Un autre texte sous le même nom.', { file: '001_0a1b2c3d4e5f6071.txt' })
    const message = 'Two different files have the id `doc-0a1b2c3d4e5f6071`: 001_0a1b2c3d4e5f6071.txt and 001_0a1b2c3d4e5f6071.txt'
    expect(() => corpusToJsonLd([...documents, twin])).toThrow(message)
    const lines = toNdjson([...documents, twin])
    await expect(lines.next()).resolves.toMatchObject({ done: false })
    await lines.next()
    await expect(lines.next()).rejects.toThrow(message)
    const copy = parse(' date 2024-02 Le tramway de Besançon rouvre le 5 février après six mois de travaux.', { file: '009_0a1b2c3d4e5f6071.txt' })
    const corpus = corpusToJsonLd([...documents, copy])
    expect((corpus.hasPart as JsonObject[]).map((part) => part['@id'])).toEqual([`${defaultIri('doc-0a1b2c3d4e5f6071')}`, `${defaultIri('doc-1b2c3d4e5f607182')}`, `${defaultIri('doc-0a1b2c3d4e5f6071')}`])
  })

  it('writes an empty corpus', () => {
    expect(corpusToJsonLd([])).toEqual({ '@context': jsonLdContext(), '@id': '_:corpus', '@type': 'Dataset', hasPart: [] })
  })

  it('identifies the corpus by its id, else its base, else a UUID URN of its name', () => {
    expect(corpusToJsonLd([], { corpus: { id: 'https://archives.example/fonds/12' } })['@id']).toBe('https://archives.example/fonds/12')
    expect(corpusToJsonLd([], { base: 'https://archives.example/presse/' })['@id']).toBe('https://archives.example/presse/')
    expect(corpusToJsonLd([], { corpus: { name: 'Presse régionale' } })['@id']).toBe(defaultIri('dataset:Presse régionale'))
  })

  it('describes the corpus as a catalogue needs: name, description, licence, publisher, creator', () => {
    const corpus = { name: 'Presse régionale', description: 'Articles de la presse régionale, 2020–2024.', license: 'https://creativecommons.org/licenses/by/4.0/', publisher: 'Archives de Lurcy', creator: 'Service des archives' }
    expect(corpusToJsonLd([], { corpus })).toEqual({
      '@context': jsonLdContext(),
      '@id': defaultIri('dataset:Presse régionale'),
      '@type': 'Dataset',
      name: 'Presse régionale',
      description: 'Articles de la presse régionale, 2020–2024.',
      license: { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
      publisher: { '@type': 'Organization', name: 'Archives de Lurcy' },
      creator: { '@type': 'Organization', name: 'Service des archives' },
      hasPart: []
    })
    expect(corpusToJsonLd([], { vocabulary: 'dcterms', corpus })).toMatchObject({
      'dcterms:title': 'Presse régionale',
      'dcterms:description': 'Articles de la presse régionale, 2020–2024.',
      'dcterms:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
      'dcterms:publisher': { '@type': 'dcterms:Agent', 'rdfs:label': 'Archives de Lurcy' },
      'dcterms:creator': { '@type': 'dcterms:Agent', 'rdfs:label': 'Service des archives' }
    })
    expect(() => toJsonLd(parse('Texte.'), { corpus: { license: 'CC BY' } })).toThrow(TypeError)
    expect(() => toJsonLd(parse('Texte.'), { corpus: { name: '' } })).toThrow('Invalid `corpus.name` "": expected a non-empty string')
  })
})

describe('toNdjson', () => {
  it('streams one JSON-LD document per line, from an async iterable', async () => {
    const lines: string[] = []
    for await (const line of toNdjson(slowly(documents), { context: 'reference' })) lines.push(line)
    expect(lines.length).toBe(2)
    expect(lines.every((line) => line.endsWith('}\n') && !line.slice(0, -1).includes('\n'))).toBe(true)
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(documents.map((document) => toJsonLd(document, { context: 'reference' })))
  })

  it('takes a plain iterable too', async () => {
    const lines: string[] = []
    for await (const line of toNdjson(documents)) lines.push(line)
    expect(lines).toEqual(documents.map((document) => `${JSON.stringify(toJsonLd(document))}\n`))
  })
})

describe('jsonLdContext', () => {
  it('references schema.org and keeps propertyID a name and encodingFormat a media type', () => {
    expect(jsonLdContext({ context: 'reference' })).toEqual(['https://schema.org/', { propertyID: { '@id': 'schema:propertyID' }, encodingFormat: { '@id': 'schema:encodingFormat' } }])
  })

  it('embeds the Dublin Core context even when asked to reference one: none is published', () => {
    expect(jsonLdContext({ vocabulary: 'dcterms', context: 'reference' })).toEqual(jsonLdContext({ vocabulary: 'dcterms' }))
  })
})
