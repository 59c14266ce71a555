import { BLANK, isBlankChar, isLetter, isLower, isSpaceCode } from './characters.js'

/** A typographic glitch found in a block, before positions are attached. */
export interface RawGlitch {
  start: number
  end: number
  ruleId: 'broken-hyphenation' | 'space-before-punctuation' | 'space-before-hyphen' | 'invisible-character'
  expected: string
}

// Every glitch stands on a hyphen, comma, period or zero-width mark (found by
// `findMarks`); the words around each are then judged.
// `pré- et post-électoral`: a hyphen left hanging before a conjunction is French usage.
const SUSPENDED = /^(?:et|ou|à)[ \t\u00a0\u202f]/u

const isWordChar = (char: string) => isLetter(char) || char === '-' || char === "'" || char === '’'
const isCompoundChar = (char: string) => isLetter(char) || char === '-'
const isDigitChar = (char: string) => char >= '0' && char <= '9' && char !== ''

/** Start of the run of characters passing `test` that ends at `end` (not before `min`). */
function runStart(text: string, end: number, min: number, test: (char: string) => boolean): number {
  let i = end
  while (i > min && test(text.charAt(i - 1))) i--
  return i
}

/** End of the run of characters passing `test` that starts at `start` (not after `max`). */
function runEnd(text: string, start: number, max: number, test: (char: string) => boolean): number {
  let i = start
  while (i < max && test(text.charAt(i))) i++
  return i
}

/**
 * Finds stray spaces, broken hyphenation and invisible characters in a block's
 * text (offsets relative to it). Scanners take the block alone: a global
 * pattern started inside a longer text would run on past the block's end.
 */
export function glitches(text: string, anchors: readonly number[]): RawGlitch[] {
  const start = 0
  const end = text.length
  const found: RawGlitch[] = []
  const add = (ruleId: RawGlitch['ruleId'], from: number, to: number) => {
    found.push({ start: from, end: to, ruleId, expected: ruleId === 'invisible-character' ? '' : text.slice(from, to).replace(SPACES, '') })
  }
  for (const index of anchors) {
    const char = text.charAt(index)
    if (char === '-') {
      const after = runEnd(text, index + 1, end, isBlankChar)
      const before = runStart(text, index, start, isBlankChar)
      // `cessez-le- feu`: a hyphen, then a space, inside a compound.
      if (after > index + 1 && isLetter(text.charAt(index - 1)) && isLower(text.charAt(after)) && !SUSPENDED.test(text.slice(after, after + 3))) {
        add('broken-hyphenation', runStart(text, index, start, isWordChar), runEnd(text, after, end, isCompoundChar))
      }
      // `Haut -Karabakh`: a space before the hyphen of a compound.
      else if (before < index && isLetter(text.charAt(before - 1)) && isLetter(text.charAt(index + 1))) {
        add('space-before-hyphen', runStart(text, before, start, isWordChar), runEnd(text, index + 1, end, isCompoundChar))
      }
    } else if (char === ',' || char === '.') {
      // `1992 ,` and `échelle ,`: a space before a comma or a period that ends a word.
      const before = runStart(text, index, start, isBlankChar)
      const next = text.charAt(index + 1)
      if (before === index || before === start || (index + 1 < end && !isSpaceCode(next.charCodeAt(0)))) continue
      const previous = text.charAt(before - 1)
      const from = isLetter(previous) ? runStart(text, before, start, isWordChar) : previous >= '0' && previous <= '9' ? runStart(text, before, start, isDigitChar) : -1
      if (from >= 0) add('space-before-punctuation', from, index + 1)
    } else {
      // Zero-width characters inside the text: invisible, and they break searches.
      add('invisible-character', index, index + 1)
    }
  }
  return found
}

const SPACES = new RegExp(`${BLANK}+`, 'gu')
