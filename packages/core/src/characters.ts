/**
 * Character classes shared by the scanners. French typography puts no-break
 * spaces (U+00A0, U+202F) around punctuation, and files carry stray U+FEFF:
 * all count as white space for analysis, while offsets stay true to the source.
 */

/**
 * Horizontal white space between words, as a pattern character class: space,
 * tab, no-break space (U+00A0), narrow no-break space (U+202F), thin space
 * (U+2009).
 */
export const BLANK = '[ \\t\\u00a0\\u202f\\u2009]'

/**
 * The UTF-16 unit at `index`, or `NaN` outside the text, as `charCodeAt`
 * gives, but bounds-checked first. Scanners read one past a word's edge all
 * the time, and V8 throws away a function's optimized code the first time one
 * of its `charCodeAt` calls reads outside: checked reads spare that, which
 * shortens the warm-up of a run (by about 3% over 20,000 files).
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : Number.NaN
}

/** Whether `code` (a UTF-16 unit) is horizontal white space (see `BLANK`). */
export function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0x2009
}

/**
 * Letters of the Latin script, for patterns: `\p{Lu}` and its kin compile to
 * tables of every script's letters, large and slow on two-byte strings, where
 * French text needs only these. Latin Extended-A (`Ł`, `ő`) mixes cases, so it
 * stands in both; combining marks (U+0300–U+036F) spell decomposed accents.
 */
export const LATIN_UPPER = 'A-ZÀ-ÖØ-ÞĀ-ſŸ\\u0300-\\u036f'
export const LATIN_LOWER = 'a-zß-öø-ÿĀ-ſ\\u0300-\\u036f'
export const LATIN_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-ſ\\u0300-\\u036f'

/** Whether `code` (a UTF-16 unit) is one of `LATIN_LETTER`. */
export function isLatinLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  return (code >= 0xc0 && code <= 0x17f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f)
}

/** Whether `code` (a UTF-16 unit) is white space, line breaks included. */
export function isSpaceCode(code: number): boolean {
  // Most characters are letters between these two ranges: two comparisons answer them.
  if (code <= 0x20) return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x0b
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x202f ||
    code === 0xfeff ||
    code === 0x2009 ||
    code === 0x2007 ||
    code === 0x200b ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029
  )
}

/** Whether `text` holds nothing but white space. */
export function isBlank(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false
  return true
}

/** First offset in `[start, end)` that is not white space (`end` when none). */
export function skipSpace(text: string, start: number, end: number): number {
  let i = start
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

/** One past the last offset in `[start, end)` that is not white space (`start` when none). */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--
  return i
}

const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
// Combining marks count as letters: decomposed (NFD) text spells `é` as `e` + U+0301.
const LETTER = /[\p{L}\p{M}]/u

// These take UTF-16 units (`charCodeAt`, `NaN` past the end) and run on hot
// paths: ASCII and Latin-1 are answered by ranges, and General Punctuation
// (’ “ ” … – — and the thin spaces) holds no letter; only the rest is looked up.
const isPunctuationBlock = (code: number) => code >= 0x2000 && code <= 0x206f

/** Whether `code` is an upper-case letter (`\p{Lu}`). */
export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  if (code < 0x100) return code >= 0xc0 && code <= 0xde && code !== 0xd7
  return !isPunctuationBlock(code) && UPPER.test(String.fromCharCode(code))
}

/** Whether `code` is a lower-case letter (`\p{Ll}`). */
export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  if (code < 0x100) return (code >= 0xdf && code !== 0xf7) || code === 0xb5
  return !isPunctuationBlock(code) && LOWER.test(String.fromCharCode(code))
}

/** Whether `code` is a letter or a combining mark (`[\p{L}\p{M}]`). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (code < 0x100) return (code >= 0xc0 && code !== 0xd7 && code !== 0xf7) || code === 0xaa || code === 0xb5 || code === 0xba
  return !isPunctuationBlock(code) && LETTER.test(String.fromCharCode(code))
}

const NUMBER = /\p{N}/u

/** Whether `code` is a letter, a combining mark or a number of any script (`[\p{L}\p{M}\p{N}]`). */
export function isAlphanumeric(code: number): boolean {
  if (code < 0x100) return isLetter(code) || isDigit(code) || code === 0xb2 || code === 0xb3 || code === 0xb9 || (code >= 0xbc && code <= 0xbe)
  return !isPunctuationBlock(code) && (isLetter(code) || NUMBER.test(String.fromCharCode(code)))
}

const ASTRAL_ALPHANUMERIC = /^[\p{L}\p{M}\p{N}]$/u

/** {@link isAlphanumeric} for the whole character that starts at `index`: a surrogate pair is one letter (`𝐀`) or not. */
export function isAlphanumericAt(text: string, index: number): boolean {
  const code = codeAt(text, index)
  if (!(code >= 0xd800 && code <= 0xdbff)) return isAlphanumeric(code)
  const point = text.codePointAt(index) ?? 0
  return point > 0xffff && ASTRAL_ALPHANUMERIC.test(String.fromCodePoint(point))
}

/** {@link isAlphanumeric} for the whole character that ends just before `index`. */
export function isAlphanumericBefore(text: string, index: number): boolean {
  const code = codeAt(text, index - 1)
  if (!(code >= 0xdc00 && code <= 0xdfff)) return isAlphanumeric(code)
  return isAlphanumericAt(text, index - 2)
}

/** Whether `code` is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}
