import { countWords, documentTitle, type Document, type Quote } from '@corpus/core'
import { articleText, BYTES, inBody, isArticle, isBinary, type Piece } from './article-text.js'
import { centralEntity, entityNodes, namedIn } from './entities.js'
import { entityIri, partIri } from './iris.js'
import { dateLiteral, propertyValue, textLiteral } from './literals.js'
import { repostSources } from './reposts.js'
import type { Settings } from './options.js'
import type { JsonObject } from './types.js'

/**
 * A document as a schema.org `NewsArticle` node; `iri` is its `@id`. A file
 * that holds no text is only a `CreativeWork` with its identifiers (and the
 * date of a header, if any): nothing says it is an article. A file of bytes
 * that are not text (binary input) is a `MediaObject` whose `encodingFormat`
 * is `application/octet-stream`, with its identifiers: nothing says it is
 * text. Text literals carry the document's language (`@language`) when it is
 * known.
 */
export function newsArticle(document: Document, iri: string, options: Settings): JsonObject {
  if (isBinary(document)) return { '@id': iri, '@type': 'MediaObject', identifier: identifiers(document), encodingFormat: BYTES, isPartOf: corpus(options) }
  const article = isArticle(document)
  const node: JsonObject = { '@id': iri, '@type': article ? 'NewsArticle' : 'CreativeWork' }
  const language = document.language
  const title = article ? documentTitle(document) : null
  // A devised title is the catalogue's name for the article, not its headline.
  if (title && !title.devised) node.headline = textLiteral(title.value, language)
  if (title) node.name = textLiteral(title.value, language)
  node.identifier = identifiers(document)
  if (language) node.inLanguage = language
  if (document.date) node.datePublished = dateLiteral(document.date.date, document.date.precision)
  if (!article) {
    node.isPartOf = corpus(options)
    return node
  }
  const dateline = document.dateline
  if (dateline) {
    node.dateline = textLiteral(dateline.raw, language)
    if (dateline.place) {
      const entity = namedIn(document, 'dateline', 'place', dateline.place)
      const place: JsonObject = entity ? { '@id': entityIri(options.base, entity.id) } : { '@type': 'Place', name: dateline.place }
      if (dateline.region) place.containedInPlace = { '@type': 'Place', name: dateline.region }
      node.locationCreated = place
    }
    if (dateline.agency) {
      const entity = namedIn(document, 'dateline', 'organization', dateline.agency)
      node.sourceOrganization = entity ? { '@id': entityIri(options.base, entity.id) } : { '@type': 'Organization', name: dateline.agency }
    }
  }
  if (document.byline) {
    const author = document.byline.author
    const newsroom = NEWSROOM.test(author)
    const entity = (newsroom ? null : namedIn(document, 'byline', 'person', author)) ?? namedIn(document, 'byline', 'organization', author)
    node.author = entity ? { '@id': entityIri(options.base, entity.id) } : { '@type': newsroom ? 'Organization' : 'Person', name: author }
  }
  const works = basedOn(document)
  if (works.length > 0) node.isBasedOn = oneOrMany(works)
  const body = articleText(document, options.keepFurniture)
  node.articleBody = textLiteral(body.text, language)
  node.wordCount = countWords(body.text)
  node.isPartOf = corpus(options)
  const mentions = [...dateMentions(document, iri, body.pieces), ...entityNodes(document, options.base)]
  if (mentions.length > 0) node.mentions = mentions
  const central = centralEntity(document)
  if (central) node.about = { '@id': entityIri(options.base, central.id) }
  const quotations = quotationTree(document.quotes, body.pieces, iri, language, options.base)
  if (quotations.length > 0) node.hasPart = quotations
  return node
}

// A byline that credits the newsroom, not a person (`la rédaction`, `Rédaction Ouest`).
const NEWSROOM = /(?:^|\s)rédaction(?:\s|$)/i

/**
 * The corpus, as the article points at it: a `Dataset` with its IRI (a blank
 * node when nothing identifies it), and what is given of its name,
 * description, licence, publisher and creator.
 */
export function corpus(options: Settings): JsonObject {
  const { id, name, description, license, publisher, creator } = options.corpus
  const node: JsonObject = { ...(id === null ? {} : { '@id': id }), '@type': 'Dataset' }
  if (name !== null) node.name = name
  if (description !== null) node.description = description
  if (license !== null) node.license = { '@id': license }
  if (publisher !== null) node.publisher = { '@type': 'Organization', name: publisher }
  if (creator !== null) node.creator = { '@type': agentType(creator), name: creator }
  return node
}

