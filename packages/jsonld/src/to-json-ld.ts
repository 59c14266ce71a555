import type { Document } from '@corpus/core'
import { webAnnotations } from './annotations.js'
import { contextOf } from './context.js'
import { dctermsRecord } from './dcterms.js'
import { documentIri } from './iris.js'
import { settings, type Settings } from './options.js'
import { newsArticle } from './schema.js'
import type { JsonLdDocument, JsonLdOptions, JsonObject } from './types.js'

/**
 * One article as JSON-LD: a schema.org `NewsArticle` (or a Dublin Core record
 * with `profile: 'dcterms'`) with its `@context`. With `annotations: true`,
 * the article and its Web Annotations are the nodes of an `@graph` (the
 * article first), even when there are none.
 */
export function toJsonLd(document: Document, options?: JsonLdOptions): JsonLdDocument {
  return documentJsonLd(document, settings(options))
}

/** {@link toJsonLd} with options resolved. */
export function documentJsonLd(document: Document, options: Settings): JsonLdDocument {
  const [record = {}, ...annotations] = documentNodes(document, options)
  if (!options.annotations) return { '@context': contextOf(options), ...record }
  return { '@context': contextOf(options), '@graph': [record, ...annotations] }
}

/** The record of a document, then its annotations when asked for. */
export function documentNodes(document: Document, options: Settings): JsonObject[] {
  const iri = documentIri(document, options.base)
  const record = options.profile === 'dcterms' ? dctermsRecord(document, iri, options) : newsArticle(document, iri, options)
  return options.annotations ? [record, ...webAnnotations(document, iri)] : [record]
}
