import { createHash } from 'node:crypto'

/**
 * The IRI the exporter mints for an id without a base, computed here with
 * Node's own SHA-256: a name-based UUID (RFC 9562, version 8) of `corpus:` and
 * the id, as a `urn:uuid:` URN.
 */
export function defaultIri(id: string): string {
  const bytes = createHash('sha256').update(`corpus:${id}`).digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
