import { isSpaceCode } from '../characters.js'

/** A word of a block, for entity recognition. */
export interface Token {
  /** UTF-16 offsets in the document's text. */
  start: number
  end: number
  text: string
  /** `text` folded (see {@link fold}), for comparisons. */
  readonly key: string
  /** Starts with a capital letter. */
  cap: boolean
  /** Two letters or more, all capitals (`OTAN`, `STEPANAKERT`). */
  caps: boolean
  /** An elided article or preposition with its apostrophe (`l’`, `d’`, `qu’`). */
  elision: boolean
  /** Opens a sentence: first of its block, or after `.`, `!`, `?`, `…`, an opening quote or a dash. */
  initial: boolean
}

// Words French elides before a vowel: split off, so `l’OSCE` is `l’` and `OSCE`.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i

/**
 * The words of `text` between `start` and `end`: letters and digits (with
 * their combining marks), joined by hyphens and apostrophes (`Haut-Karabakh`,
 * `l’OSCE`, `aujourd’hui`), an elided `l’`, `d’`, `qu’`… split off.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  let initial = true
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    const flags = flagsOf(text, index, code)
    if ((flags & WORD) === 0) {
      if (flags & END) initial = true
      index += flags & ASTRAL ? 2 : 1
      continue
    }
    // The word runs through letters, digits and marks, and through a hyphen or an apostrophe with a letter or digit after it.
    let to = index + (flags & ASTRAL ? 2 : 1)
    let apostrophe = false
    while (to < end) {
      const next = text.charCodeAt(to)
      const nextFlags = flagsOf(text, to, next)
      if (nextFlags & (WORD | MARK)) to += nextFlags & ASTRAL ? 2 : 1
      else if (nextFlags & JOINER && to + 1 < end && flagsOf(text, to + 1, text.charCodeAt(to + 1)) & WORD) {
        apostrophe ||= next === 0x27 || next === 0x2019
        to++
      } else break
    }
    to = Math.min(to, end)
    let from = index
    const elided = apostrophe ? ELISION.exec(text.slice(from, to)) : null
    if (elided && elided[0].length < to - from) {
      tokens.push(new Word(text, from, from + elided[0].length, initial, true))
      from += elided[0].length
    }
    tokens.push(new Word(text, from, to, initial && !elided, false))
    initial = false
    index = to
  }
  return tokens
}

// What a code unit is to the scanner, as bits.
const WORD = 1 // a letter or a digit
const MARK = 2 // a combining mark
const END = 4 // ends a sentence: `.`, `!`, `?`, `…`, or opens speech: `«`, `“`, `—`, `–`
const JOINER = 8 // joins two words: `-`, `‐`, `‑`, `'`, `’`
const ASTRAL = 16 // the first half of a character outside the BMP
const CAPITAL = 32 // a letter that lower case changes
const UNKNOWN = 255

// The flags of each BMP code unit, found once (by the Unicode patterns) and kept.
const FLAGS = new Uint8Array(0x10000).fill(UNKNOWN)
for (const char of '.!?…«“—–') FLAGS[char.charCodeAt(0)] = END
for (const char of "-‐‑'’") FLAGS[char.charCodeAt(0)] = JOINER

function flagsOf(text: string, index: number, code: number): number {
  const flags = FLAGS[code] ?? UNKNOWN
  return flags === UNKNOWN ? learn(text, index, code) : flags
}

function learn(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    // Outside the BMP: rare, asked of the patterns each time.
    const char = String.fromCodePoint(text.codePointAt(index) ?? code)
    return ASTRAL | (/[\p{L}\p{N}]/u.test(char) ? WORD : /\p{M}/u.test(char) ? MARK : 0)
  }
  const char = String.fromCharCode(code)
  const flags = (/[\p{L}\p{N}]/u.test(char) ? WORD : /\p{M}/u.test(char) ? MARK : 0) | (char !== char.toLowerCase() ? CAPITAL : 0)
  FLAGS[code] = flags
  return flags
}

/** A token whose folded key is computed when first asked for: most words are never compared. */
class Word implements Token {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly cap: boolean
  readonly caps: boolean
  readonly elision: boolean
  readonly initial: boolean
  #key: string | undefined

  constructor(text: string, start: number, end: number, initial: boolean, elision: boolean) {
    const value = text.slice(start, end)
    this.start = start
    this.end = end
    this.text = value
    this.cap = (flagsOf(text, start, text.charCodeAt(start)) & CAPITAL) !== 0
    this.caps = this.cap && value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase()
    this.elision = elision
    this.initial = initial
  }

  get key(): string {
    this.#key ??= fold(this.text)
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

/** An id's slug: folded, every run of other characters as one `-`. */
export function slug(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
