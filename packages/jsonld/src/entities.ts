import type { Document, Entity, EntityKind } from '@corpus/core'
import { entityIri } from './iris.js'
import { propertyValue } from './literals.js'
import type { JsonObject } from './types.js'

const TYPES: Record<EntityKind, string> = { person: 'Person', place: 'Place', organization: 'Organization' }

/**
 * The entities the document mentions, one node per entity (not per mention),
 * typed by kind and named by its label, with its stable id (`corpus-entity`)
 * and its authority ids as identifiers, and its Wikidata item and GeoNames
 * feature as `sameAs`.
 */
export function entityNodes(document: Document, base: string | null): JsonObject[] {
  return document.entities.map((entity) => {
    const node: JsonObject = { '@id': entityIri(base, entity.id), '@type': TYPES[entity.kind], name: entity.label }
    node.identifier = [propertyValue('corpus-entity', entity.id), ...Object.entries(entity.ids).map(([authority, value]) => propertyValue(authority, value))]
    const [first, ...more] = sameAs(entity.ids)
    if (first) node.sameAs = more.length === 0 ? first : [first, ...more]
    return node
  })
}

/**
 * The linked-data IRIs of an entity's authority ids, where they have the form
 * of one: its Wikidata item, its GeoNames feature, and for a country the EU
 * Publications Office's country authority (keyed by ISO 3166-1 alpha-3, the
 * table DCAT-AP catalogues use).
 */
function sameAs(ids: Readonly<Record<string, string>>): JsonObject[] {
  const same: JsonObject[] = []
  if (ids.iso3166Alpha3 && /^[A-Z]{3}$/.test(ids.iso3166Alpha3)) same.push({ '@id': `http://publications.europa.eu/resource/authority/country/${ids.iso3166Alpha3}` })
  if (ids.wikidata && /^Q[1-9]\d*$/.test(ids.wikidata)) same.push({ '@id': `http://www.wikidata.org/entity/${ids.wikidata}` })
  if (ids.geonames && /^[1-9]\d*$/.test(ids.geonames)) same.push({ '@id': `https://sws.geonames.org/${ids.geonames}/` })
  return same
}

/** The entity the document is most about: the one it mentions most, twice at least (the first of equals); none otherwise. */
export function centralEntity(document: Document): Entity | null {
  let central: Entity | null = null
  for (const entity of document.entities) if (entity.mentionCount >= 2 && entity.mentionCount > (central?.mentionCount ?? 0)) central = entity
  return central
}

/**
 * The entity that a dateline or byline names: one of `kind` mentioned inside
 * a block of `type` whose text is `name`; `null` when none is (the line's
 * words are then described where they stand).
 */
export function namedIn(document: Document, type: 'dateline' | 'byline', kind: EntityKind, name: string): Entity | null {
  const wanted = name.toLocaleLowerCase('fr')
  const blocks = document.children.filter((block) => block.type === type)
  for (const mention of document.mentions) {
    if (mention.kind !== kind || mention.text.toLocaleLowerCase('fr') !== wanted) continue
    const start = mention.position.start.offset
    if (blocks.some((block) => block.position.start.offset <= start && start < block.position.end.offset)) return document.entities.find((entity) => entity.id === mention.entity) ?? null
  }
  return null
}
