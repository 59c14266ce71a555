/** Any JSON value. */
export type Json = string | number | boolean | null | Json[] | JsonObject

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json
}

/** A JSON-LD `@context`: an embedded context object, or context IRIs and objects in order. */
export type Context = JsonObject | Array<string | JsonObject>

/** A JSON-LD document: a JSON object with its `@context`. */
export interface JsonLdDocument extends JsonObject {
  '@context': Context
}

/** The vocabulary the records are written in. */
export type Profile = 'schema' | 'dcterms'

/** Options of {@link toJsonLd}, {@link corpusToJsonLd} and {@link toNdjson}. */
export interface JsonLdOptions {
  /**
   * The IRI that document IRIs are minted from: a document’s `@id` is `base`
   * followed by its `documentId` (default `urn:corpus:`). Give your archive’s
   * namespace, ending with `/`, `#` or `:`.
   */
  base?: string
  /** `schema` (default): schema.org `NewsArticle`; `dcterms`: Dublin Core terms, for library catalogues. */
  profile?: Profile
  /** Also write the quotes and dates as W3C Web Annotations on the article (default `false`). */
  annotations?: boolean
  /**
   * `embed` (default): the `@context` holds every term used, and the output is
   * understood offline; `reference`: it points at schema.org’s context
   * (`https://schema.org/`) and adds only the terms that context lacks. The
   * Dublin Core profile has no published context to point at: it is always embedded.
   */
  context?: 'embed' | 'reference'
  /** The corpus the documents are part of (`isPartOf`). */
  corpus?: CorpusInfo
}

/** The corpus a document belongs to. */
export interface CorpusInfo {
  /** IRI of the corpus (default: `base`). */
  id?: string
  /** Its name, written only when given. */
  name?: string
}
