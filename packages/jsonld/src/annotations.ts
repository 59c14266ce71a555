import type { Document } from '@corpus/core'
import { selector, type Selection } from './article-text.js'
import { partIri } from './iris.js'
import type { JsonObject } from './types.js'

/**
 * The quotes and dates of a document as W3C Web Annotations on it. Each
 * targets the article (`iri`) through a `TextPositionSelector` (code points of
 * `articleBody`) and a `TextQuoteSelector`; its bodies are a tag (`quotation`,
 * `date`) and, for a date, its ISO 8601 value.
 */
export function webAnnotations(document: Document, iri: string): JsonObject[] {
  const select = selector(document)
  const quotes = document.quotes.map((quote, index) =>
    annotation(partIri(iri, 'annotation-quote', index), 'tagging', [tag('quotation')], target(iri, select(quote.inner)))
  )
  const dates = document.dates.map((date, index) =>
    annotation(partIri(iri, 'annotation-date', index), 'describing', [tag('date'), { '@type': 'TextualBody', 'rdf:value': date.value, purpose: 'describing' }], target(iri, select(date.position)))
  )
  return [...quotes, ...dates]
}

function annotation(id: string, motivation: string, body: JsonObject[], target: JsonObject): JsonObject {
  return { '@id': id, '@type': 'Annotation', motivation, body, target }
}

function tag(value: string): JsonObject {
  return { '@type': 'TextualBody', 'rdf:value': value, purpose: 'tagging' }
}

function target(iri: string, selection: Selection): JsonObject {
  return {
    '@type': 'SpecificResource',
    source: { '@id': iri },
    selector: [
      { '@type': 'TextPositionSelector', start: selection.start, end: selection.end },
      { '@type': 'TextQuoteSelector', exact: selection.exact, prefix: selection.prefix, suffix: selection.suffix }
    ]
  }
}

