/**
 * Round trip: the facts of every document, read back from the RDF of its
 * JSON-LD (through jsonld.js), equal the model’s.
 */
import { countWords, documentId, type Document } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd } from '../src/index.js'
import { inputs } from './support/inputs.js'
import { toNQuads } from './support/loader.js'
import { literal, readQuads, type Quad } from './support/nquads.js'

const SCHEMA = 'http://schema.org/'
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const TYPES = { year: 'gYear', month: 'gYearMonth', day: 'date' } as const

/** What a catalogue reads of an article: its facts in plain values. */
function factsFromRdf(quads: Quad[], iri: string) {
  const subject = `<${iri}>`
  const values = (node: string, property: string) => quads.filter((quad) => quad.subject === node && quad.predicate === SCHEMA + property).map((quad) => quad.object)
  const text = (node: string, property: string) => values(node, property).map((term) => literal(term).value)
  const typed = (term: string | undefined) => (term === undefined ? null : literal(term))
  const ofType = (type: string) => quads.filter((quad) => quad.predicate === RDF_TYPE && quad.object === `<${SCHEMA}${type}>`).map((quad) => quad.subject)
  const identifiers = Object.fromEntries(values(subject, 'identifier').map((node) => [text(node, 'propertyID')[0], text(node, 'value')[0]]))
  return {
    body: text(subject, 'articleBody')[0],
    words: Number(typed(values(subject, 'wordCount')[0])?.value),
    date: typed(values(subject, 'datePublished')[0]),
    language: text(subject, 'inLanguage')[0] ?? null,
    dateline: text(subject, 'dateline')[0] ?? null,
    identifiers,
    quotes: ofType('Quotation').map((node) => text(node, 'text')[0]).sort(),
    dates: values(subject, 'mentions').map((node) => typed(values(node, 'value')[0])).sort((a, b) => String(a?.value).localeCompare(String(b?.value)))
  }
}

function factsFromModel(document: Document) {
  const first = document.children[0]
  const last = document.children.at(-1)
  const body = first && last ? document.text.slice(first.position.start.offset, last.position.end.offset) : ''
  const xsd = (value: string, precision: keyof typeof TYPES) => ({ value, type: `http://www.w3.org/2001/XMLSchema#${value.startsWith('--') ? 'gMonthDay' : TYPES[precision]}` })
  return {
    body,
    words: countWords(body),
    date: document.date ? xsd(document.date.value, document.date.precision) : null,
    language: document.language,
    dateline: document.dateline?.raw ?? null,
    identifiers: {
      ...(document.source.file === null ? {} : { filename: document.source.file }),
      ...(document.source.sourceId === null ? {} : { 'source-id': document.source.sourceId }),
      sha256: document.source.sha256
    },
    quotes: document.quotes.map((quote) => quote.value).sort(),
    dates: document.dates.map((date) => xsd(date.value, date.precision)).sort((a, b) => a.value.localeCompare(b.value))
  }
}

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, document) => {
  it('gives back its facts from the RDF', async () => {
    const quads = readQuads(await toNQuads(toJsonLd(document, { context: 'reference' })))
    expect(factsFromRdf(quads, `urn:corpus:${documentId(document)}`)).toEqual(factsFromModel(document))
  })
})
