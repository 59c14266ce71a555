import { lineGroups, type Span } from './lines.js'
import { byline } from './byline.js'
import { wholeDateline } from './dateline.js'
import { endsOpen, endsTerminal, headingNumber, listMarker, startsContinuation } from './shape.js'
import { endsWithAbbreviation } from './sentences.js'
import { isLower, skipSpace } from './characters.js'
import { isBoilerplate } from './boilerplate.js'

/**
 * Joins lines into block-sized units. Files separate paragraphs by single
 * newlines or by blank lines, and some are hard-wrapped mid-sentence: a line
 * break continues the unit when the line before cannot end there. `lineStarts`
 * are the text's, as `lineStarts` gives them.
 */
export function units(text: string, from: number, lineStarts: Int32Array): Span[] {
  const { lines, ends } = lineGroups(text, from, lineStarts)
  let width = 0
  for (const line of lines) width = Math.max(width, line.end - line.start)
  // Short lines everywhere, and at least one cut mid-sentence: the text is
  // hard-wrapped, and a line as long as the others was cut by the wrap, not by the author.
  const wrapped = width <= 100 && someCutMidSentence(text, lines, ends)
  // With blank lines between paragraphs, a line break inside a group is a wrap.
  const blankSeparated = ends.length > 1
  const full = Math.floor(width * 0.6)

  const result: Span[] = []
  let first = 0
  for (const end of ends) {
    const start = first
    first = end
    // A line alone is a unit as it stands: no copy, no text read (hostile input may hold a million such paragraphs).
    const alone = end - start === 1 ? lines[start] : undefined
    if (alone) {
      result.push(alone)
      continue
    }
    let current: Span | null = null
    let previous = ''
    for (let k = start; k < end; k++) {
      const line = lines[k]
      if (!line) continue
      const next = text.slice(line.start, line.end)
      if (current === null) current = { start: line.start, end: line.end }
      else if (continues(previous, next, wrapped && previous.length >= full, blankSeparated)) current.end = line.end
      else {
        result.push(current)
        current = { start: line.start, end: line.end }
      }
      previous = next
    }
    if (current) result.push(current)
  }
  return result
}

/** Whether some line of a group is cut mid-sentence (see `cutMidSentence`). */
function someCutMidSentence(text: string, lines: readonly Span[], ends: readonly number[]): boolean {
  let first = 0
  for (const end of ends) {
    for (let k = first; k < end; k++) {
      const line = lines[k]
      if (line && cutMidSentence(text, line, k + 1 < end ? lines[k + 1] : undefined)) return true
    }
    first = end
  }
  return false
}

/** A line that cannot end where it does, followed by one that goes on with it. */
function cutMidSentence(text: string, line: Span, next: Span | undefined): boolean {
  if (!next) return false
  const previous = text.slice(line.start, line.end)
  return !endsSentence(previous) && (startsContinuation(text.slice(next.start, next.end)) || isOpen(previous))
}

/** Whether a line ends a sentence: terminal punctuation that is not an abbreviation's period (`M.`). */
function endsSentence(line: string): boolean {
  return endsTerminal(line) && !endsWithAbbreviation(line)
}

/** Whether a line ends where text cannot (a comma, a function word, `M.`). */
function isOpen(line: string): boolean {
  return endsOpen(line) || endsWithAbbreviation(line)
}

function continues(previous: string, next: string, cutByWrap: boolean, blankSeparated: boolean): boolean {
  // Cheapest first: a line that ends a sentence is the end of its unit unless a wrap cut it.
  const terminal = endsSentence(previous)
  if (terminal && !(cutByWrap && blankSeparated)) return false
  // A dash and a lower-case word after a line cut mid-sentence open an aside
  // (`… cette semaine⏎– il l’avait dit –`), not a list item; after an item, the next item.
  if (!terminal && (cutByWrap || isOpen(previous)) && isAside(next) && !previous.endsWith(':') && listMarker(previous) === null) return true
  if (startsOwnBlock(next) || (listMarker(previous) !== null && !startsContinuation(next))) return false
  return terminal || startsContinuation(next) || isOpen(previous) || cutByWrap
}

/** A line opening with a dash and a lower-case word: an aside, if the line before left off mid-sentence. */
function isAside(line: string): boolean {
  return listMarker(line) !== null && isLower(line.charCodeAt(skipSpace(line, 1, line.length)))
}

/** Lines that always open a block of their own: list items, bylines, datelines, credits. */
function startsOwnBlock(line: string): boolean {
  return (
    listMarker(line) !== null ||
    headingNumber(line) !== null ||
    byline(line) !== null ||
    wholeDateline(line) !== null ||
    isBoilerplate(line) !== null
  )
}
