/**
 * Round trip: the facts of every document, read back from the RDF of its
 * JSON-LD (through jsonld.js), in both vocabularies, equal the model’s.
 */
import { documentId, documentTitle, type Document, type EntityKind } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd } from '../src/index.js'
import { inputs } from './support/inputs.js'
import { toNQuads } from './support/loader.js'
import { literal, readQuads, type Quad } from './support/nquads.js'
import { defaultIri } from './support/iris.js'
import { bodyWithoutFurniture, inFurniture, wordsWithoutFurniture } from './support/furniture.js'

const SCHEMA = 'http://schema.org/'
const DCTERMS = 'http://purl.org/dc/terms/'
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label'
const XSD = 'http://www.w3.org/2001/XMLSchema#'
const TYPES = { year: 'gYear', month: 'gYearMonth', day: 'date' } as const

/** Reads statements back: the objects of a subject’s property, as terms, texts or typed literals. */
function reader(quads: Quad[]) {
  const objects = (node: string, property: string) => quads.filter((quad) => quad.subject === node && quad.predicate === property).map((quad) => quad.object)
  const texts = (node: string, property: string) => objects(node, property).map((term) => literal(term).value).sort()
  const typed = (node: string, property: string) => objects(node, property).map(literal)[0] ?? null
  const labels = (node: string, property: string, label: string) => objects(node, property).flatMap((child) => texts(child, label)).sort()
  return { objects, texts, typed, labels }
}

// An article was read (no fatal diagnostic) and holds text; other files are only identified.
const isArticle = (document: Document) => document.children.length > 0 && !document.diagnostics.some((diagnostic) => diagnostic.fatal)
const xsd = (value: string, precision: keyof typeof TYPES) => ({ value, type: `${XSD}${TYPES[precision]}`, language: null })

function schemaFacts(quads: Quad[], iri: string) {
  const { objects, texts, typed, labels } = reader(quads)
  const s = (name: string) => SCHEMA + name
  const ofType = (type: string) => quads.filter((quad) => quad.predicate === `${RDF}type` && quad.object === `<${s(type)}>`).map((quad) => quad.subject)
  return {
    type: objects(iri, `${RDF}type`),
    body: texts(iri, s('articleBody')),
    bodyLanguage: objects(iri, s('articleBody')).map((term) => literal(term).language),
    title: texts(iri, s('name')),
    headline: texts(iri, s('headline')),
    words: texts(iri, s('wordCount')).map(Number),
    date: typed(iri, s('datePublished')),
    language: texts(iri, s('inLanguage')),
    dateline: texts(iri, s('dateline')),
    place: labels(iri, s('locationCreated'), s('name')),
    region: objects(iri, s('locationCreated')).flatMap((place) => labels(place, s('containedInPlace'), s('name'))),
    agency: labels(iri, s('sourceOrganization'), s('name')),
    author: labels(iri, s('author'), s('name')),
    identifiers: Object.fromEntries(objects(iri, s('identifier')).map((node) => [texts(node, s('propertyID'))[0], texts(node, s('value'))[0]])),
    quotes: ofType('Quotation').flatMap((node) => texts(node, s('text'))).sort(),
    dates: objects(iri, s('mentions')).flatMap((node) => texts(node, s('value'))).sort(),
    yearsFromArticle: objects(iri, s('mentions')).filter((node) => texts(node, s('description')).length > 0).length,
    entities: objects(iri, s('mentions'))
      .filter((node) => objects(node, `${RDF}type`).some((type) => ENTITY_TYPES.includes(type)))
      .map((node) => [objects(node, `${RDF}type`)[0], texts(node, s('name'))[0], entityId(node)])
      .sort(),
    about: objects(iri, s('about')).map(entityId)
  }
  // The entity's stable id: its identifier named `corpus-entity`.
  function entityId(node: string) {
    return objects(node, s('identifier')).filter((id) => texts(id, s('propertyID'))[0] === 'corpus-entity').flatMap((id) => texts(id, s('value')))[0]
  }
}

const ENTITY_TYPES = ['Person', 'Place', 'Organization'].map((type) => `<${SCHEMA}${type}>`)
const KIND_TYPES = { person: 'Person', place: 'Place', organization: 'Organization' } as const

function schemaModel(document: Document) {
  const readable = isArticle(document)
  const only = <T>(value: T | null | undefined): T[] => (readable && value !== null && value !== undefined ? [value] : [])
  return {
    type: [readable ? `<${SCHEMA}NewsArticle>` : document.source.encoding === null ? `<${SCHEMA}MediaObject>` : `<${SCHEMA}CreativeWork>`],
    body: only(bodyWithoutFurniture(document)),
    bodyLanguage: readable ? [document.language] : [],
    title: only(documentTitle(document)?.value),
    headline: only(documentTitle(document)?.devised === false ? documentTitle(document)?.value : null),
    words: only(wordsWithoutFurniture(document)),
    date: document.date ? xsd(document.date.date, document.date.precision) : null,
    language: document.language === null ? [] : [document.language],
    dateline: only(document.dateline?.raw),
    place: only(named(document, 'dateline', 'place', document.dateline?.place)),
    region: only(document.dateline?.place ? document.dateline.region : null),
    entities: readable ? document.entities.map((entity) => [`<${SCHEMA}${KIND_TYPES[entity.kind]}>`, entity.label, entity.id]).sort() : [],
    about: readable ? centralIds(document) : [],
    agency: only(named(document, 'dateline', 'organization', document.dateline?.agency)),
    author: only(document.byline && /(?:^|\s)rédaction(?:\s|$)/i.test(document.byline.author) ? named(document, 'byline', 'organization', document.byline.author) : (named(document, 'byline', 'person', document.byline?.author, true) ?? named(document, 'byline', 'organization', document.byline?.author))),
    identifiers: {
      ...(document.source.file === null ? {} : { filename: document.source.file }),
      ...(document.source.sourceId === null ? {} : { 'source-id': document.source.sourceId }),
      sha256: document.source.sha256
    },
    quotes: readable ? document.quotes.filter((quote) => !inFurniture(document, quote.inner.start.offset)).map((quote) => quote.value).filter(Boolean).sort() : [],
    dates: readable ? articleDates(document).map((date) => date.date).sort() : [],
    yearsFromArticle: readable ? articleDates(document).filter((date) => date.year === 'article').length : 0
  }
}

