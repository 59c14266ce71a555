import { settings, type Settings } from './options.js'
import type { Context, JsonLdOptions, JsonObject } from './types.js'

/** schema.org’s context, where `context: 'reference'` points. */
export const SCHEMA_CONTEXT = 'https://schema.org/'

const OA = 'http://www.w3.org/ns/oa#'

const PREFIXES: JsonObject = {
  schema: 'http://schema.org/',
  dcterms: 'http://purl.org/dc/terms/',
  dcmitype: 'http://purl.org/dc/dcmitype/',
  oa: OA,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#'
}

// The schema.org terms the schema profile writes, as schema.org’s context
// defines them (its `http://schema.org/` namespace). Values are always
// written as node or value objects, so no term needs coercion.
const SCHEMA_TERMS = [
  'Dataset',
  'NewsArticle',
  'Organization',
  'Person',
  'Place',
  'PropertyValue',
  'Quotation',
  'Thing',
  'articleBody',
  'author',
  'containedInPlace',
  'datePublished',
  'dateline',
  'hasPart',
  'identifier',
  'inLanguage',
  'isPartOf',
  'locationCreated',
  'mentions',
  'name',
  'propertyID',
  'sourceOrganization',
  'text',
  'value',
  'wordCount'
]

// The Web Annotation terms, as the W3C context (anno.jsonld) defines them.
// `target`, `source` and `purpose` shadow schema.org terms that the schema
// profile does not use; a body's text is `rdf:value`, since `value` is schema.org's.
const ANNOTATION_TERMS: JsonObject = {
  Annotation: 'oa:Annotation',
  SpecificResource: 'oa:SpecificResource',
  TextualBody: 'oa:TextualBody',
  TextPositionSelector: 'oa:TextPositionSelector',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  describing: 'oa:describing',
  tagging: 'oa:tagging',
  motivation: { '@id': 'oa:motivatedBy', '@type': '@vocab' },
  purpose: { '@id': 'oa:hasPurpose', '@type': '@vocab' },
  body: { '@id': 'oa:hasBody', '@type': '@id' },
  target: { '@id': 'oa:hasTarget', '@type': '@id' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector', '@type': '@id' },
  start: { '@id': 'oa:start', '@type': 'xsd:nonNegativeInteger' },
  end: { '@id': 'oa:end', '@type': 'xsd:nonNegativeInteger' },
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix'
}

// schema.org’s context reads `propertyID` as an IRI (its range includes URL);
// ours are names, so the referenced context is followed by a plain definition.
const TEXT_TERMS: JsonObject = { propertyID: { '@id': 'schema:propertyID' } }

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
  if (options.reference) return [SCHEMA_CONTEXT, options.annotations ? { ...TEXT_TERMS, oa: OA, ...ANNOTATION_TERMS } : TEXT_TERMS]
  const context: JsonObject = { ...PREFIXES }
  if (options.profile === 'schema') for (const term of SCHEMA_TERMS) context[term] = `schema:${term}`
  if (options.annotations) Object.assign(context, ANNOTATION_TERMS)
  return context
}
