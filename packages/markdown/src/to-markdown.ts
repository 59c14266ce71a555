import type { Document } from '@corpus/core'
import type { Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import type { Options } from 'remark-stringify'
import { unified } from 'unified'
import { ROMAN, ROMAN_UPPER } from './roman.js'
import { stringifyKnown } from './stringify.js'
import { checkDocument, checkMarkdownOptions } from './arguments.js'
import { flowNodes } from './to-mdast.js'
import type { MarkdownOptions } from './types.js'

/**
 * Markers at a line start to escape, as remark-stringify's own patterns say,
 * but looking at the character after them instead of taking it into the
 * match: when that character is a line break, the next line's marker went
 * unseen, and `-\n- a` in a paragraph came back as a list item.
 */
const LINE_START_MARKERS: NonNullable<Options['unsafe']> = [
  { atBreak: true, character: '+', after: '(?=[ \t\r\n])' },
  { atBreak: true, character: '-', after: '(?=[ \t\r\n-])' },
  { atBreak: true, before: '\\d+', character: '.', after: '(?=[ \t\r\n]|$)' }
]


/**
 * What pandoc's default `markdown` reader takes for syntax in plain text and
 * CommonMark does not, escaped with a backslash (which both read as the
 * character itself): `\` (before a letter it opens a TeX command, which is
 * dropped; before a space it is a no-break space), `$` (TeX math), `~` and
 * `^` (subscript, superscript, strikeout, a note), `@` (a citation), `{` in a
 * heading (its attributes); and at a line's start `:` (a definition, a div),
 * `|` (a line block), `%` (a title block), `+` before `-` or `=` (a grid
 * table), and the markers of its lists: a letter or a roman numeral before
 * `.` or `)`, or within parentheses (`a)`, `(b)`, `iv.`, `XII.`, `MM.`); a
 * single capital letter before `.` only when two spaces, a tab or the line's
 * end follow, as pandoc reads `M. Dupont` as text.
 */
const PANDOC_MARKERS: NonNullable<Options['unsafe']> = [
  { character: '\\', inConstruct: 'phrasing' },
  ...['$', '~', '^', '@'].map((character) => ({ character, inConstruct: 'phrasing' as const })),
  { character: '{', inConstruct: 'headingAtx' },
  ...[':', '|', '%'].map((character) => ({ atBreak: true, character })),
  { atBreak: true, character: '+', after: '(?=[-=])' },
  { atBreak: true, before: `[a-zA-Z]|${ROMAN}|${ROMAN_UPPER}|#`, character: ')', after: '(?=[ \t\r\n]|$)' },
  { atBreak: true, before: `[a-z]|${ROMAN}|(?=[IVXLCDM]{2})${ROMAN_UPPER}`, character: '.', after: '(?=[ \t\r\n]|$)' },
  { atBreak: true, before: '[A-Z]', character: '.', after: '(?=\t| {2}|[\r\n]|$)' },
  { atBreak: true, character: '(', after: `(?=(?:[a-zA-Z]|${ROMAN}|${ROMAN_UPPER}|\\d+|#|@[\\w-]*)\\)(?:[ \t\r\n]|$))` }
]

// One processor for every call: `-` bullets, `*` emphasis, ATX headings, the front matter as YAML.
export const processor = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, setext: false, unsafe: [...LINE_START_MARKERS, ...PANDOC_MARKERS] })
  .use(remarkFrontmatter, ['yaml'])

/**
 * A document as Markdown: {@link toMdast} serialised as remark-stringify
 * writes it. Trees of the usual shape are written directly, to the same
 * bytes; the rest goes through remark-stringify. Blocks are written a batch
 * at a time, so the whole tree is never held. Arguments of the wrong type
 * throw a `TypeError`.
 */
export function toMarkdown(document: Document, options?: MarkdownOptions): string {
  return markdown(checkDocument('toMarkdown', 'document', document), checkMarkdownOptions('toMarkdown', 'options', options))
}

/** {@link toMarkdown} of arguments already checked. */
export function markdown(document: Document, options: MarkdownOptions): string {
  const parts: string[] = []
  let batch: RootContent[] = []
  const flush = () => {
    const tree: Root = { type: 'root', children: batch }
    parts.push(withoutFinalNewline(stringifyKnown(tree) ?? processor.stringify(tree)))
    batch = []
  }
  for (const node of flowNodes(document, options)) {
    batch.push(node)
    if (batch.length === BATCH) flush()
  }
  if (batch.length > 0) flush()
  // Batches joined as remark-stringify joins a root's children (a blank line between), then its final line ending.
  const result = parts.join('\n\n')
  return result === '' || result.endsWith('\n') ? result : result + '\n'
}

/**
 * Blocks written a batch at a time, so that the whole tree of a large
 * document is never held at once (750,000 one-line paragraphs made 150 MB of
 * mdast), and each call to remark-stringify, when one is needed, writes many.
 */
const BATCH = 1000

/**
 * A batch's Markdown without the line ending remark-stringify adds at the
 * end, unless the text ends with a line ending already (its blocks never do:
 * an empty last block leaves the blank line before it).
 */
const withoutFinalNewline = (value: string) => (value === '' || value.endsWith('\n\n') ? value : value.slice(0, -1))
