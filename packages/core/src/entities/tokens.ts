import { isSpaceCode } from '../characters.js'

/** A word of a block, for entity recognition. */
export interface Token {
  /** UTF-16 offsets in the document's text. */
  readonly start: number
  readonly end: number
  readonly text: string
  /** `text` folded (see {@link fold}), for comparisons. */
  readonly key: string
  /** Starts with a capital letter. */
  readonly cap: boolean
  /** Two letters or more, all capitals (`OTAN`, `STEPANAKERT`). */
  readonly caps: boolean
  /** An elided article or preposition with its apostrophe (`l’`, `d’`, `qu’`). */
  readonly elision: boolean
}

// Words French elides before a vowel, in lower case: split off, so `l’OSCE` is `l’` and `OSCE`.
const ELIDED = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'])

/**
 * The words of `text` between `start` and `end`: letters and digits (with
 * their combining marks), joined by hyphens and apostrophes (`Haut-Karabakh`,
 * `l’OSCE`, `aujourd’hui`), an elided `l’`, `d’`, `qu’`… split off;
 * stopping once it holds `limit` words, when given.
 */
export function tokenize(text: string, start: number, end: number, limit = Infinity): Token[] {
  const tokens: Token[] = []
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    // White space and ASCII punctuation, between most words.
    if (code < 0x30 || (code > 0x39 && code < 0x41)) {
      index++
      continue
    }
    const flags = flagsOf(text, index, code)
    if ((flags & WORD) === 0) {
      index += flags & ASTRAL ? 2 : 1
      continue
    }
    // The word runs through letters, digits and marks, and through a hyphen or an apostrophe with a letter or digit after it.
    let to = index + (flags & ASTRAL ? 2 : 1)
    // The first apostrophe, if any, and what comes before it, for an elision to split off.
    let apostrophe = -1
    let head = 0
    let seen = flags
    let codes = code
    while (to < end) {
      const next = text.charCodeAt(to)
      // Lower-case ASCII letters, most of the text, need no look at the table.
      if (next >= 0x61 && next <= 0x7a) {
        seen |= LOWER
        to++
        continue
      }
      const nextFlags = flagsOf(text, to, next)
      if (nextFlags & (WORD | MARK)) {
        seen |= nextFlags
        codes |= next
        to += nextFlags & ASTRAL ? 2 : 1
      } else if (nextFlags & JOINER && to + 1 < end && flagsOf(text, to + 1, text.charCodeAt(to + 1)) & WORD) {
        if (apostrophe < 0 && (next === 0x27 || next === 0x2019)) {
          apostrophe = to
          head = seen | nextFlags
          seen = 0
          codes = 0
        } else codes |= next
        to++
      } else break
    }
    to = Math.min(to, end)
    if (apostrophe >= 0 && isElided(text, index, apostrophe)) {
      tokens.push(new Word(text, index, apostrophe + 1, wordTraits(flags, head, apostrophe + 1 - index, false) | ELISION))
      const from = apostrophe + 1
      tokens.push(new Word(text, from, to, wordTraits(flagsOf(text, from, text.charCodeAt(from)), seen, to - from, codes < 0x80)))
    } else {
      // Lower-case ASCII, most words, is its own folded key.
      tokens.push(new Word(text, index, to, wordTraits(flags, seen | head, to - index, apostrophe < 0 && codes < 0x80)))
    }
    if (tokens.length >= limit) break
    index = to
  }
  return tokens
}

/** Whether the letters from `from` to the apostrophe at `apostrophe` are a word French elides (`l’`, `qu’`, `jusqu’`). */
function isElided(text: string, from: number, apostrophe: number): boolean {
  const length = apostrophe - from
  if (length === 1) return ELIDED.has(String.fromCharCode(text.charCodeAt(from) | 0x20))
  return (length === 2 || length >= 5) && length <= 6 && ELIDED.has(text.slice(from, apostrophe).toLowerCase())
}

/**
 * Whether a capital letter (or a character outside the BMP, unchecked)
 * stands anywhere between `start` and `end` past the letters of the first
 * word: a sentence with none can name nothing but with its first word.
 */
export function capitalPastFirstWord(text: string, start: number, end: number): boolean {
  let passed = false
  let inWord = false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    // Latin-1, most of the text, needs no look at the table.
    if (code < 0x100 && passed) {
      if (isLatin1Capital(code)) return true
      continue
    }
    const flags = flagsOf(text, index, code)
    if (flags & ASTRAL || (passed && flags & CAPITAL)) return true
    if (flags & (WORD | MARK)) inWord = true
    else if (inWord) passed = true
  }
  return false
}

/** `A` to `Z`, `À` to `Þ` but `×`: the capitals below U+0100 (a test checks them against lower case). */
export const isLatin1Capital = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)

// What a code unit is to the scanner, as bits.
const WORD = 1 // a letter or a digit
const MARK = 2 // a combining mark
const JOINER = 8 // joins two words: `-`, `‐`, `‑`, `'`, `’`
const ASTRAL = 16 // the first half of a character outside the BMP
const CAPITAL = 32 // a letter that lower case changes
const LOWER = 64 // a letter that upper case changes
const UNKNOWN = 255

