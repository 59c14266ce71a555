import type { PhrasingContent } from 'mdast'
import { REPLACEMENT } from './text.js'

/** A marked part of a block’s text: offsets relative to the block. */
export interface Mark {
  start: number
  end: number
  /** A quote’s inside becomes emphasis; a date, a link to `#date-<value>`. */
  kind: 'quote' | 'date'
  value: string
}

// Line breaks with the spaces and tabs around them: Markdown keeps only the break.
const LINE_BREAK = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g

/** Text as Markdown holds it within a block: breaks as LF, spaces at line edges dropped, U+0000 as U+FFFD. */
export function inlineText(value: string): string {
  const text = value.includes('\0') ? value.replaceAll('\0', REPLACEMENT) : value
  // Most blocks are one line: no pattern to run.
  return text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text
}

/**
 * The phrasing content of `value` (a block’s text, its edges already trimmed)
 * with `marks` nested as emphasis and links. A mark that crosses another’s
 * edge is left plain: Markdown cannot cross them.
 */
export function phrasing(value: string, marks: readonly Mark[]): PhrasingContent[] {
  const sorted = [...marks].filter((mark) => mark.start < mark.end).sort((a, b) => a.start - b.start || b.end - a.end)
  return build(value, 0, value.length, sorted)
}

function build(value: string, from: number, to: number, marks: Mark[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let at = from
  let index = 0
  for (let mark = marks[index]; mark; mark = marks[index]) {
    index++
    if (mark.start < at || mark.end > to) continue
    // The marks inside this one: those that start before it ends.
    const inside: Mark[] = []
    for (let next = marks[index]; next && next.start < mark.end; next = marks[++index]) inside.push(next)
    text(nodes, value.slice(at, mark.start))
    const children = build(value, mark.start, mark.end, inside)
    nodes.push(mark.kind === 'quote' ? { type: 'emphasis', children } : { type: 'link', url: `#date-${mark.value}`, children })
    at = mark.end
  }
  text(nodes, value.slice(at, to))
  return nodes
}

function text(nodes: PhrasingContent[], value: string): void {
  if (value !== '') nodes.push({ type: 'text', value: inlineText(value) })
}
