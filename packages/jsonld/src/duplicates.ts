import { documentId, type Document } from '@corpus/core'

/**
 * A guard against two different files with one id, which a catalogue would
 * merge into one record: it throws an `Error` naming both. The same bytes
 * under two names pass (their records merge into one, with both names).
 * Holds one id and hash per document seen.
 */
export function duplicateGuard(): (document: Document) => void {
  const seen = new Map<string, { sha256: string; file: string | null }>()
  return (document) => {
    const id = documentId(document)
    const earlier = seen.get(id)
    if (!earlier) seen.set(id, { sha256: document.source.sha256, file: document.source.file })
    else if (earlier.sha256 !== document.source.sha256) {
      throw new Error(`Two different files have the id \`${id}\`: ${earlier.file ?? 'a text'} and ${document.source.file ?? 'a text'}; a catalogue would merge them`)
    }
  }
}
