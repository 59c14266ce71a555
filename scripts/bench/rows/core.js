/**
 * (b) `@corpus/core` `parse`: blocks, sentences, quotes, dates and diagnostics,
 * with the file's SHA-256 taken natively as the Node reader does, and neither
 * language detection nor named entities (their own rows show what they add).
 */
import { hash } from 'node:crypto'

export const label = '@corpus/core parse'
export const unit = 'sentences'

export async function load() {
  const { parse } = await import('@corpus/core')
  return {
    run: (bytes, file) => parse(bytes, { file, sha256: hash('sha256', bytes, 'hex'), detectLanguage: false, entities: false }),
    count: (document) => document.sentences.length
  }
}
