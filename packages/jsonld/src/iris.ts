import { documentId, type Document } from '@corpus/core'
import { sha256 } from '@noble/hashes/sha2.js'

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/
// White space, the characters IRIs forbid, and `[`/`]` outside an IPv6 host.
const FORBIDDEN = /[\s<>"{}|\\^`]|%(?![0-9A-Fa-f]{2})/
const BRACKETS = /[[\]]/
const IPV6_HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\[[0-9A-Fa-f:.]+\]/
// Prefixes of the contexts the output uses (its own, schema.org’s, the W3C
// annotation context): an IRI with one of them as its scheme would be read as
// a compact IRI and silently rewritten, unless `//` follows the colon.
const PREFIXES = new Set(
  'as brick csvw dc dcam dcat dcmitype dct dcterms dctype dctypes doap foaf iana odrl oa org owl prof prov qb rdf rdfs schema sh skos sosa ssn time vann void xml xsd'.split(' ')
)

/** Why `value` is not an absolute IRI that JSON-LD keeps as written, or `null` when it is one. */
function iriProblem(value: string): string | null {
  const scheme = SCHEME.exec(value)?.[1]
  if (!scheme || value.startsWith('_:')) return 'expected an absolute IRI, such as `https://archives.example/presse/`'
  if (FORBIDDEN.test(value) || BRACKETS.test(value.replace(IPV6_HOST, '')) || hasLoneSurrogate(value)) return 'it holds white space or a character IRIs forbid'
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) return 'it holds a control character'
  }
  if (PREFIXES.has(scheme.toLowerCase()) && !value.startsWith(`${scheme}://`)) return `\`${scheme}:\` is a prefix of the contexts used, so the IRI would be rewritten`
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\/$/.test(value)) return 'it has no host'
  return null
}

function hasLoneSurrogate(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      i++
    } else if (code >= 0xdc00 && code <= 0xdfff) return true
  }
  return false
}

/**
 * Checks an IRI option: absolute and kept as written by JSON-LD processors;
 * for a base, also ending with `/`, `:` or `=` and without a fragment (the
 * parts of a document are fragments of its IRI). Throws a `TypeError` naming
 * the option.
 */
export function checkIri(name: string, value: string, isBase: boolean): string {
  const problem =
    iriProblem(value) ??
    (isBase && value.includes('#') ? 'a base cannot hold `#`, since the parts of a document are fragments of its IRI' : null) ??
    (isBase && !/[/:=]$/.test(value) ? 'a base must end with `/`, `:` or `=`, so that the id it is followed by stays apart' : null)
  if (problem) throw new TypeError(`Invalid \`${name}\` ${JSON.stringify(value)}: ${problem}`)
  return value
}

/**
 * The IRI of a document: `base` followed by its stable id; without a base, a
 * name-based UUID URN of its id (RFC 9562), valid and the same on every run.
 */
export function documentIri(document: Document, base: string | null): string {
  const id = documentId(document)
  return base === null ? uuidIri(id) : `${base}${id}`
}

/**
 * The IRI of an entity, one for the whole corpus: `base` followed by its id
 * (`person%3Ajean-dupont`), else a name-based UUID URN of its id. Document ids
 * start with `doc-` or `sha256-` and entity ids with a kind and `:`, so they
 * never meet.
 */
export function entityIri(base: string | null, entity: string): string {
  return base === null ? uuidIri(entity) : `${base}${encodeURIComponent(entity)}`
}

const encoder = new TextEncoder()

/**
 * `urn:uuid:` and a name-based UUID of `name`: the first 128 bits of the
 * SHA-256 of `corpus:` and the name, with version 8 and the RFC 9562 variant
 * (the name-based SHA-256 construction of its appendix B.2).
 */
export function uuidIri(name: string): string {
  const bytes = sha256(encoder.encode(`corpus:${name}`)).slice(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The IRI of a part of a document (`…#quote-3`): a fragment of the document’s IRI. */
export function partIri(document: string, kind: string, index: number): string {
  return `${document}#${kind}-${index}`
}
