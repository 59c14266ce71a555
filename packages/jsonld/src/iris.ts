import { documentId, type Document } from '@corpus/core'

/** The IRI of a document: the base followed by its stable id. */
export function documentIri(document: Document, base: string): string {
  return `${base}${documentId(document)}`
}

/** The IRI of a part of a document (`…#quote-3`): a fragment of the document’s IRI. */
export function partIri(document: string, kind: string, index: number): string {
  return `${document}#${kind}-${index}`
}
