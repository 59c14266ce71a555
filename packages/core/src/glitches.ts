import type { RuleId } from './types.js'
import { opensWithArticle } from './shape.js'
import { BLANK, codeAt, isBlankCode, isDigit, isLetter, isLower, isSpaceCode, isUpper } from './characters.js'

/** A typographic glitch found in a block, before positions are attached. */
export interface RawGlitch {
  start: number
  end: number
  ruleId: Extract<RuleId, 'broken-hyphenation' | 'space-before-punctuation' | 'space-before-hyphen' | 'invisible-character'>
  expected: string
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
  const add = (ruleId: RawGlitch['ruleId'], from: number, to: number) => {
    found.push({ start: from, end: to, ruleId, expected: ruleId === 'invisible-character' ? '' : text.slice(from, to).replace(SPACES, '') })
  }
  for (const index of anchors) {
    const code = codeAt(text, index)
    if (code === 0x2d) {
      const after = runEnd(text, index + 1, end, isBlankCode)
      const before = runStart(text, index, 0, isBlankCode)
      // `cessez-le- feu`, `Haut- Karabakh`: a hyphen, then a space, inside a compound
      // (a capital after it only in a name, whose first word has one too).
      if (after > index + 1 && isLetter(codeAt(text, index - 1)) && continuesCompound(text, index, after) && !SUSPENDED.test(text.slice(after, after + 3))) {
        add('broken-hyphenation', runStart(text, index, 0, isWordCode), runEnd(text, after, end, isCompoundCode))
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
