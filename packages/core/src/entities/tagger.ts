import type { EntityKind } from '../types.js'
import { ORGANIZATION_HEADS, TITLES } from './cues.js'
import { matchName, type Gazetteer } from './gazetteer.js'
import { givenNames } from './given.js'
import { onlySpace, type Token } from './tokens.js'

/**
 * A statistical tagger of named entities: a structured averaged perceptron
 * over BIO tags with hashed features (the word, its affixes and shape, its
 * neighbours, what the gazetteer knows of it), decoded by Viterbi. It reads
 * only the stretches of a sentence around capitalised words, where a name can
 * be: elsewhere every word is outside any name.
 */

/** The tags: outside, then the beginning and the inside of a person, a place, an organisation. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const
export const TAG_COUNT = TAGS.length
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization']

/** Weights by hashed feature and tag (`bits` bits of hash, `TAG_COUNT` per feature), then `TAG_COUNT²` transitions (previous tag, tag). */
export interface TaggerModel {
  bits: number
  weights: ArrayLike<number>
}

/** A run of words, named: `[from, to)` in the sentence's tokens. */
export interface TaggedSpan {
  from: number
  to: number
  kind: EntityKind
}

/**
 * The stretches of a sentence a name can be in: from a capitalised word to
 * the last capitalised word that follows with at most two other words
 * between them, and two more words after it (`Cour internationale de
 * justice`); a stretch never crosses punctuation but an initial's dot.
 * `capitals` are the indexes of the capitalised words, in order: only the
 * words near them are looked at.
 */
const TRAILING = 0

export function stretches(tokens: readonly Token[], text: string, capitals: readonly number[] = capitalsOf(tokens)): [number, number][] {
  const found: [number, number][] = []
  let covered = 0
  for (let at = 0; at < capitals.length; at++) {
    const index = capitals[at] ?? 0
    if (index < covered) continue
    let last = index
    let following = at + 1
    let next = index + 1
    for (; next < tokens.length && next - last <= 3; next++) {
      if (!together(tokens, next, text)) break
      if (capitals[following] === next) {
        last = next
        following++
      }
    }
    covered = Math.min(next, last + 1 + TRAILING)
    found.push([index, covered])
  }
  return found
}

/** The indexes of the capitalised words. */
export function capitalsOf(tokens: readonly Token[]): number[] {
  const capitals: number[] = []
  for (let index = 0; index < tokens.length; index++) if (tokens[index]?.cap) capitals.push(index)
  return capitals
}

/** Whether a word follows the one before with only white space between, a hyphen cut off (`Saint- Malo`), or an initial's dot (`J. Martin`, `J.-P. Martin`). */
function together(tokens: readonly Token[], index: number, text: string): boolean {
  const previous = tokens[index - 1]
  const token = tokens[index]
  if (!previous || !token) return false
  if (onlySpace(text, previous.end, token.start, HYPHENS)) return true
  return previous.end - previous.start === 1 && previous.cap && text.charCodeAt(previous.end) === 0x2e && onlySpace(text, previous.end + 1, token.start, HYPHENS)
}

// `-`, `‐`, `‑`.
const HYPHENS = [0x2d, 0x2010, 0x2011]

// FNV-1a, 32 bits, over a string's code units.
function hashOf(value: string): number {
  let h = 0x811c9dc5
  for (let index = 0; index < value.length; index++) h = Math.imul(h ^ value.charCodeAt(index), 0x01000193)
  return h
}

/** Two hashes as one (the order matters). */
function combine(a: number, b: number): number {
  const h = Math.imul(a ^ Math.imul(b ^ (b >>> 15), 0x85ebca6b), 0xc2b2ae35)
  return h ^ (h >>> 13)
}

/** `Xx`, `XX`, `x`, `d`, `Xx-Xx`: what the word looks like, runs of one class kept once. */
function shape(word: string): string {
  let out = ''
  let previous = ''
  for (const char of word) {
    const lower = char.toLowerCase()
    const upper = char.toUpperCase()
    const kind = char >= '0' && char <= '9' ? 'd' : lower !== upper ? (char === upper ? 'X' : 'x') : char
    if (kind !== previous) out += kind
    previous = kind
    if (out.length >= 6) break
  }
  return out
}

/** The hashes of what a word is: its folded text, its first three and last three and two letters, its shape. */
interface WordHashes {
  word: number
  prefix: number
  suffix3: number
  suffix2: number
  shape: number
  /** The cue the word is: 1 a given name (capitalised), 3 an institution's head noun, 0 none; and whether it is a title (`M.`), which cues the next word. */
  cue: number
  title: boolean
}

