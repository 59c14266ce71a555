import type { Document, EntityMention } from '@corpus/core'
import type { JsonObject } from './types.js'

const TYPES: Record<EntityMention['kind'], string> = { person: 'Person', place: 'Place', organization: 'Organization' }

/**
 * The entities the document mentions, one node per entity (not per mention),
 * typed by kind and named by its first mention as written.
 */
export function entityNodes(document: Document, iri: string): JsonObject[] {
  const nodes = new Map<string, JsonObject>()
  for (const mention of document.entities) {
    if (nodes.has(mention.entity)) continue
    nodes.set(mention.entity, { '@id': entityIri(iri, mention.entity), '@type': TYPES[mention.kind], name: mention.text })
  }
  return [...nodes.values()]
}

/** The IRI of an entity as this document mentions it. */
export function entityIri(iri: string, entity: string): string {
  return `${iri}#entity-${encodeURIComponent(entity)}`
}
