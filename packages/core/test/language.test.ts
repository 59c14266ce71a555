/**
 * `detectLanguage` runs franc's trigram model on franc-min's data, with its
 * own tables for speed: on every text it must give franc's answer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { data } from 'franc-min/data.js'
import { describe, expect, it } from 'vitest'
import { generateArticles } from '../../../scripts/bench/generate.js'
import { detectLanguage } from '../src/language.js'
import { expectFranc } from './differential.js'

const here = (path: string) => new URL(path, import.meta.url).pathname
const texts = (folder: string, name = (file: string) => file) =>
  existsSync(folder)
    ? readdirSync(folder)
        .map((entry) => folder + name(entry))
        .filter((path) => path.endsWith('.txt') && existsSync(path))
    : []

describe('detectLanguage gives franc’s answer', () => {
  it('on the sample corpus and the fixtures, whole and from their middle', () => {
    const files = [...texts(here('../../../sample/')), ...texts(here('./fixtures/'), (name) => `${name}/input.txt`)]
    expect(files.length).toBeGreaterThanOrEqual(100)
    const answers = new Set<string | null>()
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const start of [0, Math.floor(text.length / 2)]) {
        expectFranc(text.slice(start))
        answers.add(detectLanguage(text.slice(start)))
      }
    }
    // French above all, and texts too short to tell.
    expect(answers).toContain('fr')
    expect(answers).toContain(null)
  })

  // 20,000 more in the slow suite (differential.slow.test.ts).
  it('in 200 generated articles', () => {
    const decoder = new TextDecoder()
    let count = 0
    for (const { data: bytes } of generateArticles({ files: 200, bytes: 500_000 })) {
      expectFranc(decoder.decode(bytes))
      count++
    }
    expect(count).toBe(200)
  })

  it('in every language of the model, and in mixtures of two', () => {
    // Text made of a model's own trigrams reads as that language (or a close one): every script, every language.
    const samples = Object.values(data).flatMap((languages) => Object.values(languages).map((model) => model.split('|').slice(0, 200).join('')))
    expect(samples.length).toBe(66)
    for (const sample of samples) expectFranc(sample)
    for (let index = 0; index + 1 < samples.length; index++) expectFranc(`${samples[index]?.slice(0, 300)}${samples[index + 1]?.slice(0, 300)}`)
  })

  it('in random text of every script, digits, punctuation and spaces', () => {
    const pieces = ['le ', 'de ', 'la ', 'the ', 'and ', 'и ', 'в ', 'не ', 'في ', 'من ', 'के ', 'है ', '中文', '日本', 'ελλ', 'ש', 'ก', '123 ', '!?', '« »', '\n', '\t', '  ', 'É', 'İ', 'ß', '😀', '\u0301', 'q', 'x', 'zz']
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 10, maxLength: 250 }).map((parts) => parts.join(''))
    fc.assert(fc.property(text, (sample) => expectFranc(sample)), { numRuns: 1000 })
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 40, maxLength: 700 }), (sample) => expectFranc(sample)), { numRuns: 300 })
  })
})
