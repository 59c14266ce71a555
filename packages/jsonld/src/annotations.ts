import type { Document } from '@corpus/core'
import { selector, type Selection } from './article-text.js'
import { partIri } from './iris.js'
import type { JsonObject } from './types.js'

/** The W3C Web Annotation context, which every annotation must name (Web Annotation Data Model, §3.1). */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/**
 * The quotes and dates of a document as W3C Web Annotations, in the model’s
 * own JSON-LD serialisation (its context, `id`, `type`, `value`). Each targets
 * the document (`iri`) through a `TextPositionSelector` (code points of the
 * decoded source text, `articleBody`) and a `TextQuoteSelector`; its bodies
 * are a tag (`quotation`, `date`) and, for a date, its ISO 8601 value.
 */
export function webAnnotations(document: Document, iri: string): JsonObject[] {
  const inQuotes = selector(document)
  const quotes = document.quotes.flatMap((quote, index) =>
    quote.value === '' ? [] : [annotation(partIri(iri, 'annotation-quote', index), 'tagging', [tag('quotation')], target(iri, inQuotes(quote.inner)))]
  )
  const inDates = selector(document)
  const dates = document.dates.map((date, index) =>
    annotation(
      partIri(iri, 'annotation-date', index),
      'describing',
      [tag('date'), { type: 'TextualBody', value: date.value, purpose: 'describing' }],
      target(iri, inDates(date.position))
    )
  )
  return [...quotes, ...dates]
}

function annotation(id: string, motivation: string, body: JsonObject[], target: JsonObject): JsonObject {
  return { '@context': ANNOTATION_CONTEXT, id, type: 'Annotation', motivation, body, target }
}

function tag(value: string): JsonObject {
  return { type: 'TextualBody', value, purpose: 'tagging' }
}

function target(iri: string, selection: Selection): JsonObject {
  return {
    type: 'SpecificResource',
    source: iri,
    selector: [
      { type: 'TextPositionSelector', start: selection.start, end: selection.end },
      { type: 'TextQuoteSelector', exact: selection.exact, prefix: selection.prefix, suffix: selection.suffix }
    ]
  }
}