/** The file name, the source id and the SHA-256, each a `PropertyValue`. */
function identifiers(document: Document): JsonObject[] {
  const { file, sourceId, sha256 } = document.source
  const values: JsonObject[] = []
  if (file !== null) values.push(propertyValue('filename', file))
  if (sourceId !== null) values.push(propertyValue('source-id', sourceId))
  values.push(propertyValue('sha256', sha256))
  return values
}

/**
 * The works a reposted article is based on: for each repost signature, a
 * `CreativeWork` published by the publication it credits. The reposter only
 * posted it again: nothing makes them its author.
 */
function basedOn(document: Document): JsonObject[] {
  return repostSources(document).map((source) => (source === null ? { '@type': 'CreativeWork' } : { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: source } }))
}

/** One value alone, several as an array. */
function oneOrMany(values: JsonObject[]): JsonObject | JsonObject[] {
  const [first, ...more] = values
  return first && more.length === 0 ? first : values
}

/**
 * Each date expression of the article's text (`pieces`: one in page
 * furniture left out is not the article's): `name` as written, `value` its
 * ISO 8601 value (text, as `PropertyValue.value` takes), with a `description`
 * when its year is the article’s, not the expression’s.
 */
function dateMentions(document: Document, iri: string, pieces: readonly Piece[]): JsonObject[] {
  return document.dates.flatMap((date, index) => {
    if (!inBody(pieces, date.position.start.offset)) return []
    const node: JsonObject = { '@id': partIri(iri, 'date', index), '@type': 'PropertyValue', propertyID: 'date', name: textLiteral(date.text, document.language), value: date.date }
    if (date.year === 'article') node.description = { '@value': 'year from the article date', '@language': 'en' }
    return [node]
  })
}

/**
 * The quotations as `Quotation` parts (`#quote-N`, N its index in the model),
 * a quote inside another as a part of it, with who said it. Empty quotes
 * (`« »`) quote nothing and are left out, and so are quotes in page furniture
 * left out of the article's text (`pieces`), with the quotes inside them.
 */
function quotationTree(quotes: readonly Quote[], pieces: readonly Piece[], iri: string, language: string | null, base: string | null): JsonObject[] {
  const children = new Map<number | null, JsonObject[]>()
  // Parents come before their children in `quotes`: build from the last, so each node has its parts.
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]
    if (!quote || quote.value === '' || !inBody(pieces, quote.inner.start.offset)) continue
    const node: JsonObject = { '@id': partIri(iri, 'quote', index), '@type': 'Quotation', text: textLiteral(quote.value, language) }
    const speaker = speakerOf(quote, language, base)
    if (speaker) node.spokenByCharacter = speaker
    const parts = children.get(index)
    if (parts) node.hasPart = parts.reverse()
    const siblings = children.get(quote.parent) ?? []
    siblings.push(node)
    children.set(quote.parent, siblings)
  }
  return (children.get(null) ?? []).reverse()
}

// A pronoun names nobody by itself: without the mention it refers to, it is left out.
const PRONOUN = /^(?:il|elle|ils|elles|on|je|j’|j'|nous|vous)$/i

/**
 * Who the text attributes a quotation to (`spokenByCharacter`, schema.org's
 * property for it): the entity a mention names, else the name or description
 * as written; `null` where the text does not say, or says only `il`.
 */
function speakerOf(quote: Quote, language: string | null, base: string | null): JsonObject | null {
  const speaker = quote.speaker
  if (!speaker) return null
  if (speaker.entity !== null) return { '@id': entityIri(base, speaker.entity) }
  return PRONOUN.test(speaker.text) ? null : { '@type': agentType(speaker.text), name: textLiteral(speaker.text, language) }
}

// The nouns that make a name or description a body rather than a person (« la mairie », « le ministère de … »).
const BODY = /^(?:(?:l[ae]s?|l[’']|du|des|une?)\s*)?(?:mairie|minist[eè]re|pr[ée]fecture|gouvernement|commission|conseil|direction|syndicat|association|entreprise|soci[ée]t[ée]|agence|police|gendarmerie|parquet|tribunal|ville|commune|r[ée]gion|d[ée]partement|collectif|f[ée]d[ée]ration|comit[ée]|service|groupe|parti|rédaction|assembl[ée]e|s[ée]nat|universit[ée]|h[ôo]pital)\b/iu

/** A speaker or creator named without an entity: an `Organization` when the words name a body, else a `Person`. */
function agentType(name: string): 'Person' | 'Organization' {
  return BODY.test(name) ? 'Organization' : 'Person'
}
