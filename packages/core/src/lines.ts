import { isBlank, skipSpace, trimEnd } from './characters.js'

/** A stretch of text, by offsets: `start` its first character, `end` one past its last. */
export interface Span {
  start: number
  end: number
}

/** How many values of the ascending list `values` are below `limit`. */
export function countBelow(values: readonly number[], limit: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((values[mid] ?? 0) < limit) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * The offset where each line starts, ascending: 0, then one past each line
 * break (LF, CRLF or a lone CR). Counted first, then written into an array of
 * that size: a file of millions of lines leaves no grown-and-dropped copies.
 */
export function lineStarts(text: string): Int32Array {
  let count = 1
  eachLineStart(text, () => count++)
  const starts = new Int32Array(count)
  let k = 1
  eachLineStart(text, (start) => {
    starts[k++] = start
  })
  return starts
}

/** Calls `found` with the start of each line after the first. Line breaks are found with `indexOf`, far faster than looking at every character. */
function eachLineStart(text: string, found: (start: number) => void): void {
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  while (lf >= 0 || cr >= 0) {
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      found(lf + 1)
      lf = text.indexOf('\n', lf + 1)
    } else {
      const crlf = lf === cr + 1
      found(cr + (crlf ? 2 : 1))
      if (crlf) lf = text.indexOf('\n', lf + 1)
      cr = text.indexOf('\r', cr + 1)
    }
  }
}

/**
 * Lines in runs separated by blank lines: `lines` are the non-blank ones, and
 * run `g` is `lines` from `ends[g - 1]` (0 for the first) up to `ends[g]`. Flat,
 * not an array per run: a million one-line runs would cost a million arrays.
 */
export interface LineGroups {
  lines: Span[]
  ends: number[]
}

/** Non-blank lines from `from` on, trimmed, grouped in runs separated by blank lines; `starts` as `lineStarts` gives them. */
export function lineGroups(text: string, from: number, starts: Int32Array): LineGroups {
  const lines: Span[] = []
  const ends: number[] = []
  let lineStart = from
  let k = 0
  while (k < starts.length && (starts[k] ?? 0) <= from) k++
  for (;;) {
    // A line ends before the break that starts the next one.
    const next = starts[k++]
    const lineEnd = next === undefined ? text.length : next - (text.charCodeAt(next - 1) === 0x0a && text.charCodeAt(next - 2) === 0x0d ? 2 : 1)
    if (isBlank(text, lineStart, lineEnd)) {
      if (lines.length > (ends[ends.length - 1] ?? 0)) ends.push(lines.length)
    } else {
      const start = skipSpace(text, lineStart, lineEnd)
      lines.push({ start, end: trimEnd(text, start, lineEnd) })
    }
    if (next === undefined) break
    lineStart = next
  }
  if (lines.length > (ends[ends.length - 1] ?? 0)) ends.push(lines.length)
  return { lines, ends }
}
