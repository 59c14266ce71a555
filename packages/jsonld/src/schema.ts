import { countWords, type Document, type Quote } from '@corpus/core'
import { articleText } from './article-text.js'
import { dateLiteral } from './literals.js'
import { partIri } from './iris.js'
import type { Settings } from './options.js'
import type { JsonObject } from './types.js'
import { entityNodes } from './entities.js'

/** A document as a schema.org `NewsArticle` node; `iri` is its `@id`. */
export function newsArticle(document: Document, iri: string, options: Settings): JsonObject {
  const node: JsonObject = { '@id': iri, '@type': 'NewsArticle', identifier: identifiers(document) }
  if (document.language) node.inLanguage = document.language
  if (document.date) node.datePublished = dateLiteral(document.date.value, document.date.precision)
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
  if (document.byline) node.author = { '@type': /^la rédaction$/i.test(document.byline.author) ? 'Organization' : 'Person', name: document.byline.author }
  const body = articleText(document).text
  node.articleBody = body
  node.wordCount = countWords(body)
  node.isPartOf = { '@id': options.corpusId }
  const mentions = [...dateMentions(document, iri), ...entityNodes(document, iri)]
  if (mentions.length > 0) node.mentions = mentions
  const quotations = quotationTree(document.quotes, iri)
  if (quotations.length > 0) node.hasPart = quotations
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

function propertyValue(propertyID: string, value: string): JsonObject {
  return { '@type': 'PropertyValue', propertyID, value }
}

/** Each date expression, with its value typed at its precision. */
function dateMentions(document: Document, iri: string): JsonObject[] {
  return document.dates.map((date, index) => ({
    '@id': partIri(iri, 'date', index),
    '@type': 'PropertyValue',
    name: date.text,
    value: dateLiteral(date.value, date.precision)
  }))
}

/** The quotations as `Quotation` parts, a quote inside another as a part of it. */
function quotationTree(quotes: readonly Quote[], iri: string): JsonObject[] {
  const children = new Map<number | null, JsonObject[]>()
  // Parents come before their children in `quotes`: build from the last, so each node has its parts.
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]
    if (!quote) continue
    const node: JsonObject = { '@id': partIri(iri, 'quote', index), '@type': 'Quotation', text: quote.value }
    const parts = children.get(index)
    if (parts) node.hasPart = parts.reverse()
    const siblings = children.get(quote.parent) ?? []
    siblings.push(node)
    children.set(quote.parent, siblings)
  }
  return (children.get(null) ?? []).reverse()
}
