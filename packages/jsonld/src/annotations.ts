import type { Document, Position } from '@corpus/core'
import { articleText, bodyOffset, inBody, isArticle, selections, type Selection, type Span } from './article-text.js'
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
 * body is its entity, one IRI across the corpus (from `base`). What stands in
 * page furniture is not in `articleBody` (unless `keepFurniture`), so it is
 * not annotated; ids keep the model's indexes either way.
 */
export function webAnnotations(document: Document, iri: string, base: string | null, keepFurniture: boolean): JsonObject[] {
  if (!isArticle(document)) return []
  const body = articleText(document, keepFurniture)
  const kept = (span: Span) => inBody(body.pieces, span.start)
  const quotes = document.quotes.flatMap((quote, index) => (quote.value === '' ? [] : [{ index, span: spanOf(quote.inner) }])).filter(({ span }) => kept(span))
  const dates = document.dates.flatMap((date, index) => (kept(spanOf(date.position)) ? [{ date, index, span: spanOf(date.position) }] : []))
  const mentions = document.mentions.flatMap((mention, index) => (kept(spanOf(mention.position)) ? [{ mention, index, span: spanOf(mention.position) }] : []))
  const spans = [...quotes, ...dates, ...mentions].map(({ span }) => ({ start: bodyOffset(body.pieces, span.start), end: bodyOffset(body.pieces, span.end) }))
  const selected = selections(body.text, spans)
  const annotations = quotes.map(({ index }, at) => annotation(partIri(iri, 'annotation-quote', index), 'tagging', [tag('quotation')], target(iri, selected[at])))
  dates.forEach(({ date, index }, at) => {
    const body = [tag('date'), { type: 'TextualBody', value: date.date, purpose: 'describing' }]
    annotations.push(annotation(partIri(iri, 'annotation-date', index), 'describing', body, target(iri, selected[quotes.length + at])))
  })
  // Each mention identifies its entity: the body is the entity's node.
  mentions.forEach(({ mention, index }, at) => {
    const body = [{ type: 'SpecificResource', source: entityIri(base, mention.entity), purpose: 'identifying' }]
    annotations.push(annotation(partIri(iri, 'annotation-entity', index), 'identifying', body, target(iri, selected[quotes.length + dates.length + at])))
  })
  return annotations
}

/** A position as a span of UTF-16 offsets of the document's text. */
function spanOf(position: Position): Span {
  return { start: position.start.offset, end: position.end.offset }
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
