import type { PhrasingContent } from 'mdast'
import { REPLACEMENT } from './text.js'

/** The inside of a quote, which becomes emphasis: offsets relative to the block. */
export interface Mark {
  start: number
  end: number
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
 * with `marks` nested as emphasis; `emphasised` says whether the
 * block itself is written in emphasis (a dateline, a byline, a fragment). A
 * mark that crosses another’s edge is left plain: Markdown cannot cross them.
 * So is a quote in emphasis whose emphasis could not be read back as it is
 * written (see `opensAlone`).
 */
export function phrasing(value: string, marks: readonly Mark[], emphasised: boolean): PhrasingContent[] {
  const sorted = [...marks].filter((mark) => mark.start < mark.end).sort((a, b) => a.start - b.start || b.end - a.end)
  return build(value, 0, value.length, sorted, emphasised)
}

function build(value: string, from: number, to: number, marks: Mark[], emphasised: boolean): PhrasingContent[] {
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
    const kept = !emphasised || opensAlone(value, mark, from, inside)
    const children = build(value, mark.start, mark.end, inside, emphasised || kept)
    if (!kept) for (const child of children) append(nodes, child)
    else nodes.push({ type: 'emphasis', children })
    at = mark.end
  }
  text(nodes, value.slice(at, to))
  return nodes
}

/**
 * Whether a quote’s emphasis, within other emphasis, opens where CommonMark
 * can only open it: after white space, or between punctuation and a letter
 * or digit. Between two punctuation marks (`"«{»"`), its `*` could also close,
 * and a reader would pair it with the enclosing emphasis’s. `from` is where
 * the enclosing mark’s text starts: there, the character before is its own
 * marker, which is punctuation; so is the marker of a mark inside starting
 * at the same place.
 */
function opensAlone(value: string, mark: Mark, from: number, inside: readonly Mark[]): boolean {
  const before = mark.start === from ? 'punctuation' : kind(characterBefore(value, mark.start))
  if (before === 'whitespace') return true
  const after = inside[0]?.start === mark.start ? 'punctuation' : kind(String.fromCodePoint(value.codePointAt(mark.start) ?? 0))
  return before === 'punctuation' && after === 'other'
}

/** The character (code point) that ends at `index`. */
function characterBefore(value: string, index: number): string {
  const low = value.charCodeAt(index - 1)
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? value.slice(index - 2, index) : value.charAt(index - 1)
}

/** A character’s kind, as CommonMark tells its flanking: Unicode punctuation and symbols are punctuation. */
function kind(character: string): 'whitespace' | 'punctuation' | 'other' {
  return /\s/u.test(character) ? 'whitespace' : /[\p{P}\p{S}]/u.test(character) ? 'punctuation' : 'other'
}

/** Adds `value` as text, joined to the text before it if any. */
function text(nodes: PhrasingContent[], value: string): void {
  if (value !== '') append(nodes, { type: 'text', value: inlineText(value) })
}

function append(nodes: PhrasingContent[], node: PhrasingContent): void {
  const last = nodes.at(-1)
  if (node.type === 'text' && last?.type === 'text') last.value += node.value
  else nodes.push(node)
}
