import type { Document, Entity, EntityKind } from '@corpus/core'
import { propertyValue } from './literals.js'
import type { JsonObject } from './types.js'

const TYPES: Record<EntityKind, string> = { person: 'Person', place: 'Place', organization: 'Organization' }

/**
 * The entities the document mentions, one node per entity (not per mention),
 * typed by kind and named by its label, with its stable id (`corpus-entity`)
 * and its authority ids as identifiers, and its Wikidata item and GeoNames
 * feature as `sameAs`.
 */
export function entityNodes(document: Document, iri: string): JsonObject[] {
  return document.entities.map((entity) => {
    const node: JsonObject = { '@id': entityIri(iri, entity.id), '@type': TYPES[entity.kind], name: entity.label }
    node.identifier = [propertyValue('corpus-entity', entity.id), ...Object.entries(entity.ids).map(([authority, value]) => propertyValue(authority, value))]
    const [first, ...more] = sameAs(entity.ids)
    if (first) node.sameAs = more.length === 0 ? first : [first, ...more]
    return node
  })
}

/** The linked-data IRIs of an entity's authority ids, where they have the form of one: its Wikidata item, its GeoNames feature. */
function sameAs(ids: Readonly<Record<string, string>>): JsonObject[] {
  const same: JsonObject[] = []
  if (ids.wikidata && /^Q[1-9]\d*$/.test(ids.wikidata)) same.push({ '@id': `http://www.wikidata.org/entity/${ids.wikidata}` })
  if (ids.geonames && /^[1-9]\d*$/.test(ids.geonames)) same.push({ '@id': `https://sws.geonames.org/${ids.geonames}/` })
  return same
}

/** The entity the document is most about: the one it mentions most, twice at least (the first of equals); none otherwise. */
export function centralEntity(document: Document): Entity | null {
  let central: Entity | null = null
  for (const entity of document.entities) if (entity.mentions >= 2 && entity.mentions > (central?.mentions ?? 0)) central = entity
  return central
}

/** The IRI of an entity as this document mentions it. */
export function entityIri(iri: string, entity: string): string {
  return `${iri}#entity-${encodeURIComponent(entity)}`
}
