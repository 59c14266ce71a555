import type { Document } from '@corpus/core'
import { contextOf } from './context.js'
import { settings, type Settings } from './options.js'
import { documentJsonLd, documentNodes } from './to-json-ld.js'
import type { JsonLdDocument, JsonLdOptions, JsonObject } from './types.js'

/**
 * A corpus as one JSON-LD document: a schema.org `Dataset` (a DCMI
 * `Collection` with `profile: 'dcterms'`) whose parts are the articles. Holds
 * the whole corpus in memory: for large corpora, stream {@link toNdjson}.
 */
export function corpusToJsonLd(documents: Iterable<Document>, options?: JsonLdOptions): JsonLdDocument {
  const resolved = settings(options)
  const records: JsonObject[] = []
  const annotations: JsonObject[] = []
  for (const document of documents) {
    const [record, ...rest] = documentNodes(document, resolved)
    if (record) records.push(record)
    annotations.push(...rest)
  }
  const corpus = corpusNode(records, resolved)
  if (!resolved.annotations) return { '@context': contextOf(resolved), ...corpus }
  return { '@context': contextOf(resolved), '@graph': [corpus, ...annotations] }
}

function corpusNode(records: JsonObject[], options: Settings): JsonObject {
  const dcterms = options.profile === 'dcterms'
  const node: JsonObject = { '@id': options.corpusId, '@type': dcterms ? 'dcmitype:Collection' : 'Dataset' }
  if (options.corpusName !== null) node[dcterms ? 'dcterms:title' : 'name'] = options.corpusName
  node[dcterms ? 'dcterms:hasPart' : 'hasPart'] = records
  return node
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
