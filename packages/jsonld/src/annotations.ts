import type { Document } from '@corpus/core'
import { articleBody, isArticle, selections, type Selection } from './article-text.js'
import { entityIri, partIri } from './iris.js'
import type { JsonObject } from './types.js'

/** The W3C Web Annotation context, which every annotation must name (Web Annotation Data Model, §3.1). */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/**
 * The quotes and dates of a document as W3C Web Annotations, in the model’s
 * own JSON-LD serialisation (its context, `id`, `type`, `value`). Each targets
 * the document (`iri`) through a `TextPositionSelector` (code points of the
 * article's text, `articleBody`) and a `TextQuoteSelector`; its bodies are a
 * tag (`quotation`, `date`) and, for a date, its ISO 8601 value; a mention's
 * body is its entity, one IRI across the corpus (from `base`).
 */
export function webAnnotations(document: Document, iri: string, base: string | null): JsonObject[] {
  if (!isArticle(document)) return []
  const quotes = document.quotes.flatMap((quote, index) => (quote.value === '' ? [] : [{ quote, index }]))
  const spans = [
    ...quotes.map(({ quote }) => ({ start: quote.inner.start.offset, end: quote.inner.end.offset })),
    ...document.dates.map((date) => ({ start: date.position.start.offset, end: date.position.end.offset })),
    ...document.mentions.map((mention) => ({ start: mention.position.start.offset, end: mention.position.end.offset }))
  ]
  // Every span lies in the blocks, so inside articleBody: count from its start.
  const body = articleBody(document)
  const selected = selections(body.text, spans.map(({ start, end }) => ({ start: Math.max(0, start - body.start), end: Math.max(0, end - body.start) })))
  const annotations = quotes.map(({ index }, at) => annotation(partIri(iri, 'annotation-quote', index), 'tagging', [tag('quotation')], target(iri, selected[at])))
  document.dates.forEach((date, index) => {
    const body = [tag('date'), { type: 'TextualBody', value: date.value, purpose: 'describing' }]
    annotations.push(annotation(partIri(iri, 'annotation-date', index), 'describing', body, target(iri, selected[quotes.length + index])))
  })
  // Each mention identifies its entity: the body is the entity's node.
  document.mentions.forEach((mention, index) => {
    const body = [{ type: 'SpecificResource', source: entityIri(base, mention.entity), purpose: 'identifying' }]
    annotations.push(annotation(partIri(iri, 'annotation-entity', index), 'identifying', body, target(iri, selected[quotes.length + document.dates.length + index])))
  })
  return annotations
}

function annotation(id: string, motivation: string, body: JsonObject[], target: JsonObject): JsonObject {
  return { '@context': ANNOTATION_CONTEXT, id, type: 'Annotation', motivation, body, target }
}

function tag(value: string): JsonObject {
  return { type: 'TextualBody', value, purpose: 'tagging' }
}

function target(iri: string, selection: Selection | undefined): JsonObject {
  const { start = 0, end = 0, exact = '', prefix = '', suffix = '' } = selection ?? {}
  return {
    type: 'SpecificResource',
    source: iri,
    selector: [
      { type: 'TextPositionSelector', start, end },
      { type: 'TextQuoteSelector', exact, prefix, suffix }
    ]
  }
}
