import type { Document, Entity, EntityKind } from '@corpus/core'
import { propertyValue } from './literals.js'
import type { JsonObject } from './types.js'

const TYPES: Record<EntityKind, string> = { person: 'Person', place: 'Place', organization: 'Organization' }

/**
 * The entities the document mentions, one node per entity (not per mention),
 * typed by kind and named by its label, with its stable id (`corpus-entity`)
 * and its authority ids as identifiers, and its Wikidata item as `sameAs`.
 */
export function entityNodes(document: Document, iri: string): JsonObject[] {
  return document.entities.map((entity) => {
    const node: JsonObject = { '@id': entityIri(iri, entity.id), '@type': TYPES[entity.kind], name: entity.label }
    node.identifier = [propertyValue('corpus-entity', entity.id), ...Object.entries(entity.ids).map(([authority, value]) => propertyValue(authority, value))]
    const wikidata = entity.ids.wikidata
    if (wikidata && /^Q[1-9]\d*$/.test(wikidata)) node.sameAs = { '@id': `http://www.wikidata.org/entity/${wikidata}` }
    return node
  })
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
