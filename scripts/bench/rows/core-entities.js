/** (b″) `@corpus/core` `parse` as row (b), with the named-entity layer: what recognising people, places and organisations adds. */
import { hash } from 'node:crypto'

export const label = '@corpus/core parse + named entities'
export const unit = 'mentions'

export async function load() {
  const { parse } = await import('@corpus/core')
  return {
    run: (bytes, file) => parse(bytes, { file, sha256: hash('sha256', bytes, 'hex'), detectLanguage: false }),
    count: (document) => document.mentions.length
  }
}
