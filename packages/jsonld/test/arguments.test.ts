import { parse, type Document } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { corpusToJsonLd, jsonLdContext, toJsonLd, toNdjson, type JsonLdOptions } from '../src/index.js'

const document = parse('Le marché couvert de Brest rouvre samedi.\n', { file: '001_0a1b2c3d4e5f6071.txt' })
// Wrong on purpose: what a caller without types may pass.
const wrong = <T>(value: unknown) => value as T

describe('wrong arguments are TypeErrors that name them and say what they accept', () => {
  it('toJsonLd', () => {
    expect(() => toJsonLd(wrong(42))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got a number (42)'))
    expect(() => toJsonLd(wrong(undefined))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got undefined'))
    expect(() => toJsonLd(wrong('Le marché'))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got a string ("Le marché")'))
    expect(() => toJsonLd(wrong([document]))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got an array'))
    expect(() => toJsonLd(wrong({ type: 'document', text: '' }))).toThrow(new TypeError('Invalid `document`: expected a document from `parse` of @corpus/core, got an object'))
    expect(() => toJsonLd(document, wrong('schema'))).toThrow(new TypeError('Invalid `options`: expected an object, got a string ("schema")'))
    expect(() => toJsonLd(document, wrong<JsonLdOptions>({ annotations: 'yes' }))).toThrow(new TypeError('Invalid `annotations`: expected a boolean, got a string ("yes")'))
    expect(() => toJsonLd(document, wrong<JsonLdOptions>({ keepFurniture: 'no' }))).toThrow(new TypeError('Invalid `keepFurniture`: expected a boolean, got a string ("no")'))
    expect(() => toJsonLd(document, wrong<JsonLdOptions>({ base: 42 }))).toThrow(new TypeError('Invalid `base`: expected a string, got a number (42)'))
    expect(() => toJsonLd(document, wrong<JsonLdOptions>({ corpus: 'presse' }))).toThrow(new TypeError('Invalid `corpus`: expected an object (`{ id, name }`), got a string ("presse")'))
    expect(() => toJsonLd(document, wrong<JsonLdOptions>({ corpus: { name: 3 } }))).toThrow(new TypeError('Invalid `corpus.name`: expected a string, got a number (3)'))
  })

  it('corpusToJsonLd and jsonLdContext', () => {
    expect(() => corpusToJsonLd(wrong(document))).toThrow(new TypeError('Invalid `documents`: expected an iterable of documents (an array of `parse` results), got a document'))
    expect(() => corpusToJsonLd(wrong(null))).toThrow(new TypeError('Invalid `documents`: expected an iterable of documents (an array of `parse` results), got null'))
    expect(() => corpusToJsonLd(wrong([document, 7]))).toThrow(new TypeError('Invalid `documents`: expected documents from `parse` of @corpus/core, got a number (7)'))
    expect(() => jsonLdContext(wrong(true))).toThrow(new TypeError('Invalid `options`: expected an object, got a boolean (true)'))
  })

  it('toNdjson, at its first line', async () => {
    await expect(toNdjson(wrong(5)).next()).rejects.toThrow(new TypeError('Invalid `documents`: expected an iterable or async iterable of documents (an array of `parse` results), got a number (5)'))
    const lines = toNdjson(wrong<Document[]>([{}]))
    await expect(lines.next()).rejects.toThrow(new TypeError('Invalid `documents`: expected documents from `parse` of @corpus/core, got an object'))
  })
})
