import { documentId, type Document } from '@corpus/core'

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/
// White space and the characters that IRIs forbid.
const FORBIDDEN = /[\s<>"{}|\\^`]/

/** An absolute IRI (a scheme, then no forbidden or control character), not a blank node label. */
function isAbsoluteIri(value: string): boolean {
  if (!SCHEME.test(value) || FORBIDDEN.test(value) || value.startsWith('_:')) return false
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20 || value.charCodeAt(i) === 0x7f) return false
  return true
}

/**
 * Checks an IRI option: absolute, and for a base, without a fragment (parts of
 * a document are fragments of its IRI). Throws a `TypeError` naming the option.
 */
export function checkIri(name: string, value: string, isBase: boolean): string {
  if (!isAbsoluteIri(value)) {
    throw new TypeError(`Invalid \`${name}\` ${JSON.stringify(value)}: expected an absolute IRI, such as \`https://archives.example/presse/\` or \`urn:corpus:\``)
  }
  if (isBase && value.includes('#')) {
    throw new TypeError(`Invalid \`${name}\` ${JSON.stringify(value)}: a base cannot hold \`#\`, since the parts of a document are fragments of its IRI; end it with \`/\` or \`:\``)
  }
  return value
}

/** The IRI of a document: the base followed by its stable id. */
export function documentIri(document: Document, base: string): string {
  return `${base}${documentId(document)}`
}

/** The IRI of a part of a document (`…#quote-3`): a fragment of the document’s IRI. */
export function partIri(document: string, kind: string, index: number): string {
  return `${document}#${kind}-${index}`
}
