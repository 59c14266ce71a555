/** Any JSON value. */
export type Json = string | number | boolean | null | Json[] | JsonObject

/** A JSON object. */
export interface JsonObject {
  [key: string]: Json
}

/** A JSON-LD `@context`: an embedded context object, or context IRIs and objects in order. */
export type Context = JsonObject | Array<string | JsonObject>

/**
 * A JSON-LD document: one node (the article, or the corpus) with its
 * `@context`. An intersection rather than an interface, so that the optional
 * `@type` compiles for consumers without `exactOptionalPropertyTypes` too.
 */
export type JsonLdNodeDocument = JsonObject & {
  /** The context its terms are defined in. */
  '@context': Context
  /** The node's IRI: the document's (see `base`), or the corpus's (a blank node's `_:corpus` when nothing identifies it). */
  '@id': string
  /** Absent only for a Dublin Core record of a file that could not be read or holds no text. */
  '@type'?: string
}

/**
 * A JSON-LD document whose nodes are in an `@graph`: the article (or the
 * corpus) first, then its Web Annotations, each with its own `@context`.
 */
export interface JsonLdGraphDocument extends JsonObject {
  /** The context of the article's (or the corpus's) terms. */
  '@context': Context
  /** The nodes: the article (or the corpus) first, then its annotations. */
  '@graph': JsonObject[]
}

/** What {@link toJsonLd} and {@link corpusToJsonLd} return. */
export type JsonLdDocument = JsonLdNodeDocument | JsonLdGraphDocument

/** The vocabulary the records are written in. */
export type Vocabulary = 'schema' | 'dcterms'

/** Options of {@link toJsonLd}, {@link corpusToJsonLd} and {@link toNdjson}. */
export interface JsonLdOptions {
  /**
   * The IRI that document and entity IRIs are minted from: a document’s `@id`
   * is `base` followed by its `documentId` (`https://archives.example/presse/doc-4e2a9b7c1d3f5a60`),
   * an entity’s `base` followed by its id, percent-encoded (`…/presse/place%3Arennes`).
   * Give your archive’s namespace, absolute and ending with `/`, `:` or `=`;
   * it cannot hold `#`, since the parts of a document are fragments of its
   * IRI. A `TypeError` is thrown otherwise, and for any IRI that JSON-LD would
   * not keep as written. Without a base, each id gets a name-based UUID URN
   * (`urn:uuid:…`, RFC 9562): valid, stable, the same on every run, but not
   * resolvable.
   */
  base?: string
  /** `schema` (default): schema.org `NewsArticle`; `dcterms`: Dublin Core terms, for library catalogues. */
  vocabulary?: Vocabulary
  /**
   * Also write the quotes and dates as W3C Web Annotations on the article
   * (default `false`): the output is then an `@graph` (see {@link JsonLdGraphDocument}).
   */
  annotations?: boolean
  /**
   * `embed` (default): the `@context` holds every term the record uses, and the
   * record is understood offline; `reference`: it points at schema.org’s
   * context (`https://schema.org/`) and adds only the terms that context lacks.
   * The Dublin Core vocabulary has no published context to point at: it is always
   * embedded. Web Annotations always name the W3C context, as their model requires.
   */
  context?: 'embed' | 'reference'
  /** The corpus the documents are part of (`isPartOf`). */
  corpus?: CorpusInfo
  /**
   * Keep the page furniture of an article copied from a web page (`Partager`,
   * `Publié le …`, `Lire aussi : …`: furniture blocks) in its text (default
   * `false`). By default each furniture block is cut out of `articleBody`
   * with the line break after it, and what stands in it (quotes, dates,
   * entity mentions) is neither annotated nor counted in `wordCount`; with
   * `true`, `articleBody` is the whole text from the first block to the end
   * of the last, as written.
   */
  keepFurniture?: boolean
}

/** The corpus a document belongs to: the collection a catalogue files the records under. */
export interface CorpusInfo {
  /**
   * IRI of the corpus, absolute (default: `base`; without a base, a
   * name-based UUID URN of `name`; without a name either, the corpus is a
   * blank node).
   */
  id?: string
  /** Its name (`name`, `dcterms:title`), written only when given. */
  name?: string
  /** What it holds, in a sentence or two. */
  description?: string
  /** The IRI of its licence (`https://creativecommons.org/licenses/by/4.0/`). */
  license?: string
  /** Who publishes it: an organisation’s name. */
  publisher?: string
  /** Who made it: a person’s or an organisation’s name. */
  creator?: string
}