// The same words come back sentence after sentence: each hashed once, up to a bound.
const HASHES = new Map<string, WordHashes>()

function hashesOf(token: Token): WordHashes {
  let known = HASHES.get(token.text)
  if (known) return known
  const key = token.key
  const cue = token.cap && givenNames().has(key) ? 1 : ORGANIZATION_HEADS.has(key) ? 3 : 0
  known = { word: hashOf(key), prefix: hashOf(key.slice(0, 3)), suffix3: hashOf(key.slice(-3)), suffix2: hashOf(key.slice(-2)), shape: hashOf(shape(token.text)), cue, title: TITLES.has(key) }
  if (HASHES.size >= 50_000) HASHES.clear()
  HASHES.set(token.text, known)
  return known
}

const NONE: WordHashes = { word: hashOf('<none>'), prefix: 0, suffix3: 0, suffix2: 0, shape: hashOf('<none>'), cue: 0, title: false }

/** What the words of a stretch and the two on each side of it are: their hashes, and what the gazetteer and the cue lists know of each. */
export interface Words {
  /** The index in the sentence of the first word described. */
  base: number
  /** How many words are described. */
  count: number
  hashes: WordHashes[]
  /** 0 none, else 1 + 2 × kind + (1 inside a name, 0 at its start), by the gazetteer. */
  known: Uint8Array
  /** 0 none, 1 given name, 2 after a title, 3 an institution's head noun. */
  cues: Uint8Array
  /** A hash of the punctuation right before each word, up to two characters. */
  before: Int32Array
}

/** Room for the words of `count`: `into` when it has it (cleared), else new arrays. */
function room(count: number, into?: Words): Words {
  if (into && into.known.length >= count) {
    into.known.fill(0, 0, count)
    return into
  }
  const capacity = into ? Math.max(count, into.known.length * 2) : count
  return { base: 0, count: 0, hashes: new Array<WordHashes>(capacity).fill(NONE), known: new Uint8Array(capacity), cues: new Uint8Array(capacity), before: new Int32Array(capacity) }
}

/**
 * The words of `[from, to)` and the two on each side: the only ones the
 * features of the stretch read. Written into `into` when given (the tagger
 * reuses one), else into new arrays (training keeps every stretch's).
 */
export function wordsOf(tokens: readonly Token[], text: string, gazetteer: Gazetteer, from: number, to: number, into?: Words): Words {
  const base = Math.max(0, from - 2)
  const end = Math.min(tokens.length, to + 2)
  const count = end - base
  const words = room(count, into)
  words.base = base
  words.count = count
  const { hashes, known, cues, before } = words
  for (let at = 0; at < count; at++) {
    const token = tokens[base + at] as Token
    const hashed = hashesOf(token)
    hashes[at] = hashed
    const previous = tokens[base + at - 1]
    before[at] = previous ? punctuation(text, previous.end, token.start) : 1
    cues[at] = hashed.cue === 1 ? 1 : previous && (at > 0 ? (hashes[at - 1] ?? NONE) : hashesOf(previous)).title ? 2 : hashed.cue
    if (!token.cap || known[at] !== 0) continue
    const match = matchName(gazetteer, tokens, base + at, text)
    if (!match) continue
    const kind = 1 + 2 * KINDS.indexOf(match.entry.kind)
    known[at] = kind
    for (let offset = 1; offset < match.length && at + offset < count; offset++) known[at + offset] = kind + 1
  }
  return words
}

/** A hash of the characters but white space between two words, two at most; 0 for none. */
function punctuation(text: string, from: number, to: number): number {
  let h = 0
  let kept = 0
  for (let index = from; index < to && kept < 2; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20 || code === 0xa0 || code === 0x202f || (code >= 0x09 && code <= 0x0d)) continue
    h = Math.imul(h ^ code, 0x01000193) + 1
    kept++
  }
  return h
}


const FEATURES = 22

