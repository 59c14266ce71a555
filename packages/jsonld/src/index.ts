export { toJsonLd } from './to-json-ld.js'
export { corpusToJsonLd, toNdjson } from './corpus.js'
export { jsonLdContext, SCHEMA_CONTEXT } from './context.js'
export type { Context, CorpusInfo, Json, JsonLdDocument, JsonLdGraphDocument, JsonLdNodeDocument, JsonLdOptions, JsonObject, Vocabulary } from './types.js'
