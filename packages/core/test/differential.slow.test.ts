/** The differential checks of the unit suite, at corpus scale: 20,000 generated articles each. */
import { describe, expect, it } from 'vitest'
import { generateArticles } from '../../../scripts/bench/generate.js'
import { expectFranc, expectSameEntities } from './differential.js'

const FILES = 20_000
const decoder = new TextDecoder()

describe(`in ${FILES.toLocaleString('en-US')} generated articles`, () => {
  it('the entity shortcut passes over sentences that name nothing', () => {
    let count = 0
    for (const { data } of generateArticles({ files: FILES, bytes: 50_000_000, seed: 7 })) {
      expectSameEntities(data)
      count++
    }
    expect(count).toBe(FILES)
  })

  it('detectLanguage gives franc’s answer', () => {
    let count = 0
    for (const { data } of generateArticles({ files: FILES, bytes: 50_000_000, seed: 11 })) {
      expectFranc(decoder.decode(data))
      count++
    }
    expect(count).toBe(FILES)
  })
})