/** The hashed features of word `index`, written into `out` (`FEATURES` of them) as offsets into the weights. */
export function featuresOf(words: Words, word: number, mask: number, out: Int32Array): void {
  const { hashes, known, cues, before, count } = words
  const index = word - words.base
  // Words outside those described read as none.
  const inside = (at: number) => at >= 0 && at < count
  const at = (offset: number) => (inside(index + offset) ? (hashes[index + offset] ?? NONE) : NONE)
  const current = at(0)
  const previous = at(-1)
  const next = at(1)
  const gazetteer = known[index] ?? 0
  const punctuationBefore = before[index] ?? 0
  let n = 0
  out[n++] = 0x2545f491
  out[n++] = combine(1, current.word)
  out[n++] = combine(2, current.shape)
  out[n++] = combine(3, current.prefix)
  out[n++] = combine(4, current.suffix3)
  out[n++] = combine(5, current.suffix2)
  out[n++] = combine(6, previous.word)
  out[n++] = combine(7, next.word)
  out[n++] = combine(8, at(-2).word)
  out[n++] = combine(9, at(2).word)
  out[n++] = combine(10, previous.shape)
  out[n++] = combine(11, next.shape)
  out[n++] = combine(combine(12, previous.word), current.word)
  out[n++] = combine(combine(13, current.word), next.word)
  out[n++] = combine(14, punctuationBefore)
  out[n++] = combine(15, inside(index + 1) ? (before[index + 1] ?? 0) : 7)
  out[n++] = combine(combine(16, gazetteer), current.shape)
  out[n++] = combine(17, inside(index - 1) ? (known[index - 1] ?? 0) : 9)
  out[n++] = combine(18, inside(index + 1) ? (known[index + 1] ?? 0) : 9)
  out[n++] = combine(combine(19, cues[index] ?? 0), current.shape)
  out[n++] = combine(20, inside(index - 1) ? (cues[index - 1] ?? 0) : 9)
  out[n++] = combine(combine(21, punctuationBefore), previous.word)
  for (let feature = 0; feature < FEATURES; feature++) out[feature] = ((out[feature] ?? 0) & mask) * TAG_COUNT
}

export const FEATURE_COUNT = FEATURES

/** Whether tag `to` may follow tag `from`: an inside tag only after its kind's beginning or inside. */
export function allowed(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true
  return from === to || from === to - 1
}

const FEATURE_BUFFER = new Int32Array(FEATURES)

// The words of the stretch being tagged: one set of arrays, reused.
let scratch: Words | undefined
let scores: Float64Array | undefined

/** The emission scores of each word of `[from, to)` for each tag, in one array. */
export function emissions(model: TaggerModel, words: Words, from: number, to: number, into?: Float64Array): Float64Array {
  const size = (to - from) * TAG_COUNT
  const scores = into && into.length >= size ? into : new Float64Array(size)
  const mask = (1 << model.bits) - 1
  const features = FEATURE_BUFFER
  const { weights } = model
  for (let index = from; index < to; index++) {
    featuresOf(words, index, mask, features)
    const row = (index - from) * TAG_COUNT
    // One sum per tag, kept in locals: the weights of a feature lie side by side.
    let o = 0
    let bPer = 0
    let iPer = 0
    let bLoc = 0
    let iLoc = 0
    let bOrg = 0
    let iOrg = 0
    for (let feature = 0; feature < FEATURES; feature++) {
      const base = features[feature] ?? 0
      o += weights[base] ?? 0
      bPer += weights[base + 1] ?? 0
      iPer += weights[base + 2] ?? 0
      bLoc += weights[base + 3] ?? 0
      iLoc += weights[base + 4] ?? 0
      bOrg += weights[base + 5] ?? 0
      iOrg += weights[base + 6] ?? 0
    }
    scores[row] = o
    scores[row + 1] = bPer
    scores[row + 2] = iPer
    scores[row + 3] = bLoc
    scores[row + 4] = iLoc
    scores[row + 5] = bOrg
    scores[row + 6] = iOrg
  }
  return scores
}

/** The transition scores, `TAG_COUNT²` by previous tag and tag, `-Infinity` where a tag may not follow another; those from `O` start a stretch. */
export function movesOf(weights: ArrayLike<number>, transitions: number): Float64Array {
  const moves = new Float64Array(TAG_COUNT * TAG_COUNT)
  for (let from = 0; from < TAG_COUNT; from++) for (let to = 0; to < TAG_COUNT; to++) moves[from * TAG_COUNT + to] = allowed(from, to) ? (weights[transitions + from * TAG_COUNT + to] ?? 0) : -Infinity
  return moves
}

// The scores and the best previous tags of the paths, reused from stretch to stretch.
let paths = { best: new Float64Array(64 * TAG_COUNT), back: new Uint8Array(64 * TAG_COUNT) }

