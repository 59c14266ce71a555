import type { Document, EntityKind } from '@corpus/core'
import type { JsonObject } from './types.js'

const TYPES: Record<EntityKind, string> = { person: 'Person', place: 'Place', organization: 'Organization' }

/** The entities the document mentions, one node per entity (not per mention), typed by kind and named by its label. */
export function entityNodes(document: Document, iri: string): JsonObject[] {
  return document.entities.map((entity) => ({ '@id': entityIri(iri, entity.id), '@type': TYPES[entity.kind], name: entity.label }))
}

/** The IRI of an entity as this document mentions it. */
export function entityIri(iri: string, entity: string): string {
  return `${iri}#entity-${encodeURIComponent(entity)}`
}
