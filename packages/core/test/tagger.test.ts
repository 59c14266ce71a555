/**
 * The statistical tagger: its stretches, its decoding, its shipped weights,
 * and its training, which must give the same bytes from the same data.
 */
import { Buffer } from 'node:buffer'
import { existsSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATA, OPTIONS, modelSource } from '../scripts/train-entities.js'
import { fromBase64 } from '../src/entities/base64.js'
import { createGazetteer } from '../src/entities/gazetteer.js'
import { MODEL_BITS, MODEL_WEIGHTS } from '../src/entities/model.js'
import { TAGS, TAG_COUNT, allowed, emissions, movesOf, spansOf, stretches, tagSentence, transitionsOf, viterbi, wordsOf } from '../src/entities/tagger.js'
import { tokenize } from '../src/entities/tokens.js'
import { trainTagger, type TrainingSentence } from '../src/entities/train.js'
import { parse } from '../src/index.js'

const words = (text: string) => tokenize(text, 0, text.length)
const stretchTexts = (text: string) => stretches(words(text), text).map(([from, to]) => words(text).slice(from, to).map((token) => token.text).join(' '))

describe('stretches', () => {
  it('run from a capitalised word to the last one with at most two words between, across particles but not punctuation', () => {
    expect(stretchTexts('Hier, le président Emmanuel Macron a reçu à Paris la Cour internationale de Justice.')).toEqual(['Hier', 'Emmanuel Macron', 'Paris la Cour internationale de Justice'])
    expect(stretchTexts('Jean-Marie Le Pen, Marseille et Lyon.')).toEqual(['Jean-Marie Le Pen', 'Marseille et Lyon'])
  })

  it('keep initials and a hyphen cut off with their name', () => {
    expect(stretchTexts('Selon J.-P. Martin, Saint- Malo gagne.')).toEqual(['Selon J P Martin', 'Saint Malo'])
  })

  it('are the same from the capitals given as from the words', () => {
    const text = 'Le maire de Quimper, M. Le Goff, et la préfète du Finistère ont signé avec Brest.'
    const tokens = words(text)
    const capitals = tokens.flatMap((token, index) => (token.cap ? [index] : []))
    expect(stretches(tokens, text, capitals)).toEqual(stretches(tokens, text))
  })
})

describe('decoding', () => {
  it('allows an inside tag only after the beginning or the inside of its kind', () => {
    const inside = (tag: number) => tag > 0 && tag % 2 === 0
    for (let from = 0; from < TAG_COUNT; from++) {
      for (let to = 0; to < TAG_COUNT; to++) expect(allowed(from, to), `${TAGS[from]} → ${TAGS[to]}`).toBe(!inside(to) || from === to || from === to - 1)
    }
  })

  it('never gives a sequence of tags that breaks BIO, whatever the scores', () => {
    const scores = fc.array(fc.float({ min: -100, max: 100, noNaN: true }), { minLength: TAG_COUNT, maxLength: TAG_COUNT * 8 })
    const weights = fc.array(fc.integer({ min: -127, max: 127 }), { minLength: TAG_COUNT * TAG_COUNT, maxLength: TAG_COUNT * TAG_COUNT })
    fc.assert(
      fc.property(scores, weights, (values, transitions) => {
        const length = Math.floor(values.length / TAG_COUNT)
        const tags = viterbi(Float64Array.from(values), length, movesOf(transitions, 0))
        expect(tags).toHaveLength(length)
        tags.forEach((tag, index) => expect(allowed(index === 0 ? 0 : (tags[index - 1] ?? 0), tag)).toBe(true))
      }),
      { numRuns: 300 }
    )
  })

  it('turns tags into spans of one kind each', () => {
    // O B-LOC I-LOC B-LOC B-PER I-PER O B-ORG
    expect(spansOf([0, 3, 4, 3, 1, 2, 0, 5], 10)).toEqual([
      { from: 11, to: 13, kind: 'place' },
      { from: 13, to: 14, kind: 'place' },
      { from: 14, to: 16, kind: 'person' },
      { from: 17, to: 18, kind: 'organization' }
    ])
  })
})

