import { isSpaceCode, isUpper, skipSpace, trimEnd } from './characters.js'
import type { Span } from './lines.js'

// Abbreviations after which a period does not end a sentence (`M. Lavrov`).
// Not `vol`, `art`, `ex`, `min`, `max`: they are also words that end sentences.
const ABBREVIATIONS = new Set(
  (
    'M MM Mme Mmes Mlle Mlles Dr Drs Pr Me Mgr St Ste Sts Cie Gén Gal Col Cdt Lt Sgt Adj Cne Capt ' +
    'av apr J.-C cf p pp chap n° éd env fig tél réf coll hab Jr Sr'
  ).split(' ')
)

const MAX_ABBREVIATION = 6
const OPENERS = '«“"‹([—–-'
const isOpener = (code: number) =>
  code === 0xab || code === 0x201c || code === 0x22 || code === 0x2039 || code === 0x28 || code === 0x5b || code === 0x2014 || code === 0x2013 || code === 0x2d

/**
 * Splits a block's text into sentences (offsets relative to the block). French-aware: a
 * period after an abbreviation or an initial does not end a sentence, and a
 * sentence may end inside a quotation (`«Phrase un. Phrase deux»`).
 */
export function sentences(text: string, terminals: readonly number[]): Span[] {
  const start = 0
  const end = text.length
  const result: Span[] = []
  let from = start
  for (let k = 0; k < terminals.length; k++) {
    const terminal = terminals[k] ?? 0
    // A run of terminals (`?!`, `...`) ends one sentence at most.
    let after = terminal + 1
    while (terminals[k + 1] === after) {
      after++
      k++
    }
    const single = after === terminal + 1
    // Closing marks after the terminal belong to the sentence: `civile».` `fin. »`
    for (;;) {
      const next = skipSpace(text, after, end)
      const char = text.charAt(next)
      if (next < end && (char === '»' || char === '”' || char === '›' || char === ')' || char === ']' || (char === '"' && next === after) || (char === '’' && next === after))) after = next + 1
      else break
    }
    if (after >= end) break
    if (!isSpaceCode(text.charCodeAt(after))) continue
    if (single && text.charCodeAt(terminal) === 0x2e && isAbbreviation(text, from, terminal)) continue
    const next = skipSpace(text, after, end)
    if (!startsSentence(text, next, end)) continue
    result.push({ start: from, end: after })
    from = next
  }
  if (from < end) result.push({ start: from, end: trimEnd(text, from, end) })
  return result
}

/** Whether the word before the period at `dot` is an abbreviation or an initial. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let wordStart = dot
  // No abbreviation is longer than this: longer words are not walked to their start.
  const min = Math.max(from, dot - MAX_ABBREVIATION)
  while (wordStart > min && !isSpaceCode(text.charCodeAt(wordStart - 1)) && !isOpener(text.charCodeAt(wordStart - 1))) wordStart--
  if (wordStart === min && min > from && !isSpaceCode(text.charCodeAt(min - 1))) return false
  const word = text.slice(wordStart, dot)
  if (ABBREVIATIONS.has(word)) return true
  // `1. Le contexte`: the number of a numbered line, not a sentence of its own.
  if (wordStart === from && word.length <= 2 && word !== '' && [...word].every((char) => char >= '0' && char <= '9')) return true
  // A single capital (`J.`, `J.-P.`): an initial.
  const beforeLast = word.charAt(word.length - 2)
  return word.length > 0 && isUpper(word.charAt(word.length - 1)) && (word.length === 1 || beforeLast === '.' || beforeLast === '-' || beforeLast === '‐')
}

/** Whether a sentence can start at `index`: a capital or digit, maybe after an opening mark. */
function startsSentence(text: string, index: number, end: number): boolean {
  let i = index
  while (i < end && OPENERS.includes(text.charAt(i))) i = skipSpace(text, i + 1, end)
  const char = text.charAt(i)
  return isUpper(char) || (char >= '0' && char <= '9')
}
