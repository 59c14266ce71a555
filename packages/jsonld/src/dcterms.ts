import type { Document } from '@corpus/core'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'
import { entityIri } from './entities.js'
import { articleWords, BYTES, isArticle, isBinary } from './article-text.js'
import { dateLiteral } from './literals.js'
import type { Settings } from './options.js'
import type { JsonObject } from './types.js'

// ISO 639-1 codes back to ISO 639-3, the encoding scheme DCMI names for languages.
const TO_639_3 = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]))

/**
 * A document as a Dublin Core record, for library catalogues and Omeka S: its
 * catalogue facts (identifiers, date, language, place, agency, author,
 * extent), no title (the files have none). Values that DCMI ranges over
 * resources (places, agents, languages, extents, formats) are resources with
 * a label, as DCMI recommends. A file that holds no text keeps only its
 * identifiers, collection and the date of a header, if any; a file of bytes
 * that are not text (binary input), its identifiers, collection and
 * `dcterms:format` `application/octet-stream`.
 */
export function dctermsRecord(document: Document, iri: string, options: Settings): JsonObject {
  const { file, sourceId, sha256 } = document.source
  const node: JsonObject = { '@id': iri }
  const article = isArticle(document)
  if (article) {
    node['@type'] = 'dcmitype:Text'
    node['dcterms:type'] = { '@id': 'dcmitype:Text' }
  }
  node['dcterms:identifier'] = [...(file === null ? [] : [file]), ...(sourceId === null ? [] : [sourceId]), `sha256:${sha256}`]
  node['dcterms:isPartOf'] = collection(options)
  if (document.date) node['dcterms:issued'] = dateLiteral(document.date.value, document.date.precision)
  if (isBinary(document)) node['dcterms:format'] = labelled('dcterms:MediaType', BYTES)
  if (!article) return node
  if (document.language) node['dcterms:language'] = language(document.language)
  const dateline = document.dateline
  // The places the text names, then the dateline's when the text did not name them.
  const named = document.entities.filter((entity) => entity.kind === 'place')
  const known = new Set(named.map((place) => place.label.toLocaleLowerCase('fr')))
  const datelinePlaces = [dateline?.place, dateline?.region].filter((place): place is string => typeof place === 'string' && !known.has(place.toLocaleLowerCase('fr')))
  const places = [...named.map((place) => ({ '@id': entityIri(iri, place.id), ...labelled('dcterms:Location', place.label) })), ...datelinePlaces.map((place) => labelled('dcterms:Location', place))]
  if (places.length > 0) node['dcterms:spatial'] = places
  if (dateline?.agency) node['dcterms:publisher'] = labelled('dcterms:Agent', dateline.agency)
  if (document.byline) node['dcterms:creator'] = labelled('dcterms:Agent', document.byline.author)
  node['dcterms:extent'] = labelled('dcterms:SizeOrDuration', `${articleWords(document)} words`)
  return node
}

/** The collection, as a record points at it: its IRI, and its title when given. */
export function collection(options: Settings): JsonObject {
  const node: JsonObject = { '@id': options.corpusId, '@type': 'dcmitype:Collection' }
  if (options.corpusName !== null) node['dcterms:title'] = options.corpusName
  return node
}

function labelled(type: string, label: string): JsonObject {
  return { '@type': type, 'rdfs:label': label }
}

/** A language as DCMI writes it: a `LinguisticSystem` whose value is its ISO 639-3 code. */
function language(tag: string): JsonObject {
  const code = tag.toLowerCase()
  return { '@type': 'dcterms:LinguisticSystem', 'rdf:value': { '@value': TO_639_3.get(code) ?? code, '@type': 'dcterms:ISO639-3' } }
}
