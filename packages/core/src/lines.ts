import { isBlank, skipSpace, trimEnd } from './characters.js'

/** A stretch of text, by offsets: `start` its first character, `end` one past its last. */
export interface Span {
  start: number
  end: number
}

/**
 * The offset where each line after the first starts, ascending: one past each
 * line break (LF, CRLF or a lone CR). Line breaks are found with `indexOf`, far
 * faster than looking at every character.
 */
export function lineStarts(text: string): number[] {
  const starts: number[] = []
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  while (lf >= 0 || cr >= 0) {
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      starts.push(lf + 1)
      lf = text.indexOf('\n', lf + 1)
    } else {
      const crlf = lf === cr + 1
      starts.push(cr + (crlf ? 2 : 1))
      if (crlf) lf = text.indexOf('\n', lf + 1)
      cr = text.indexOf('\r', cr + 1)
    }
  }
  return starts
}

/** Non-blank lines from `from` on, trimmed, grouped in runs separated by blank lines; `starts` as `lineStarts` gives them. */
export function lineGroups(text: string, from: number, starts: readonly number[]): Span[][] {
  const groups: Span[][] = []
  let group: Span[] = []
  let lineStart = from
  let k = 0
  while (k < starts.length && (starts[k] ?? 0) <= from) k++
  for (;;) {
    // A line ends before the break that starts the next one.
    const next = starts[k++]
    const lineEnd = next === undefined ? text.length : next - (text.charCodeAt(next - 1) === 0x0a && text.charCodeAt(next - 2) === 0x0d ? 2 : 1)
    if (isBlank(text, lineStart, lineEnd)) {
      if (group.length > 0) groups.push(group)
      group = []
    } else {
      const start = skipSpace(text, lineStart, lineEnd)
      group.push({ start, end: trimEnd(text, start, lineEnd) })
    }
    if (next === undefined) break
    lineStart = next
  }
  if (group.length > 0) groups.push(group)
  return groups
}
