import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { ROMAN, ROMAN_UPPER } from './roman.js'

/**
 * The Markdown of a tree as `toMdast` builds it without annotations, written
 * directly: byte for byte what remark-stringify writes with `toMarkdown`’s
 * settings, about ten times faster. It writes only the shapes and the texts
 * whose output it knows for certain (no character that remark-stringify
 * would escape or encode, save `[`, a `(` after `]`, and at the start of a
 * line `#`, `=`, `>`, a number’s dot or parenthesis and a letter or roman
 * list marker’s period) and returns `undefined` for anything else, which then goes to
 * remark-stringify. A differential test holds it to remark-stringify’s bytes
 * over the whole generated corpus, every test input and random texts.
 */
export function stringifyKnown(tree: Root): string | undefined {
  // A `spread` on the root changes how remark-stringify joins its children.
  if ('spread' in tree) return undefined
  let result = ''
  for (const [index, node] of tree.children.entries()) {
    // A list right after a list takes the other bullet.
    const value = node.type === 'list' && tree.children[index - 1]?.type === 'list' ? undefined : flow(node)
    if (value === undefined) return undefined
    result += index === 0 ? value : '\n\n' + value
  }
  return result === '' ? result : result + '\n'
}

function flow(node: RootContent): string | undefined {
  switch (node.type) {
    case 'yaml':
      return typeof node.value !== 'string' ? undefined : '---\n' + (node.value === '' ? '' : node.value + '\n') + '---'
    case 'heading':
      return heading(node)
    case 'paragraph':
      return paragraph(node)
    case 'blockquote': {
      const child = single(node.children)
      return child?.type === 'paragraph' ? indent(paragraph(child), '> ', '> ') : undefined
    }
    case 'list':
      return list(node)
    default:
      return undefined
  }
}

