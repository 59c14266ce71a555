import { hash } from 'node:crypto'
import { parse, type ParseOptions } from '../parse.js'
import type { Document } from '../types.js'

/** Options passed on to `parse` for each file (`file` and `sha256` are filled by the reader). */
export type FileParseOptions = Omit<ParseOptions, 'file' | 'sha256'>

/** Parses a file's raw bytes, hashing them natively (one-shot `hash`, Node ≥ 20.12) so the parser need not. */
export function parseBytes(bytes: Uint8Array, file: string, options: FileParseOptions = {}): Document {
  const sha256 = hash('sha256', bytes, 'hex')
  // The options are passed on by name, not spread: a spread object costs parse about a tenth
  // of its time. (types.test.ts pins their names, so a new option cannot be left out here.)
  return parse(bytes, { file, sha256, detectLanguage: options.detectLanguage ?? true, entities: options.entities ?? true, entityModel: options.entityModel ?? true, ...(options.gazetteer ? { gazetteer: options.gazetteer } : {}) })
}
