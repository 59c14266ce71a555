import type { Document } from '@corpus/core'
import { checkDocument, checkDocuments } from './arguments.js'
import { contextOf } from './context.js'
import { collection } from './dcterms.js'
import { documentIri } from './iris.js'
import { settings } from './options.js'
import { corpus } from './schema.js'
import { webAnnotations } from './annotations.js'
import { duplicateGuard } from './duplicates.js'
import { documentJsonLd, documentRecord } from './to-json-ld.js'
import type { JsonLdDocument, JsonLdGraphDocument, JsonLdNodeDocument, JsonLdOptions, JsonObject } from './types.js'

/**
 * A corpus as one JSON-LD document: a schema.org `Dataset` (a DCMI
 * `Collection` with `vocabulary: 'dcterms'`) whose parts are the articles. Holds
 * the whole corpus in memory: for large corpora, stream {@link toNdjson}.
 * Throws an `Error` when two different files share an id (a catalogue would
 * merge them into one record); the same bytes under two names are both
 * written, and merge into one record with both names.
 */
export function corpusToJsonLd(documents: Iterable<Document>, options: JsonLdOptions & { annotations: true }): JsonLdGraphDocument
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions & { annotations?: false }): JsonLdNodeDocument
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions): JsonLdDocument
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions): JsonLdDocument {
  checkDocuments(documents, false)
  const resolved = settings(options)
  const records: JsonObject[] = []
  const annotations: JsonObject[] = []
  const check = duplicateGuard()
  for (const item of documents) {
    const document = checkDocument(item, 'documents')
    check(document)
    const iri = documentIri(document, resolved.base)
    records.push(documentRecord(document, iri, resolved))
    // One by one: spread into a call, a document's many annotations would overflow the stack.
    if (resolved.annotations) for (const annotation of webAnnotations(document, iri, resolved.base, resolved.keepFurniture)) annotations.push(annotation)
  }
  const dcterms = resolved.vocabulary === 'dcterms'
  const node: JsonObject = { ...(dcterms ? collection(resolved) : corpus(resolved)), [dcterms ? 'dcterms:hasPart' : 'hasPart']: records }
  const context = contextOf(resolved)
  if (resolved.annotations) return { '@context': context, '@graph': [node, ...annotations] }
  // A corpus that nothing identifies is a blank node, named in this document only.
  return { '@context': context, '@id': resolved.corpus.id ?? '_:corpus', ...node }
}

/**
 * The corpus as NDJSON: one line per document, each a whole JSON-LD document
 * as {@link toJsonLd} gives it, ending with a line feed. Streams: one document
 * at a time is held, and one id and hash per document seen. Throws, as
 * {@link corpusToJsonLd}, when two different files share an id.
 */
export async function* toNdjson(documents: AsyncIterable<Document> | Iterable<Document>, options?: JsonLdOptions): AsyncGenerator<string> {
  checkDocuments(documents, true)
  const resolved = settings(options)
  const check = duplicateGuard()
  for await (const item of documents) {
    const document = checkDocument(item, 'documents')
    check(document)
    yield `${JSON.stringify(documentJsonLd(document, resolved))}\n`
  }
}
