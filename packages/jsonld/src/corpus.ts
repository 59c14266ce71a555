import { documentId, type Document } from '@corpus/core'
import { contextOf } from './context.js'
import { collection } from './dcterms.js'
import { documentIri } from './iris.js'
import { settings } from './options.js'
import { corpus } from './schema.js'
import { webAnnotations } from './annotations.js'
import { documentJsonLd, documentRecord } from './to-json-ld.js'
import type { JsonLdDocument, JsonLdGraphDocument, JsonLdNodeDocument, JsonLdOptions, JsonObject } from './types.js'

/**
 * A corpus as one JSON-LD document: a schema.org `Dataset` (a DCMI
 * `Collection` with `profile: 'dcterms'`) whose parts are the articles. Holds
 * the whole corpus in memory: for large corpora, stream {@link toNdjson}.
 * Throws an `Error` when two different files share an id (a catalogue would
 * merge them into one record); the same bytes twice are written once.
 */
export function corpusToJsonLd(documents: Iterable<Document>, options: JsonLdOptions & { annotations: true }): JsonLdGraphDocument
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions & { annotations?: false }): JsonLdNodeDocument
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions): JsonLdDocument
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions): JsonLdDocument {
  const resolved = settings(options)
  const records: JsonObject[] = []
  const annotations: JsonObject[] = []
  const seen = new Map<string, Document>()
  for (const document of documents) {
    const id = documentId(document)
    const earlier = seen.get(id)
    if (earlier) {
      if (earlier.source.sha256 === document.source.sha256) continue
      throw new Error(`Two different files have the id \`${id}\`: ${earlier.source.file ?? 'a text'} and ${document.source.file ?? 'a text'}; a catalogue would merge them`)
    }
    seen.set(id, document)
    const iri = documentIri(document, resolved.base)
    records.push(documentRecord(document, iri, resolved))
    if (resolved.annotations) annotations.push(...webAnnotations(document, iri))
  }
  const dcterms = resolved.profile === 'dcterms'
  const node: JsonObject = { ...(dcterms ? collection(resolved) : corpus(resolved)), [dcterms ? 'dcterms:hasPart' : 'hasPart']: records }
  const context = contextOf(resolved)
  if (resolved.annotations) return { '@context': context, '@graph': [node, ...annotations] }
  return { '@context': context, '@id': resolved.corpusId, ...node }
}

/**
 * The corpus as NDJSON: one line per document, each a whole JSON-LD document
 * as {@link toJsonLd} gives it, ending with a line feed. Streams: one document
 * at a time is held, however large the corpus.
 */
export async function* toNdjson(documents: AsyncIterable<Document> | Iterable<Document>, options?: JsonLdOptions): AsyncGenerator<string> {
  const resolved = settings(options)
  for await (const document of documents) yield `${JSON.stringify(documentJsonLd(document, resolved))}\n`
}
