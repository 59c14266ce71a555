import { basename } from 'node:path'
import type { Document } from '../types.js'
import { parseBytes, type FileParseOptions } from './parse-bytes.js'
import { readBytes } from './read-bytes.js'
import { toReadError } from './read-error.js'

/**
 * Reads and parses one file. Rejects only when the file cannot be read, with a
 * {@link ReadError} naming the path; problems in its text are in `diagnostics`.
 */
export async function parseFile(path: string, options: FileParseOptions = {}): Promise<Document> {
  let bytes: Uint8Array
  try {
    bytes = readBytes(path)
  } catch (error) {
    throw toReadError(path, error)
  }
  return parseBytes(bytes, basename(path), options)
}
