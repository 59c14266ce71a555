import { codeAt, isBlankCode } from './characters.js'

/**
 * Where a block's text holds the characters the annotation layers start from,
 * found in one pass: each layer then looks only at its own places instead of
 * scanning the text again.
 */
export interface Marks {
  /** Sentence-ending punctuation: `.`, `!`, `?`, `…`. */
  terminals: readonly number[]
  /** Quotation marks: `«`, `»`, `“`, `”`, `‹`, `›`, `"`. */
  quotes: readonly number[]
  /** The first digit of each run of digits. */
  numbers: readonly number[]
  /** Characters typographic glitches stand on: `,` and `.` after a blank, `-` with a blank on either side, and zero-width marks. */
  glitches: readonly number[]
}

/** The marks of a whole text: those of {@link Marks}, and its zero-width marks apart. */
export interface TextMarks extends Marks {
  /** Zero-width marks (`U+FEFF`, `U+200B`–`U+200D`, `U+2060`), also among `glitches`. */
  invisible: readonly number[]
}

// `indexOf` finds a Latin-1 character far faster than a pattern scans for a
// class of them (the text is mostly stored two bytes a character); only the
// rarer marks beyond Latin-1, and numbers, are left to one pattern.
const RARE_MARKS = /[…“”‹›\ufeff\u200b\u200c\u2060]|\u200d|\d+/g

/** Every index of `char` in `text`, ascending. */
function indexesOf(text: string, char: string): number[] {
  const found: number[] = []
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) found.push(i)
  return found
}

/** Merges ascending lists into one (cheaper than sorting their concatenation). */
function merge(...lists: number[][]): number[] {
  let result: number[] = []
  for (const list of lists) {
    if (list.length === 0) continue
    if (result.length === 0) {
      result = list
      continue
    }
    const merged: number[] = []
    let i = 0
    let j = 0
    while (i < result.length && j < list.length) {
      const a = result[i] ?? 0
      const b = list[j] ?? 0
      if (a < b) {
        merged.push(a)
        i++
      } else {
        merged.push(b)
        j++
      }
    }
    while (i < result.length) merged.push(result[i++] ?? 0)
    while (j < list.length) merged.push(list[j++] ?? 0)
    result = merged
  }
  return result
}

/** Every sentence-ending punctuation mark of `text`; `periods` and `ellipses` when already found. */
export function terminalsOf(text: string, periods = indexesOf(text, '.'), ellipses = indexesOf(text, '…')): number[] {
  return merge(periods, indexesOf(text, '!'), indexesOf(text, '?'), ellipses)
}

/** Finds every mark of `text` in one go. */
export function findMarks(text: string): TextMarks {
  const ellipses: number[] = []
  const curlyQuotes: number[] = []
  const invisible: number[] = []
  const numbers: number[] = []
  RARE_MARKS.lastIndex = 0
  for (let match = RARE_MARKS.exec(text); match !== null; match = RARE_MARKS.exec(text)) {
    const index = match.index
    const code = text.charCodeAt(index)
    if (code <= 0x39) numbers.push(index)
    else if (code === 0x2026) ellipses.push(index)
    else if (code === 0x201c || code === 0x201d || code === 0x2039 || code === 0x203a) curlyQuotes.push(index)
    else invisible.push(index)
  }
  const periods = indexesOf(text, '.')
  return {
    terminals: terminalsOf(text, periods, ellipses),
    quotes: merge(indexesOf(text, '«'), indexesOf(text, '»'), indexesOf(text, '"'), curlyQuotes),
    numbers,
    glitches: merge(nextToBlank(text, periods, false), nextToBlank(text, indexesOf(text, ','), false), nextToBlank(text, indexesOf(text, '-'), true), invisible),
    invisible
  }
}

/**
 * The marks with a blank right before them (or right after, when `after`):
 * a glitch needs one, and most commas, periods and hyphens have none, so
 * the glitch scanner is spared them.
 */
function nextToBlank(text: string, marks: readonly number[], after: boolean): number[] {
  const kept: number[] = []
  for (const index of marks) {
    if (isBlankCode(codeAt(text, index - 1)) || (after && isBlankCode(codeAt(text, index + 1)))) kept.push(index)
  }
  return kept
}

/**
 * Hands out the marks of a text block by block: blocks come in text order, so
 * each list is walked once. Offsets are made relative to the block's start.
 */
export function marksByBlock(marks: Marks): (start: number, end: number) => Marks {
  const terminals = cursor(marks.terminals)
  const quotes = cursor(marks.quotes)
  const numbers = cursor(marks.numbers)
  const glitches = cursor(marks.glitches)
  return (start, end) => ({
    terminals: terminals(start, end),
    quotes: quotes(start, end),
    numbers: numbers(start, end),
    glitches: glitches(start, end)
  })
}

// Most blocks hold no quotation mark, number or glitch: they all share this empty list
// (not frozen: a frozen array has elements of another kind, which would make its readers polymorphic).
const NONE: readonly number[] = []

/** Takes the values of an ascending list that fall in `[start, end)`, minus `start`, one range after the next. */
function cursor(list: readonly number[]): (start: number, end: number) => readonly number[] {
  let i = 0
  return (start, end) => {
    while (i < list.length && (list[i] ?? 0) < start) i++
    if (i >= list.length || (list[i] ?? 0) >= end) return NONE
    let j = i
    while (j < list.length && (list[j] ?? 0) < end) j++
    // A block at the very start that holds them all (a file of one paragraph) takes the list as it is.
    if (start === 0 && i === 0 && j === list.length) {
      i = j
      return list
    }
    // Sliced, not pushed one by one: exactly as long as needed, however many marks.
    const taken = list.slice(i, j)
    for (let k = 0; k < taken.length; k++) taken[k] = (taken[k] ?? 0) - start
    i = j
    return taken
  }
}
