/**
 * The round trip of 25,000 generated articles full of quotes (nested, with
 * and without spaces inside their marks), dates, names and punctuation, in
 * every block form, page furniture too, with and without annotations and
 * with furniture kept or left out: the same blocks, and the tree written,
 * marks and all. The unit suite (round-trip.test.ts) runs 200.
 */
import console from 'node:console'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articles } from './support/articles.js'
import { checkRoundTrip } from './support/round-trip.js'

const RUNS = 25_000

describe('generated articles', () => {
  it(`read back into the same blocks and the tree written, with and without annotations (${RUNS} articles)`, () => {
    let ran = 0
    fc.assert(
      fc.property(articles, (raw) => {
        ran++
        checkRoundTrip(raw)
      }),
      { numRuns: RUNS }
    )
    console.log(`round trip: ${ran} generated articles read back, with and without annotations, furniture kept or left out`)
    expect(ran).toBe(RUNS)
  })
})