// The flags of each BMP code unit, found once (by the Unicode patterns) and kept.
const FLAGS = new Uint8Array(0x10000).fill(UNKNOWN)
for (const char of "-‐‑'’") FLAGS[char.charCodeAt(0)] = JOINER

function flagsOf(text: string, index: number, code: number): number {
  const flags = FLAGS[code] ?? UNKNOWN
  return flags === UNKNOWN ? learn(text, index, code) : flags
}

function learn(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    // Outside the BMP: rare, asked of the patterns each time.
    return ASTRAL | kindOf(String.fromCodePoint(text.codePointAt(index) ?? code))
  }
  const flags = kindOf(String.fromCharCode(code))
  FLAGS[code] = flags
  return flags
}

function kindOf(char: string): number {
  return (/[\p{L}\p{N}]/u.test(char) ? WORD : /\p{M}/u.test(char) ? MARK : 0) | (char !== char.toLowerCase() ? CAPITAL : 0) | (char !== char.toUpperCase() ? LOWER : 0)
}

// What a word is, as bits.
const CAP = 1
const CAPS = 2
const ELISION = 4
const PLAIN = 8

/** A word's traits from the flags of its first letter and of all its letters. */
function wordTraits(first: number, all: number, length: number, ascii: boolean): number {
  const cap = (first & CAPITAL) !== 0
  return (cap ? CAP : 0) | (cap && (all & LOWER) === 0 && length > 1 ? CAPS : 0) | (ascii && (all & CAPITAL) === 0 ? PLAIN : 0)
}

/** A token whose text and folded key are taken when first asked for: most words are never read. */
class Word implements Token {
  readonly start: number
  readonly end: number
  readonly #traits: number
  readonly #source: string
  #text: string | undefined
  #key: string | undefined

  constructor(source: string, start: number, end: number, traits: number) {
    this.start = start
    this.end = end
    this.#traits = traits
    this.#source = source
  }

  get cap(): boolean {
    return (this.#traits & CAP) !== 0
  }

  get caps(): boolean {
    return (this.#traits & CAPS) !== 0
  }

  get elision(): boolean {
    return (this.#traits & ELISION) !== 0
  }

  get text(): string {
    this.#text ??= this.#source.slice(this.start, this.end)
    return this.#text
  }

  get key(): string {
    this.#key ??= this.#traits & PLAIN ? this.text : fold(this.text)
    return this.#key
  }
}

/** Whether every character of `text` from `from` to `to` is white space, or one of `also` (UTF-16 codes). */
export function onlySpace(text: string, from: number, to: number, also: readonly number[] = []): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (!isSpaceCode(code) && !also.includes(code)) return false
  }
  return true
}

/** A name folded for comparison: lower case, no diacritics, `’` as `'`. */
export function fold(value: string): string {
  let folded = FOLDS.get(value)
  if (folded === undefined) {
    // The same few thousand words come back in every text: kept, up to a bound.
    if (FOLDS.size >= 50_000) FOLDS.clear()
    folded = foldNew(value)
    FOLDS.set(value, folded)
  }
  return folded
}

const FOLDS = new Map<string, string>()

function foldNew(value: string): string {
  const lower = value.toLowerCase()
  let folded = ''
  let from = 0
  // Most words are ASCII, the rest mostly Latin letters with one diacritic: a table, not a decomposition, for each.
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    if (code < 0x7f) continue
    const char = lower.charAt(index)
    folded += lower.slice(from, index) + (FOLDED.get(char) ?? char.normalize('NFD').replace(/\p{M}/gu, ''))
    from = index + 1
  }
  return from === 0 ? lower : folded + lower.slice(from)
}

const FOLDED = new Map<string, string>([
  ...[...'àáâãäå'].map((char) => [char, 'a'] as const),
  ...[...'çć'].map((char) => [char, 'c'] as const),
  ...[...'èéêë'].map((char) => [char, 'e'] as const),
  ...[...'ìíîï'].map((char) => [char, 'i'] as const),
  ...[...'ñ'].map((char) => [char, 'n'] as const),
  ...[...'òóôõö'].map((char) => [char, 'o'] as const),
  ...[...'ùúûü'].map((char) => [char, 'u'] as const),
  ...[...'ýÿ'].map((char) => [char, 'y'] as const),
  ...[...'’‘'].map((char) => [char, "'"] as const),
  ...[...'‐‑'].map((char) => [char, '-'] as const),
  ['œ', 'œ'],
  ['æ', 'æ']
])

/**
 * An id's slug: lower-cased, Latin letters folded as `fold` folds them (`é`
 * as `e`), the letters, marks and digits of every script kept (`œ`, `ł`; `й`
 * is not `и`), every run of other characters as one `-`. A name of none of
 * these (an emoji) is spelled by its code points, white space left out
 * (`u1f3b8`): no slug is empty, so no two strangers share one.
 */
export function slug(value: string): string {
  let kept = ''
  for (const char of value.toLowerCase().normalize('NFC')) kept += LATIN.test(char) ? fold(char) : char
  const slugged = kept.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-|-$/g, '')
  if (slugged !== '') return slugged
  return Array.from(value.replace(/\s+/gu, ''), (char) => `u${(char.codePointAt(0) ?? 0).toString(16)}`).join('-')
}

const LATIN = /\p{Script=Latin}/u
