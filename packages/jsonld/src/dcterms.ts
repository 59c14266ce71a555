import { documentTitle, type Document, type Entity } from '@corpus/core'
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js'
import { namedIn } from './entities.js'
import { articleWords, BYTES, isArticle, isBinary } from './article-text.js'
import { entityIri } from './iris.js'
import { repostSources } from './reposts.js'
import { dateLiteral, textLiteral } from './literals.js'
import type { Settings } from './options.js'
import type { JsonObject } from './types.js'

// ISO 639-1 codes back to ISO 639-3, the encoding scheme DCMI names for languages.
const TO_639_3 = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]))

/**
 * A document as a Dublin Core record, for library catalogues and Omeka S: its
 * catalogue facts (title, identifiers, date, language, place, agency,
 * author, the people and bodies it is about, extent). The title is the
 * article's own, or one devised from its opening words, in square brackets
 * (see `documentTitle`). Values that DCMI ranges over
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
  const title = article ? documentTitle(document) : null
  if (title) node['dcterms:title'] = textLiteral(title.value, document.language)
  node['dcterms:identifier'] = [...(file === null ? [] : [file]), ...(sourceId === null ? [] : [sourceId]), `sha256:${sha256}`]
  node['dcterms:isPartOf'] = collection(options)
  if (document.date) node['dcterms:issued'] = dateLiteral(document.date.date, document.date.precision)
  if (isBinary(document)) node['dcterms:format'] = labelled('dcterms:MediaType', BYTES)
  if (!article) return node
  if (document.language) node['dcterms:language'] = language(document.language)
  const dateline = document.dateline
  // The places the text names, then the dateline's when the text did not name them.
  const named = document.entities.filter((entity) => entity.kind === 'place')
  const known = new Set(named.map((place) => place.label.toLocaleLowerCase('fr')))
  const datelinePlaces = [dateline?.place, dateline?.region].filter((place): place is string => typeof place === 'string' && !known.has(place.toLocaleLowerCase('fr')))
  const places = [...named.map((place) => described(place, options)), ...datelinePlaces.map((place) => labelled('dcterms:Location', place))]
  if (places.length > 0) node['dcterms:spatial'] = places
  // People and bodies the text names are its subjects, so that every entity an annotation identifies is described.
  const agents = document.entities.filter((entity) => entity.kind !== 'place').map((entity) => described(entity, options))
  if (agents.length > 0) node['dcterms:subject'] = agents
  if (dateline?.agency) node['dcterms:publisher'] = agent(document, 'dateline', dateline.agency, options)
  if (document.byline) node['dcterms:creator'] = agent(document, 'byline', document.byline.author, options)
  const sources = repostSources(document).map(derivedFrom)
  if (sources.length > 0) node['dcterms:source'] = sources
  node['dcterms:extent'] = labelled('dcterms:SizeOrDuration', `${articleWords(document, options.keepFurniture)} words`)
  return node
}

/**
 * The collection, as a record points at it: its IRI (a blank node when
 * nothing identifies it), and what is given of its title, description,
 * licence, publisher and creator.
 */
export function collection(options: Settings): JsonObject {
  const { id, name, description, license, publisher, creator } = options.corpus
  const node: JsonObject = { ...(id === null ? {} : { '@id': id }), '@type': 'dcmitype:Collection' }
  if (name !== null) node['dcterms:title'] = name
  if (description !== null) node['dcterms:description'] = description
  if (license !== null) node['dcterms:license'] = { '@id': license }
  if (publisher !== null) node['dcterms:publisher'] = labelled('dcterms:Agent', publisher)
  if (creator !== null) node['dcterms:creator'] = labelled('dcterms:Agent', creator)
  return node
}

/** An entity as a resource with its corpus-wide IRI: a `Location` or an `Agent`, with its label. */
function described(entity: Entity, options: Settings): JsonObject {
  return { '@id': entityIri(options.base, entity.id), ...labelled(entity.kind === 'place' ? 'dcterms:Location' : 'dcterms:Agent', entity.label) }
}

/** The agent a dateline's agency or a byline's author is: the entity the line names, else a labelled agent. */
function agent(document: Document, line: 'dateline' | 'byline', name: string, options: Settings): JsonObject {
  const entity = line === 'dateline' ? namedIn(document, line, 'organization', name) : (namedIn(document, line, 'person', name) ?? namedIn(document, line, 'organization', name))
  return entity ? described(entity, options) : labelled('dcterms:Agent', name)
}

/**
 * The work a reposted article derives from (`dcterms:source`): a
 * `dcterms:BibliographicResource` whose publisher is the publication the
 * repost signature credits, as schema.org's `isBasedOn` says it. The reposter
 * is neither its creator nor its publisher.
 */
function derivedFrom(source: string | null): JsonObject {
  const work: JsonObject = { '@type': 'dcterms:BibliographicResource' }
  if (source !== null) work['dcterms:publisher'] = labelled('dcterms:Agent', source)
  return work
}

function labelled(type: string, label: string): JsonObject {
  return { '@type': type, 'rdfs:label': label }
}

/** A language as DCMI writes it: a `LinguisticSystem` whose value is its ISO 639-3 code. */
function language(tag: string): JsonObject {
  const code = tag.toLowerCase()
  return { '@type': 'dcterms:LinguisticSystem', 'rdf:value': { '@value': TO_639_3.get(code) ?? code, '@type': 'dcterms:ISO639-3' } }
}