/** The best tags of the `length` words whose emission scores are `scores`, by Viterbi, given the transition scores `moves` (see `movesOf`). */
export function viterbi(scores: Float64Array, length: number, moves: Float64Array): number[] {
  if (paths.best.length < length * TAG_COUNT) paths = { best: new Float64Array(length * TAG_COUNT * 2), back: new Uint8Array(length * TAG_COUNT * 2) }
  const { best, back } = paths
  for (let tag = 0; tag < TAG_COUNT; tag++) best[tag] = (scores[tag] ?? 0) + (moves[tag] ?? 0)
  for (let position = 1; position < length; position++) {
    const row = position * TAG_COUNT
    const previousRow = row - TAG_COUNT
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      let top = -Infinity
      let from = 0
      for (let previous = 0; previous < TAG_COUNT; previous++) {
        const score = (best[previousRow + previous] ?? -Infinity) + (moves[previous * TAG_COUNT + tag] ?? -Infinity)
        if (score > top) {
          top = score
          from = previous
        }
      }
      best[row + tag] = top + (scores[row + tag] ?? 0)
      back[row + tag] = from
    }
  }
  const last = (length - 1) * TAG_COUNT
  let tag = 0
  for (let candidate = 1; candidate < TAG_COUNT; candidate++) if ((best[last + candidate] ?? -Infinity) > (best[last + tag] ?? -Infinity)) tag = candidate
  const tags = new Array<number>(length)
  for (let position = length - 1; position >= 0; position--) {
    tags[position] = tag
    tag = back[position * TAG_COUNT + tag] ?? 0
  }
  return tags
}

/** Where the transitions start in a model's weights. */
export const transitionsOf = (bits: number) => (1 << bits) * TAG_COUNT

/**
 * The names the model finds in a sentence's words, in the stretches that
 * `wanted` keeps (all by default): a caller that knows a stretch's names
 * already spares the model the work. `capitals` are the indexes of the
 * capitalised words, when the caller has them. With `decided`, the same
 * words are tagged the same way throughout a document: the names found in a
 * stretch once are found again wherever its words come back.
 */
export function tagSentence(
  model: TaggerModel,
  tokens: readonly Token[],
  text: string,
  gazetteer: Gazetteer,
  options: { capitals?: readonly number[]; wanted?: (from: number, to: number) => boolean; decided?: Map<string, TaggedSpan[]> } = {}
): TaggedSpan[] {
  const { capitals, wanted, decided } = options
  const spans: TaggedSpan[] = []
  for (const [from, to] of stretches(tokens, text, capitals)) {
    if (wanted && !wanted(from, to)) continue
    const key = decided ? keyOf(tokens, from, to) : ''
    let found = decided?.get(key)
    if (!found) {
      scratch = wordsOf(tokens, text, gazetteer, from, to, scratch)
      scores = emissions(model, scratch, from, to, scores)
      found = spansOf(viterbi(scores, to - from, movesFor(model)), 0)
      if (decided) {
        if (decided.size >= 10_000) decided.clear()
        decided.set(key, found)
      }
    }
    for (const span of found) spans.push({ from: from + span.from, to: from + span.to, kind: span.kind })
  }
  return spans
}

/** A stretch's words, as written, as one key. */
function keyOf(tokens: readonly Token[], from: number, to: number): string {
  let key = tokens[from]?.text ?? ''
  for (let index = from + 1; index < to; index++) key += `\u0000${tokens[index]?.text ?? ''}`
  return key
}

const MOVES = new WeakMap<TaggerModel, Float64Array>()

/** A model's transition scores, worked out once. */
function movesFor(model: TaggerModel): Float64Array {
  let moves = MOVES.get(model)
  if (!moves) {
    moves = movesOf(model.weights, transitionsOf(model.bits))
    MOVES.set(model, moves)
  }
  return moves
}

/** Tags to spans: a beginning and the insides of its kind after it. */
export function spansOf(tags: readonly number[], offset: number): TaggedSpan[] {
  const spans: TaggedSpan[] = []
  for (let position = 0; position < tags.length; position++) {
    const tag = tags[position] ?? 0
    if (tag === 0 || tag % 2 === 0) continue
    let end = position + 1
    while (end < tags.length && tags[end] === tag + 1) end++
    spans.push({ from: offset + position, to: offset + end, kind: KINDS[(tag - 1) / 2] as EntityKind })
    position = end - 1
  }
  return spans
}
