import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { corpusToJsonLd, toJsonLd, toNdjson, type CorpusInfo, type JsonLdOptions } from '../src/index.js'
import { toNQuads } from './support/loader.js'
import { defaultIri } from './support/iris.js'

const document = parse('Le marché couvert rouvre le 3 mai après travaux.', { file: '012_5f3a9c0e7b1d2468.txt' })

describe('IRI options', () => {
  it('mints document IRIs from any absolute base without a fragment', async () => {
    for (const base of ['https://archives.example/presse/', 'urn:fonds:12:', 'tag:archives.example,2024:presse/', 'https://archives.example/fonds/é/', 'https://archives.example/notice?id=', 'http://[2001:db8::1]/presse/']) {
      expect(toJsonLd(document, { base })['@id']).toBe(`${base}doc-5f3a9c0e7b1d2468`)
      expect(await toNQuads(toJsonLd(document, { base, annotations: true }))).toContain(`<${base}doc-5f3a9c0e7b1d2468#annotation-date-0>`)
    }
  })

  it('mints a valid, stable UUID URN without a base (RFC 9562), for documents and entities alike', () => {
    const record = toJsonLd(parse('Le maire de Lorient a signé. Le maire de Lorient est parti.', { file: '012_5f3a9c0e7b1d2468.txt' }))
    const uuid = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    expect(record['@id']).toMatch(uuid)
    expect(record['@id']).toBe(defaultIri('doc-5f3a9c0e7b1d2468'))
    expect(record.about).toEqual({ '@id': defaultIri('place:lorient') })
    // Entities get one IRI across the corpus: the same in another document.
    expect(toJsonLd(parse('Retour à Lorient.', { file: '013_6f3a9c0e7b1d2468.txt' })).mentions).toContainEqual(expect.objectContaining({ '@id': defaultIri('place:lorient') }))
    // With a base, an entity is the base and its id, percent-encoded.
    expect(toJsonLd(parse('Le maire de Lorient a signé. Le maire de Lorient est parti.'), { base: 'https://archives.example/presse/' }).about).toEqual({ '@id': 'https://archives.example/presse/place%3Alorient' })
  })

  it('refuses a base that is not an absolute IRI kept as written, holds a fragment or does not end apart', () => {
    const invalid = [
      ['', 'expected an absolute IRI'],
      ['presse/', 'expected an absolute IRI'],
      ['_:b', 'expected an absolute IRI'],
      ['https://archives.example/a b/', 'a character IRIs forbid'],
      ['https://archives.example/<x>/', 'a character IRIs forbid'],
      ['https://archives.example/%zz/', 'a character IRIs forbid'],
      ['https://archives.example/[x]/', 'a character IRIs forbid'],
      ['https://archives.example/\ud800/', 'a character IRIs forbid'],
      ['urn:x\u0000:', 'a control character'],
      ['urn:x\u0085:', 'a control character'],
      ['schema:fonds/', '`schema:` is a prefix of the contexts used'],
      ['oa:', '`oa:` is a prefix of the contexts used'],
      ['https://', 'it has no host'],
      ['https://archives.example/presse#', 'a base cannot hold `#`'],
      ['https://archives.example/presse', 'a base must end with `/`, `:` or `=`']
    ]
    for (const [base = '', problem = ''] of invalid) {
      expect(() => toJsonLd(document, { base }), JSON.stringify(base)).toThrow(problem)
      expect(() => toJsonLd(document, { base }), JSON.stringify(base)).toThrow(TypeError)
    }
    expect(() => toJsonLd(document, { base: 'https://archives.example/presse#' })).toThrow(
      'Invalid `base` "https://archives.example/presse#": a base cannot hold `#`, since the parts of a document are fragments of its IRI'
    )
  })

  it('refuses a corpus IRI that is not absolute, and takes one with a fragment', () => {
    expect(() => corpusToJsonLd([document], { corpus: { id: 'fonds/12' } })).toThrow('Invalid `corpus.id` "fonds/12": expected an absolute IRI')
    expect(() => toJsonLd(document, { corpus: { id: '' } })).toThrow(TypeError)
    expect(corpusToJsonLd([document], { corpus: { id: 'https://archives.example/#fonds' } })['@id']).toBe('https://archives.example/#fonds')
  })

  it('refuses an unknown vocabulary or context mode', () => {
    expect(() => toJsonLd(document, { vocabulary: 'Schema' as 'schema' })).toThrow('Invalid `vocabulary` "Schema": expected `schema` or `dcterms`')
    expect(() => toJsonLd(document, { context: 'inline' as 'embed' })).toThrow('Invalid `context` "inline": expected `embed` or `reference`')
  })

  it('refuses an option the types do not declare, in the options and in the corpus', () => {
    expect(() => toJsonLd(document, { profile: 'dcterms' } as JsonLdOptions)).toThrow(
      new TypeError('Invalid `options`: unknown option "profile"; the options are `base`, `vocabulary`, `annotations`, `context`, `corpus`, `keepFurniture`')
    )
    expect(() => toJsonLd(document, { corpus: { title: 'Presse' } as CorpusInfo })).toThrow(
      new TypeError('Invalid `corpus`: unknown option "title"; the options are `id`, `name`, `description`, `license`, `publisher`, `creator`')
    )
  })

  it('throws before streaming anything', async () => {
    const lines = toNdjson([document], { base: 'presse/' })
    await expect(lines.next()).rejects.toThrow(TypeError)
  })
})

describe('unreadable files', () => {
  const png = parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { file: '013_0123456789abcdef.txt' })

  it('are a MediaObject of bytes with their identifiers: nothing says they are articles, or text', () => {
    expect(png.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.fatal])).toEqual([['binary-input', true]])
    expect(png.source.encoding).toBe(null)
    const record = toJsonLd(png)
    expect(Object.keys(record)).toEqual(['@context', '@id', '@type', 'identifier', 'encodingFormat', 'isPartOf'])
    expect(record['@type']).toBe('MediaObject')
    expect(record.encodingFormat).toBe('application/octet-stream')
    expect(record.identifier).toEqual([
      { '@type': 'PropertyValue', propertyID: 'filename', value: '013_0123456789abcdef.txt' },
      { '@type': 'PropertyValue', propertyID: 'source-id', value: '0123456789abcdef' },
      { '@type': 'PropertyValue', propertyID: 'sha256', value: png.source.sha256 }
    ])
  })

  it('keep their identifiers, collection and format in the Dublin Core vocabulary, untyped', () => {
    const record = toJsonLd(png, { vocabulary: 'dcterms' })
    expect(Object.keys(record)).toEqual(['@context', '@id', 'dcterms:identifier', 'dcterms:isPartOf', 'dcterms:format'])
    expect(record['dcterms:format']).toEqual({ '@type': 'dcterms:MediaType', 'rdfs:label': 'application/octet-stream' })
  })

  it('that are empty are text: a CreativeWork, with no format', () => {
    const record = toJsonLd(parse(new Uint8Array(), { file: '014_0123456789abcdee.txt' }))
    expect(record['@type']).toBe('CreativeWork')
    expect('encodingFormat' in record).toBe(false)
  })
})
