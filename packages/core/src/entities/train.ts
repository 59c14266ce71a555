import type { Gazetteer } from './gazetteer.js'
import { FEATURE_COUNT, TAG_COUNT, emissions, featuresOf, movesOf, stretches, transitionsOf, viterbi, wordsOf, type Words } from './tagger.js'
import type { Token } from './tokens.js'

/** A sentence to learn from: its words, and the index in `TAGS` of each word's tag. */
export interface TrainingSentence {
  text: string
  tokens: readonly Token[]
  tags: readonly number[]
}

/** How to train: hash bits, passes over the data, and the seed of the order the sentences are seen in. */
export interface TrainingOptions {
  bits: number
  epochs: number
  seed: number
}

/**
 * A structured averaged perceptron, trained on the stretches of each
 * sentence the tagger reads, in a seeded order: the same data and options
 * give the same weights, byte for byte. The weights are scaled to bytes.
 */
export function trainTagger(sentences: readonly TrainingSentence[], gazetteer: Gazetteer, options: TrainingOptions): Int8Array {
  const size = transitionsOf(options.bits) + TAG_COUNT * TAG_COUNT
  const weights = new Float64Array(size)
  // The sum of each update times the step it came at: averaged weights are `weights - steps / step`.
  const steps = new Float64Array(size)
  let step = 1
  const mask = (1 << options.bits) - 1
  const transitions = transitionsOf(options.bits)
  const features = new Int32Array(FEATURE_COUNT)
  const prepared = sentences.map((sentence) => ({
    sentence,
    ranges: stretches(sentence.tokens, sentence.text).map(([from, to]) => ({ from, to, words: wordsOf(sentence.tokens, sentence.text, gazetteer, from, to) }))
  }))
  const order = prepared.map((_, index) => index)
  const random = seeded(options.seed)
  const update = (at: number, by: number) => {
    weights[at] = (weights[at] ?? 0) + by
    steps[at] = (steps[at] ?? 0) + by * step
  }
  const learn = (words: Words, index: number, tag: number, by: number) => {
    featuresOf(words, index, mask, features)
    for (const base of features) update(base + tag, by)
  }
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random)
    for (const at of order) {
      const { sentence, ranges } = prepared[at] as (typeof prepared)[number]
      for (const { from, to, words } of ranges) {
        const guess = viterbi(emissions({ bits: options.bits, weights }, words, from, to), to - from, movesOf(weights, transitions))
        const truths = goldOf(sentence.tags, from, to)
        for (let position = 0; position < guess.length; position++) {
          const truth = truths[position] ?? 0
          const guessed = guess[position] ?? 0
          const previousTruth = position === 0 ? 0 : (truths[position - 1] ?? 0)
          const previousGuess = position === 0 ? 0 : (guess[position - 1] ?? 0)
          if (truth !== guessed) {
            learn(words, from + position, truth, 1)
            learn(words, from + position, guessed, -1)
          }
          if (truth !== guessed || previousTruth !== previousGuess) {
            update(transitions + previousTruth * TAG_COUNT + truth, 1)
            update(transitions + previousGuess * TAG_COUNT + guessed, -1)
          }
        }
        step++
      }
    }
  }
  return quantise(weights.map((weight, index) => weight - (steps[index] ?? 0) / step))
}

/** The tags of `[from, to)`: a name the stretch cuts into begins at its first word. */
function goldOf(tags: readonly number[], from: number, to: number): number[] {
  const gold = tags.slice(from, to)
  if ((gold[0] ?? 0) % 2 === 0 && gold[0] !== 0) gold[0] = (gold[0] ?? 1) - 1
  return gold
}

/** Weights scaled so the largest is ±127, rounded: the order of scores, all the tagger needs, barely moves. */
function quantise(weights: Float64Array): Int8Array {
  let largest = 0
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight))
  const scale = largest === 0 ? 1 : 127 / largest
  return Int8Array.from(weights, (weight) => Math.round(weight * scale))
}

/** A small seeded generator (mulberry32): the same seed, the same numbers, everywhere. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle(values: number[], random: () => number): void {
  for (let index = values.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const value = values[index] as number
    values[index] = values[other] as number
    values[other] = value
  }
}
