import { settings, type Settings } from './options.js'
import type { Context, JsonLdOptions, JsonObject } from './types.js'

/** schema.org’s context, where `context: 'reference'` points. */
export const SCHEMA_CONTEXT = 'https://schema.org/'

const PREFIXES: JsonObject = {
  schema: 'http://schema.org/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dcterms: 'http://purl.org/dc/terms/',
  dcmitype: 'http://purl.org/dc/dcmitype/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#'
}

// The schema.org terms the schema.org vocabulary writes, as schema.org’s context
// defines them (its `http://schema.org/` namespace). Values are always
// written as node or value objects, so no term needs coercion.
const SCHEMA_TERMS = [
  'CreativeWork',
  'Dataset',
  'MediaObject',
  'NewsArticle',
  'Organization',
  'Person',
  'Place',
  'PropertyValue',
  'Quotation',
  'about',
  'articleBody',
  'author',
  'containedInPlace',
  'creator',
  'datePublished',
  'description',
  'dateline',
  'encodingFormat',
  'hasPart',
  'headline',
  'identifier',
  'inLanguage',
  'isBasedOn',
  'isPartOf',
  'license',
  'locationCreated',
  'mentions',
  'name',
  'propertyID',
  'publisher',
  'sameAs',
  'sourceOrganization',
  'spokenByCharacter',
  'text',
  'value',
  'wordCount'
]

// schema.org’s context reads `propertyID` and `encodingFormat` as IRIs (their
// ranges include URL); ours are names and media types, so the referenced
// context is followed by plain definitions.
const TEXT_TERMS: JsonObject = { propertyID: { '@id': 'schema:propertyID' }, encodingFormat: { '@id': 'schema:encodingFormat' } }

/**
 * The `@context` that {@link toJsonLd} writes for these options: a context
 * object; with `context: 'reference'`, schema.org’s context IRI followed by the
 * few definitions it lacks.
 */
export function jsonLdContext(options?: JsonLdOptions): Context {
  return contextOf(settings(options))
}

/** The context for resolved options. */
export function contextOf(options: Settings): Context {
  if (options.reference) return [SCHEMA_CONTEXT, TEXT_TERMS]
  const context: JsonObject = { ...PREFIXES }
  if (options.vocabulary === 'schema') for (const term of SCHEMA_TERMS) context[term] = `schema:${term}`
  return context
}
