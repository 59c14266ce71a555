/** A word of a block, for entity recognition. */
export interface Token {
  /** UTF-16 offsets in the document's text. */
  start: number
  end: number
  text: string
  /** `text` folded (see {@link fold}), for comparisons. */
  key: string
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
const SENTENCE_END = new Set('.!?…«“—–')

function endsSentence(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (SENTENCE_END.has(text.charAt(index))) return true
  return false
}

/** The words of `text` between `start` and `end`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = start
  let previous = start
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    let from = match.index
    const to = Math.min(from + match[0].length, end)
    const initial = tokens.length === 0 || endsSentence(text, previous, from)
    const elided = match[0].includes('’') || match[0].includes("'") ? ELISION.exec(match[0]) : null
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
  const lower = value.toLowerCase()
  const cap = value.charAt(0) !== lower.charAt(0)
  return { start, end, text: value, key: fold(lower), cap, caps: cap && value.length > 1 && value === value.toUpperCase(), elision, initial }
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