function heading(node: Heading): string | undefined {
  // remark-stringify keeps a depth between 1 and 6.
  const sequence = '#'.repeat(Math.max(Math.min(6, node.depth || 1), 1))
  if (node.children.length === 0) return sequence
  const child = single(node.children)
  // In an ATX heading a line ending or a closing `#` would be escaped too.
  if (child?.type !== 'text' || /[\n#{]/.test(child.value)) return undefined
  const value = text(child.value, false)
  return value === undefined ? undefined : sequence + ' ' + value
}

/** A paragraph of one text, or of one text in emphasis, strong emphasis, or both. */
function paragraph(node: Paragraph): string | undefined {
  const child = single(node.children)
  if (child?.type === 'text') return text(child.value, true)
  return child ? attention(child, '') : undefined
}

function attention(node: PhrasingContent, markers: string): string | undefined {
  const child = node.type === 'emphasis' || node.type === 'strong' ? single(node.children) : undefined
  if (!child) return undefined
  const marker = node.type === 'emphasis' ? '*' : '**'
  // A strong within emphasis is the last pair that remark-stringify nests this way.
  if (child.type === 'strong' && markers === '' && node.type === 'emphasis') return wrap(attention(child, marker), marker)
  if (child.type !== 'text' || !flanks(child.value)) return undefined
  return wrap(text(child.value, false), marker)
}

function list(node: List): string | undefined {
  // Only a list whose `spread` is `false` is tight.
  if (node.ordered || node.spread !== false || node.children.length === 0) return undefined
  const items: string[] = []
  for (const item of node.children) {
    if (item.spread !== false) return undefined
    const child = single(item.children)
    const value = child?.type === 'paragraph' ? indent(paragraph(child), '- ', '  ') : undefined
    if (value === undefined) return undefined
    items.push(value)
  }
  return items.join('\n')
}

/**
 * A text as remark-stringify writes it in phrasing, or `undefined` when it
 * holds anything this writer leaves to remark-stringify. `lineStart` says
 * whether the text opens a line (a paragraph’s first text does; one in
 * emphasis or in a heading does not); every line after a break does.
 */
function text(value: string, lineStart: boolean): string | undefined {
  if (value === '' || ESCAPED.test(value)) return undefined
  const lines = value.split('\n')
  for (const [index, line] of lines.entries()) {
    // An empty line, or a space or tab next to a break, would be encoded.
    if (line === '' || isBlank(line.charCodeAt(0)) || isBlank(line.charCodeAt(line.length - 1))) return undefined
    const atBreak = index > 0 || lineStart
    // What follows the line: a break, or (after a paragraph’s text) the line ending of the block; in emphasis, the marker.
    const breakAfter = index < lines.length - 1 || lineStart
    const opened = atBreak ? lineOpening(line, breakAfter) : line
    if (opened === undefined) return undefined
    lines[index] = brackets(opened)
  }
  return lines.join('\n')
}

// Characters escaped or encoded in phrasing (or whose escape depends on their neighbours) that this writer leaves to remark-stringify: C0 controls but the tab and the line feed, `\`, `*`, `_`, backticks, `<`, `&`, `~`, DEL, and pandoc's `$`, `^` and `@`.
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const ESCAPED = /[\0-\b\v-\x1f\\*_`<&~\x7f$^@]/

// Line openings that pandoc may read as syntax (see `PANDOC_MARKERS` in to-markdown.ts), left to remark-stringify: a superset is enough.
const PANDOC_LINE_START = /^(?:[:|%(]|\+[-=]|(?:[a-zA-Z]+|#)\)(?![^ \t]))/
// pandoc's letter and roman list markers (`a.`, `iv.`, `XII.`; `B.` only before a tab or two spaces), whose period
// remark-stringify escapes as `PANDOC_MARKERS` says: a text of many `a.` paragraphs is written directly too.
const LOWER_OR_ROMAN_MARKER = new RegExp(`^(?:[a-z]|${ROMAN}|(?=[IVXLCDM]{2})${ROMAN_UPPER})\\.`)
const CAPITAL_MARKER = /^[A-Z]\./

/**
 * A line that opens at a break, as remark-stringify writes it so that it
 * does not start another construct, or `undefined` when pandoc could read
 * it as syntax: `#`, `=` and `>` escaped; a number
 * followed by `)`, or by `.` and a space, a tab or a break, with its
 * punctuation escaped. A `+` or `-` before a space, a tab, a break or another `-` is left to
 * remark-stringify; before anything else it is plain text.
 */
function lineOpening(line: string, breakAfter: boolean): string | undefined {
  if (PANDOC_LINE_START.test(line)) return undefined
  const marker = letterMarker(line, breakAfter)
  if (marker > 0) return line.slice(0, marker) + '\\' + line.slice(marker)
  const first = line.charAt(0)
  if (first === '#' || first === '=' || first === '>') return '\\' + line
  if (first === '+' || first === '-') return /^[+-][^\t -]/.test(line) ? line : undefined
  const digits = /^\d+/.exec(line)?.[0].length ?? 0
  if (digits === 0) return line
  const next = line.charAt(digits)
  const after = line.charAt(digits + 1)
  const escape = next === ')' || (next === '.' && (after === ' ' || after === '\t' || (after === '' && breakAfter)))
  return escape ? line.slice(0, digits) + '\\' + line.slice(digits) : line
}

/** Where the period of a letter or roman list marker opening `line` stands, as remark-stringify finds it, or -1. */
function letterMarker(line: string, breakAfter: boolean): number {
  const lowerOrRoman = LOWER_OR_ROMAN_MARKER.exec(line)?.[0].length
  const length = lowerOrRoman ?? (CAPITAL_MARKER.test(line) ? 2 : 0)
  if (length === 0) return -1
  const next = line.charAt(length)
  const ends = next === '' ? breakAfter : next === '\t' || (lowerOrRoman === undefined ? line.startsWith('  ', length) : next === ' ')
  return ends ? length - 1 : -1
}

/**
 * `[` is always escaped (it could open a link), and so is a `(` after `]`
 * (it could open a destination); an `!` before `[` is not, since escaping the
 * bracket is enough.
 */
function brackets(line: string): string {
  return line.includes('[') || line.includes('](') ? line.replaceAll('[', '\\[').replaceAll('](', ']\\(') : line
}

const isBlank = (code: number) => code === 0x20 || code === 0x09

/** Emphasis needs a character that is not white space at each edge of its text. */
function flanks(value: string): boolean {
  return value !== '' && !/\s/.test(value.charAt(0)) && !/\s/.test(value.charAt(value.length - 1))
}

function single<Node>(children: readonly Node[]): Node | undefined {
  return children.length === 1 ? children[0] : undefined
}

function wrap(value: string | undefined, marker: string): string | undefined {
  return value === undefined ? undefined : marker + value + marker
}

/** Lines of a block quote or a list item: the first after `first`, the others after `rest`. */
function indent(value: string | undefined, first: string, rest: string): string | undefined {
  return value === undefined ? undefined : first + value.replaceAll('\n', '\n' + rest)
}
