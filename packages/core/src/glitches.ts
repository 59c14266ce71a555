import type { RuleId } from './types.js'
import { opensWithArticle } from './shape.js'
import { BLANK, codeAt, isBlankCode, isDigit, isLetter, isLower, isSpaceCode, isUpper } from './characters.js'

/** A typographic glitch found in a block, before positions are attached. */
export interface RawGlitch {
  start: number
  end: number
  ruleId: Extract<RuleId, 'broken-hyphenation' | 'space-before-punctuation' | 'space-before-hyphen' | 'invisible-character'>
  /** The fix, or `null` when the glitch may be something else (a hyphen that may be a dash). */
  expected: string | null
}

// Every glitch stands on a hyphen, comma, period or zero-width mark (found by
// `findMarks`); the words around each are then judged.
// `pré- et post-électoral`: a hyphen left hanging before a conjunction is French usage.
const SUSPENDED = /^(?:et|ou|à)[ \t\u00a0\u202f]/u

/** A letter, a hyphen or an apostrophe: what a word with its elisions is made of. */
const isWordCode = (code: number) => isLetter(code) || code === 0x2d || code === 0x27 || code === 0x2019
const isCompoundCode = (code: number) => isLetter(code) || code === 0x2d

/** Start of the run of characters passing `test` that ends at `end` (not before `min`). */
function runStart(text: string, end: number, min: number, test: (code: number) => boolean): number {
  let i = end
  while (i > min && test(codeAt(text, i - 1))) i--
  return i
}

/** End of the run of characters passing `test` that starts at `start` (not after `max`). */
function runEnd(text: string, start: number, max: number, test: (code: number) => boolean): number {
  let i = start
  while (i < max && test(codeAt(text, i))) i++
  return i
}

/**
 * Finds stray spaces, broken hyphenation and invisible characters in a block's
 * text (offsets relative to it). Scanners take the block alone: a global
 * pattern started inside a longer text would run on past the block's end.
 */
export function glitches(text: string, anchors: readonly number[]): RawGlitch[] {
  const end = text.length
  const found: RawGlitch[] = []
  const add = (ruleId: RawGlitch['ruleId'], from: number, to: number, fixed = true) => {
    found.push({ start: from, end: to, ruleId, expected: !fixed ? null : ruleId === 'invisible-character' ? '' : text.slice(from, to).replace(SPACES, '') })
  }
  for (const index of anchors) {
    const code = codeAt(text, index)
    if (code === 0x2d) {
      const after = runEnd(text, index + 1, end, isBlankCode)
      const before = runStart(text, index, 0, isBlankCode)
      // `cessez-le- feu`, `Haut- Karabakh`: a hyphen, then a space, inside a compound
      // (a capital after it only in a name, whose first word has one too).
      if (after > index + 1 && isLetter(codeAt(text, index - 1)) && continuesCompound(text, index, after) && !SUSPENDED.test(text.slice(after, after + 3))) {
        // `la visite - très attendue à Chypre- a suscité`: the dash that closes an aside, its space before missing.
        if (closesAside(text, index)) continue
        add('broken-hyphenation', runStart(text, index, 0, isWordCode), runEnd(text, after, end, isCompoundCode), !mayBeDash(text, index, after))
      }
      // `Haut -Karabakh`: a space before the hyphen of a compound.
      else if (before < index && isLetter(codeAt(text, before - 1)) && isLetter(codeAt(text, index + 1))) {
        add('space-before-hyphen', runStart(text, before, 0, isWordCode), runEnd(text, index + 1, end, isCompoundCode))
      }
    } else if (code === 0x2c || code === 0x2e) {
      // `1992 ,` and `échelle ,`: a space before a comma or a period that ends a word.
      const before = runStart(text, index, 0, isBlankCode)
      if (before === index || before === 0 || (index + 1 < end && !isSpaceCode(codeAt(text, index + 1)))) continue
      const previous = codeAt(text, before - 1)
      // After a word, a number, or a closing mark (`« non » ,`).
      const from = isLetter(previous) ? runStart(text, before, 0, isWordCode) : isDigit(previous) ? runStart(text, before, 0, isDigit) : isClosingMark(previous) ? before - 1 : -1
      if (from >= 0) add('space-before-punctuation', from, index + 1)
    } else {
      // Zero-width characters inside the text: invisible, and they break searches.
      add('invisible-character', index, index + 1)
    }
  }
  return found
}

/** `»`, `”`, `)`: closing marks that punctuation follows without a space. */
const isClosingMark = (code: number) => code === 0xbb || code === 0x201d || code === 0x29

/** Whether the word after the hyphen at `hyphen` (from `after`) goes on with the compound: lower case, or a capital in a capitalised name. */
function continuesCompound(text: string, hyphen: number, after: number): boolean {
  const next = codeAt(text, after)
  if (isLower(next)) return true
  const start = runStart(text, hyphen, 0, isCompoundCode)
  if (!isUpper(next) || !isUpper(codeAt(text, start))) return false
  // `MARSEILLE- Le maire…`: a dash after a word in capitals, or before an article, separates.
  const before = text.slice(start, hyphen)
  return before !== before.toUpperCase() && !opensWithArticle(text.slice(after, after + 12))
}

const SPACES = new RegExp(`${BLANK}+`, 'gu')

/** How far back an aside's opening dash is looked for: a sentence's length. */
const ASIDE_REACH = 400
const isSentenceEnd = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f
const isDashCode = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014

/**
 * Whether an aside opened by a dash between blanks (` - `, ` – `) earlier in
 * the sentence of the hyphen at `hyphen` is still open there, so the hyphen
 * closes it: an odd number of such dashes before it.
 */
function closesAside(text: string, hyphen: number): boolean {
  let open = false
  for (let i = hyphen - 1; i > 0 && i > hyphen - ASIDE_REACH; i--) {
    const code = codeAt(text, i)
    if (isSentenceEnd(code)) break
    if (isDashCode(code) && isBlankCode(codeAt(text, i - 1)) && isBlankCode(codeAt(text, i + 1))) open = !open
  }
  return open
}

// Words that begin no second half of a compound when they stand alone after it: `Chypre- a suscité`, `Paris- le maire`.
// Not the pronouns of an inverted verb (`dit- il`, `a-t- elle`).
const FUNCTION_WORDS = new Set('a ai est sont ont était sera de d du des le la les l un une au aux en que qui dans par pour sur avec'.split(' '))

/**
 * Whether the hyphen at `hyphen`, a space after it and the word from `after`
 * on, may be a dash with its space before missing rather than a broken
 * compound: the next word is a function word that stands alone, or a name
 * (capitalised within its sentence) stands before a lower-case word alone.
 */
function mayBeDash(text: string, hyphen: number, after: number): boolean {
  const wordEnd = runEnd(text, after, text.length, isLetter)
  // `Île- de-France`, `vis- à-vis`: the next word goes on with a hyphen, a compound's.
  if (codeAt(text, wordEnd) === 0x2d) return false
  if (FUNCTION_WORDS.has(text.slice(after, wordEnd).toLowerCase())) return true
  const left = runStart(text, hyphen, 0, isLetter)
  if (!isUpper(codeAt(text, left)) || !isLower(codeAt(text, after))) return false
  // A capital that opens the sentence or the block makes no name: `Franco- allemande, la…`.
  const previous = codeAt(text, runStart(text, left, 0, isBlankCode) - 1)
  return isLetter(previous) || isDigit(previous) || previous === 0x2c || previous === 0x27 || previous === 0x2019
}
