/**
 * Fuzzing, unit-sized: generated and mutated articles through `parse`, every
 * exporter and the Markdown round trip. The slow suite runs a million cases.
 */
import fc from 'fast-check'
import { afterAll, expect, it } from 'vitest'
import { cases } from './fuzz/articles.js'
import { counts, runCase } from './fuzz/pipeline.js'

it('parses and exports mutated articles, keeping the model’s invariants', () => {
  fc.assert(
    fc.property(cases, fc.boolean(), (fuzz, annotations) => runCase(fuzz, annotations, true)),
    { numRuns: 2000 }
  )
  expect(counts).toEqual({ parse: 2000, jsonld: 2000, csv: 2000, markdown: 2000 })
})

afterAll(() => console.log(`fuzz: ${counts.parse.toLocaleString('en-US')} cases parsed, exported and read back`))
