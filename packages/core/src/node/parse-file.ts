import { basename } from 'node:path'
import type { Document } from '../types.js'
import { parseBytes, type FileParseOptions } from './parse-bytes.js'
import { readBytes } from './read-bytes.js'
import { parseError, toReadError } from './read-error.js'

/**
 * Reads and parses one file. Rejects only when the file cannot be read, or in
 * the unexpected case that parsing it throws (code `ERR_PARSE`), with a
 * {@link ReadError} naming the path; problems in its text are in `diagnostics`.
 */
export async function parseFile(path: string, options: FileParseOptions = {}): Promise<Document> {
  let bytes: Uint8Array
  try {
    bytes = readBytes(path)
  } catch (error) {
    throw toReadError(path, error)
  }
  try {
    return parseBytes(bytes, basename(path), options)
  } catch (error) {
    throw parseError(path, error)
  }
}
