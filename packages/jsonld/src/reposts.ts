import type { Document } from '@corpus/core'

/**
 * The publications a reposted article credits, one per repost signature
 * (`Marc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest`), in order:
 * the name as written, or `null` when the signature names none.
 */
export function repostSources(document: Document): Array<string | null> {
  return document.children.flatMap((block) => (block.type === 'boilerplate' && block.role === 'repost' ? [block.repost?.source ?? null] : []))
}
