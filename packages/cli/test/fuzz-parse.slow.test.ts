/**
 * Fuzzing at scale, the parser: 900,000 mutated articles through `parse`, each
 * checked against the model's invariants. With fuzz-export's 100,000, a
 * million cases in all; the two files run side by side.
 */
import fc from 'fast-check'
import { afterAll, expect, it } from 'vitest'
import { cases } from './fuzz/articles.js'
import { counts, runCase } from './fuzz/pipeline.js'

const RUNS = 900_000

it(`parses ${RUNS.toLocaleString('en-US')} mutated articles, keeping the model’s invariants`, () => {
  fc.assert(
    fc.property(cases, (fuzz) => runCase(fuzz, false, false)),
    { numRuns: RUNS }
  )
  expect(counts.parse).toBe(RUNS)
})

afterAll(() => console.log(`fuzz: ${counts.parse.toLocaleString('en-US')} cases parsed`))
