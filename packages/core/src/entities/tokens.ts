/** A word of a block, for entity recognition. */
export interface Token {
  /** UTF-16 offsets in the document's text. */
  start: number
  end: number
  text: string
  /** Starts with a capital letter. */
  cap: boolean
  /** Two letters or more, all capitals (`OTAN`, `STEPANAKERT`). */
  caps: boolean
  /** An elided article or preposition with its apostrophe (`l’`, `d’`, `qu’`). */
  elision: boolean
  /** Opens a sentence: first of its block, or after `.`, `!`, `?`, `…`, an opening quote or a dash. */
  initial: boolean
}

// Letters and digits, joined by hyphens and apostrophes (`Haut-Karabakh`, `l’OSCE`, `aujourd’hui`).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
// Words French elides before a vowel: split off, so `l’OSCE` is `l’` and `OSCE`.
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i
const SENTENCE_END = /[.!?…«“—–]/

/** The words of `text` between `start` and `end`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = start
  let previous = start
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    let from = match.index
    const to = Math.min(from + match[0].length, end)
    const initial = tokens.length === 0 || SENTENCE_END.test(text.slice(previous, from))
    const elided = ELISION.exec(match[0])
    if (elided && elided[0].length < to - from) {
      tokens.push(token(text, from, from + elided[0].length, initial, true))
      from += elided[0].length
    }
    tokens.push(token(text, from, to, initial && !elided, false))
    previous = to
  }
  return tokens
}

function token(text: string, start: number, end: number, initial: boolean, elision: boolean): Token {
  const value = text.slice(start, end)
  const first = value.charAt(0)
  const cap = first !== first.toLowerCase()
  return { start, end, text: value, cap, caps: cap && value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase(), elision, initial }
}

/** A name folded for comparison: lower case, no diacritics, `’` as `'`. */
export function fold(value: string): string {
  const lower = value.toLowerCase()
  // ASCII needs no decomposition, and most words are ASCII.
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[‐‑]/g, '-')
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) > 0x7e) return false
  return true
}

/** An id's slug: folded, every run of other characters as one `-`. */
export function slug(value: string): string {
  return fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