// The date expressions of the article's text: page furniture is left out of it.
const articleDates = (document: Document) => document.dates.filter((date) => !inFurniture(document, date.position.start.offset))

/**
 * The name a dateline's or byline's part is read back with: the label of the
 * entity of a mention with its text inside such a line, else the text itself
 * (`orNull`: null when no entity is named).
 */
function named(document: Document, type: 'dateline' | 'byline', kind: EntityKind, text: string | null | undefined, orNull = false): string | null {
  if (text === null || text === undefined) return null
  const lines = document.children.filter((block) => block.type === type)
  const mention = document.mentions.find(
    (item) => item.kind === kind && item.text.toLowerCase() === text.toLowerCase() && lines.some((line) => line.position.start.offset <= item.position.start.offset && item.position.start.offset < line.position.end.offset)
  )
  const entity = mention ? document.entities.find((item) => item.id === mention.entity) : undefined
  return entity ? entity.label : orNull ? null : text
}

// Independently of the exporter: the entity mentioned most, twice at least, the first of equals.
function centralIds(document: Document): string[] {
  const most = Math.max(0, ...document.entities.map((entity) => entity.mentionCount))
  const central = document.entities.find((entity) => entity.mentionCount === most)
  return most >= 2 && central ? [central.id] : []
}

function dctermsFacts(quads: Quad[], iri: string) {
  const { objects, texts, typed, labels } = reader(quads)
  const d = (name: string) => DCTERMS + name
  return {
    identifiers: texts(iri, d('identifier')),
    title: texts(iri, d('title')),
    subjects: labels(iri, d('subject'), LABEL),
    date: typed(iri, d('issued')),
    language: objects(iri, d('language')).map((node) => literal(objects(node, `${RDF}value`)[0] ?? '').value),
    places: labels(iri, d('spatial'), LABEL),
    publisher: labels(iri, d('publisher'), LABEL),
    creator: labels(iri, d('creator'), LABEL),
    extent: labels(iri, d('extent'), LABEL)
  }
}

// The ISO 639-3 codes of the languages the fixtures and sample hold, written out to check the exporter's table.
const ISO_639_3: Record<string, string> = { ar: 'ara', fr: 'fra', he: 'heb', hy: 'hye', ka: 'kat', ru: 'rus' }

function dctermsModel(document: Document) {
  const readable = isArticle(document)
  const only = <T>(value: T | null | undefined): T[] => (readable && value !== null && value !== undefined ? [value] : [])
  return {
    identifiers: [document.source.file, document.source.sourceId, `sha256:${document.source.sha256}`].filter((value) => value !== null).sort(),
    title: only(documentTitle(document)?.value),
    subjects: readable ? document.entities.filter((entity) => entity.kind !== 'place').map((entity) => entity.label).sort() : [],
    date: document.date ? xsd(document.date.date, document.date.precision) : null,
    language: only(document.language === null ? null : (ISO_639_3[document.language] ?? `no ISO 639-3 code written for ${document.language}`)),
    places: [...(readable ? document.entities.filter((entity) => entity.kind === 'place').map((entity) => entity.label) : []), ...[...only(document.dateline?.place), ...only(document.dateline?.region)].filter((place) => !document.entities.some((entity) => entity.kind === 'place' && entity.label.toLowerCase() === place.toLowerCase()))].sort(),
    publisher: only(named(document, 'dateline', 'organization', document.dateline?.agency)),
    creator: only(document.byline ? (named(document, 'byline', 'person', document.byline.author, true) ?? named(document, 'byline', 'organization', document.byline.author)) : null),
    extent: only(readable ? `${wordsWithoutFurniture(document)} words` : null)
  }
}

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, document) => {
  const iri = defaultIri(documentId(document))

  it('gives back its facts from the RDF of the schema.org vocabulary, with either context', async () => {
    for (const context of ['embed', 'reference'] as const) {
      const quads = readQuads(await toNQuads(toJsonLd(document, { context })))
      expect(schemaFacts(quads, `<${iri}>`)).toEqual(schemaModel(document))
    }
  })

  it('gives back its facts from the RDF of the Dublin Core vocabulary', async () => {
    const quads = readQuads(await toNQuads(toJsonLd(document, { vocabulary: 'dcterms' })))
    expect(dctermsFacts(quads, `<${iri}>`)).toEqual(dctermsModel(document))
  })
})
