/**
 * Fuzzing at scale, the exporters: 100,000 mutated articles through `parse`,
 * JSON-LD, CSV and the Markdown round trip (with and without annotations).
 */
import fc from 'fast-check'
import { afterAll, expect, it } from 'vitest'
import { cases } from './fuzz/articles.js'
import { counts, runCase } from './fuzz/pipeline.js'

const RUNS = 100_000

it(`parses and exports ${RUNS.toLocaleString('en-US')} mutated articles, keeping the model’s invariants`, () => {
  fc.assert(
    fc.property(cases, fc.boolean(), (fuzz, annotations) => runCase(fuzz, annotations, true)),
    { numRuns: RUNS }
  )
  expect(counts).toEqual({ parse: RUNS, jsonld: RUNS, csv: RUNS, markdown: RUNS })
})

afterAll(() => console.log(`fuzz: ${counts.parse.toLocaleString('en-US')} cases parsed, exported and read back`))
