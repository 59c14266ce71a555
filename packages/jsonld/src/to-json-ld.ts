import type { Document } from '@corpus/core'
import { webAnnotations } from './annotations.js'
import { checkDocument } from './arguments.js'
import { contextOf } from './context.js'
import { dctermsRecord } from './dcterms.js'
import { documentIri } from './iris.js'
import { settings, type Settings } from './options.js'
import { newsArticle } from './schema.js'
import type { JsonLdDocument, JsonLdGraphDocument, JsonLdNodeDocument, JsonLdOptions, JsonObject } from './types.js'

/**
 * One article as JSON-LD: a schema.org `NewsArticle` (or a Dublin Core record
 * with `vocabulary: 'dcterms'`) with its `@context`. With `annotations: true`,
 * the article and its Web Annotations are the nodes of an `@graph` (the
 * article first), even when there are none. Throws a `TypeError` on an IRI
 * option that is not absolute.
 */
export function toJsonLd(document: Document, options: JsonLdOptions & { annotations: true }): JsonLdGraphDocument
export function toJsonLd(document: Document, options?: JsonLdOptions & { annotations?: false }): JsonLdNodeDocument
export function toJsonLd(document: Document, options?: JsonLdOptions): JsonLdDocument
export function toJsonLd(document: Document, options?: JsonLdOptions): JsonLdDocument {
  return documentJsonLd(checkDocument(document), settings(options))
}

/** {@link toJsonLd} with options resolved. */
export function documentJsonLd(document: Document, options: Settings): JsonLdDocument {
  const iri = documentIri(document, options.base)
  const record = documentRecord(document, iri, options)
  const context = contextOf(options)
  if (options.annotations) return { '@context': context, '@graph': [record, ...webAnnotations(document, iri, options.base, options.keepFurniture)] }
  return { '@context': context, '@id': iri, ...record }
}

/** The record of a document in the vocabulary asked for. */
export function documentRecord(document: Document, iri: string, options: Settings): JsonObject {
  return options.vocabulary === 'dcterms' ? dctermsRecord(document, iri, options) : newsArticle(document, iri, options)
}
