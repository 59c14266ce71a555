import { isBlank, skipSpace, trimEnd } from './characters.js'

/** A stretch of text, by offsets: `start` its first character, `end` one past its last. */
export interface Span {
  start: number
  end: number
}

/** Non-blank lines from `from` on, trimmed, grouped in runs separated by blank lines. */
export function lineGroups(text: string, from: number): Span[][] {
  const groups: Span[][] = []
  let group: Span[] = []
  let lineStart = from
  // Without CR the engine finds line ends; with CR (CRLF or old Mac files), scan.
  const lfOnly = !text.includes('\r')
  while (lineStart <= text.length) {
    let lineEnd = lfOnly ? text.indexOf('\n', lineStart) : lineStart
    if (lineEnd < 0) lineEnd = text.length
    while (!lfOnly && lineEnd < text.length) {
      const code = text.charCodeAt(lineEnd)
      if (code === 0x0a || code === 0x0d) break
      lineEnd++
    }
    if (isBlank(text, lineStart, lineEnd)) {
      if (group.length > 0) groups.push(group)
      group = []
    } else {
      const start = skipSpace(text, lineStart, lineEnd)
      group.push({ start, end: trimEnd(text, start, lineEnd) })
    }
    if (lineEnd >= text.length) break
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1)
  }
  if (group.length > 0) groups.push(group)
  return groups
}