describe('the shipped model', () => {
  it('decodes base64 as Node does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...fromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes])
      }),
      { numRuns: 300 }
    )
  })

  it('holds a weight per hashed feature and tag, then the transitions, trained with the options the script states', () => {
    expect(MODEL_BITS).toBe(OPTIONS.bits)
    expect(fromBase64(MODEL_WEIGHTS)).toHaveLength(transitionsOf(MODEL_BITS) + TAG_COUNT * TAG_COUNT)
    const header = readFileSync(new URL('../src/entities/model.ts', import.meta.url), 'utf8').split('\n').slice(0, 2).join(' ')
    expect(header).toContain(JSON.stringify(OPTIONS))
    expect(header).toMatch(/sha256 [0-9a-f]{64}/)
  })

  it('finds a place the gazetteer and the rules do not know', () => {
    const text = 'Le festival de Saint- Malo a commencé.\n'
    expect(parse(text, { detectLanguage: false }).mentions.map((mention) => [mention.text, mention.kind, mention.entity])).toEqual([['Saint- Malo', 'place', 'place:saint-malo']])
    // The rules alone, as `entityModel: false` keeps them, find nothing there.
    expect(parse(text, { detectLanguage: false, entityModel: false }).mentions).toEqual([])
  })
})

describe('training', () => {
  // Invented sentences: places after `à`, people after `M.`, organisations after `la société`, and their names again without a cue.
  const places = ['Kermaria', 'Valbonne', 'Roscanvel', 'Tréguennec', 'Morvillars', 'Quistinic']
  const people = ['Dulac', 'Ferrand', 'Kerbrat', 'Lemaître', 'Vasseur', 'Orsini']
  const companies = ['Solvane', 'Trexima', 'Norbelle', 'Vitalux', 'Quartzon', 'Bravia']
  const sentence = (text: string, names: readonly [string, number][]): TrainingSentence => {
    const tokens = words(text)
    const tags = tokens.map(() => 0)
    for (const [name, tag] of names) {
      const index = tokens.findIndex((token) => token.text === name)
      tags[index] = tag
    }
    return { text, tokens, tags }
  }
  const corpus: TrainingSentence[] = places.flatMap((place, index) => {
    const person = people[index] ?? ''
    const company = companies[index] ?? ''
    return [
      sentence(`Il habite à ${place} depuis mars .`, [[place, 3]]),
      sentence(`M. ${person} travaille pour la société ${company} .`, [
        [person, 1],
        [company, 5]
      ]),
      sentence(`${company} recrute à ${place} .`, [
        [company, 5],
        [place, 3]
      ])
    ]
  })
  const gazetteer = createGazetteer([], { builtin: false })
  const options = { bits: 12, epochs: 5, seed: 7 }

  it('gives the same weights, byte for byte, from the same data and seed', () => {
    expect(Buffer.from(trainTagger(corpus, gazetteer, options)).equals(Buffer.from(trainTagger(corpus, gazetteer, options)))).toBe(true)
    expect(Buffer.from(trainTagger(corpus, gazetteer, options)).equals(Buffer.from(trainTagger(corpus, gazetteer, { ...options, seed: 8 })))).toBe(false)
  })

  it('learns what the context tells of a name it never saw', () => {
    const model = { bits: options.bits, weights: trainTagger(corpus, gazetteer, options) }
    const text = 'M. Garnier travaille pour la société Zelvia , à Plouzané .'
    const tokens = words(text)
    const found = tagSentence(model, tokens, text, gazetteer).map((span) => [tokens[span.from]?.text, span.kind])
    expect(found).toEqual([
      ['Garnier', 'person'],
      ['Zelvia', 'organization'],
      ['Plouzané', 'place']
    ])
  })

  it('scores a stretch from the words around it', () => {
    const text = 'Il habite à Kermaria .'
    const tokens = words(text)
    const model = { bits: options.bits, weights: trainTagger(corpus, gazetteer, options) }
    const scores = emissions(model, wordsOf(tokens, text, gazetteer, 3, 4), 3, 4)
    const best = scores.indexOf(Math.max(...scores.slice(0, TAG_COUNT)))
    expect(TAGS[best]).toBe('B-LOC')
  })
})

describe('the training script', () => {
  // The corpus lies beside the repository, not in it: where it is missing (a user's clone), there is nothing to compare.
  it.skipIf(!existsSync(DATA))('writes the model that is committed, from the corpus beside the repository', async () => {
    expect(await modelSource(DATA)).toBe(readFileSync(new URL('../src/entities/model.ts', import.meta.url), 'utf8'))
  }, 60_000)
})
