import type { Document, Quote } from '@corpus/core'
import { articleWords, BYTES, isArticle, isBinary } from './article-text.js'
import { centralEntity, entityIri, entityNodes } from './entities.js'
import { partIri } from './iris.js'
import { dateLiteral, propertyValue } from './literals.js'
import type { Settings } from './options.js'
import type { JsonObject } from './types.js'

/**
 * A document as a schema.org `NewsArticle` node; `iri` is its `@id`. A file
 * that holds no text is only a `CreativeWork` with its identifiers (and the
 * date of a header, if any): nothing says it is an article. A file of bytes
 * that are not text (binary input) is a `MediaObject` whose `encodingFormat`
 * is `application/octet-stream`, with its identifiers: nothing says it is
 * text.
 */
export function newsArticle(document: Document, iri: string, options: Settings): JsonObject {
  if (isBinary(document)) return { '@id': iri, '@type': 'MediaObject', identifier: identifiers(document), encodingFormat: BYTES, isPartOf: corpus(options) }
  const article = isArticle(document)
  const node: JsonObject = { '@id': iri, '@type': article ? 'NewsArticle' : 'CreativeWork', identifier: identifiers(document) }
  if (document.language) node.inLanguage = document.language
  if (document.date) node.datePublished = dateLiteral(document.date.value, document.date.precision)
  if (!article) {
    node.isPartOf = corpus(options)
    return node
  }
  const dateline = document.dateline
  if (dateline) {
    node.dateline = dateline.raw
    if (dateline.place) {
      const place: JsonObject = { '@type': 'Place', name: dateline.place }
      if (dateline.region) place.containedInPlace = { '@type': 'Place', name: dateline.region }
      node.locationCreated = place
    }
    if (dateline.agency) node.sourceOrganization = { '@type': 'Organization', name: dateline.agency }
  }
  if (document.byline) node.author = { '@type': NEWSROOM.test(document.byline.author) ? 'Organization' : 'Person', name: document.byline.author }
  node.articleBody = document.text
  node.wordCount = articleWords(document)
  node.isPartOf = corpus(options)
  const mentions = [...dateMentions(document, iri), ...entityNodes(document, iri)]
  if (mentions.length > 0) node.mentions = mentions
  const central = centralEntity(document)
  if (central) node.about = { '@id': entityIri(iri, central.id) }
  const quotations = quotationTree(document.quotes, iri)
  if (quotations.length > 0) node.hasPart = quotations
  return node
}

// A byline that credits the newsroom, not a person (`la rédaction`, `Rédaction Ouest`).
const NEWSROOM = /(?:^|\s)rédaction(?:\s|$)/i

/** The corpus, as the article points at it: its IRI, and its name when given. */
export function corpus(options: Settings): JsonObject {
  const node: JsonObject = { '@id': options.corpusId, '@type': 'Dataset' }
  if (options.corpusName !== null) node.name = options.corpusName
  return node
}

/** The file name, the source id and the SHA-256, each a `PropertyValue`. */
function identifiers(document: Document): JsonObject[] {
  const { file, sourceId, sha256 } = document.source
  const values: JsonObject[] = []
  if (file !== null) values.push(propertyValue('filename', file))
  if (sourceId !== null) values.push(propertyValue('source-id', sourceId))
  values.push(propertyValue('sha256', sha256))
  return values
}


/**
 * Each date expression: `name` as written, `value` its ISO 8601 value (text,
 * as `PropertyValue.value` takes), with a `description` when its year is the
 * article’s, not the expression’s.
 */
function dateMentions(document: Document, iri: string): JsonObject[] {
  return document.dates.map((date, index) => {
    const node: JsonObject = { '@id': partIri(iri, 'date', index), '@type': 'PropertyValue', propertyID: 'date', name: date.text, value: date.value }
    if (date.year === 'article') node.description = 'year from the article date'
    return node
  })
}

/**
 * The quotations as `Quotation` parts (`#quote-N`, N its index in the model),
 * a quote inside another as a part of it. Empty quotes (`« »`) quote nothing
 * and are left out.
 */
function quotationTree(quotes: readonly Quote[], iri: string): JsonObject[] {
  const children = new Map<number | null, JsonObject[]>()
  // Parents come before their children in `quotes`: build from the last, so each node has its parts.
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]
    if (!quote || quote.value === '') continue
    const node: JsonObject = { '@id': partIri(iri, 'quote', index), '@type': 'Quotation', text: quote.value }
    const parts = children.get(index)
    if (parts) node.hasPart = parts.reverse()
    const siblings = children.get(quote.parent) ?? []
    siblings.push(node)
    children.set(quote.parent, siblings)
  }
  return (children.get(null) ?? []).reverse()
}
