/**
 * The direct writer against remark-stringify at scale: the whole generated
 * benchmark corpus (20,000 articles) and 50,000 random texts and trees of
 * each kind. The unit suite (stringify.test.ts) runs the same checks on small
 * samples.
 */
import { describe, it } from 'vitest'
import { checkGeneratedCorpus, randomTextChecks } from './support/writers.js'

describe('the generated benchmark corpus', () => {
  it('is written to the same bytes, nearly all of it directly', () => {
    checkGeneratedCorpus(20_000, 50_000_000)
  })
})

describe('random texts', () => {
  randomTextChecks(50_000)
})
