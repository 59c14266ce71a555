/** The parts of a `NNN_<16 hex>.txt` file name; both `null` for other names. */
export interface SourceName {
  /** The `NNN` ordinal, or `null`. */
  ordinal: number | null
  /** The 16-hex source id, lowercase, or `null`. */
  sourceId: string | null
}

import { fail } from './arguments.js'

const NAME = /^(\d+)_([0-9a-f]{16})\.[^.]+$/i

/** Reads the ordinal and source id from a file's base name. */
export function parseSourceName(file: string | null): SourceName {
  if (file !== null && typeof file !== 'string') fail('parseSourceName', 'file', 'a string or null', file)
  const match = file === null ? null : NAME.exec(file)
  if (!match?.[1] || !match[2]) return { ordinal: null, sourceId: null }
  return { ordinal: Number.parseInt(match[1], 10), sourceId: match[2].toLowerCase() }
}
