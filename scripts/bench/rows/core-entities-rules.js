/** (b‴) `@corpus/core` `parse` as row (b″), with the rules alone (`entityModel: false`): what the statistical model adds. */
import { hash } from 'node:crypto'

export const label = '@corpus/core parse + named entities, rules alone'
export const unit = 'mentions'

export async function load() {
  const { parse } = await import('@corpus/core')
  return {
    run: (bytes, file) => parse(bytes, { file, sha256: hash('sha256', bytes, 'hex'), detectLanguage: false, entityModel: false }),
    count: (document) => document.mentions.length
  }
}
