import { fail } from './arguments.js'
import type { Document } from './types.js'

/**
 * The stable id of a document, for keys, file names and IRIs: `doc-` and the
 * source id of a `NNN_<16 hex>.txt` name (`doc-5f3a9c0e7b1d2468`), else
 * `sha256-` and the first 16 hex digits of the raw bytes' SHA-256. Either
 * survives a re-run, a move and a change of folder; only the same bytes under
 * another name share an id. Both start with letters, so that no data tool
 * reads an id as a number (`0123456789012345` would lose its zero,
 * `12e4567890123456` would become infinity).
 */
export function documentId(document: Pick<Document, 'source'>): string {
  const source: unknown = typeof document === 'object' && document !== null ? document.source : undefined
  const { sourceId, sha256 } = typeof source === 'object' && source !== null ? (source as Record<string, unknown>) : {}
  if (typeof sha256 !== 'string' || (sourceId !== null && typeof sourceId !== 'string')) {
    fail('documentId', 'document', 'a document (with `source.sha256` and `source.sourceId`)', document)
  }
  return document.source.sourceId !== null ? `doc-${document.source.sourceId}` : `sha256-${document.source.sha256.slice(0, 16)}`
}
