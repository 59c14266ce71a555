import type { Document } from '@corpus/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import type { Options } from 'remark-stringify'
import { unified } from 'unified'
import { stringifyKnown } from './stringify.js'
import { checkDocument, checkMarkdownOptions } from './arguments.js'
import { mdast } from './to-mdast.js'
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

// One processor for every call: `-` bullets, `*` emphasis, ATX headings, the front matter as YAML.
export const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, setext: false, unsafe: LINE_START_MARKERS }).use(remarkFrontmatter, ['yaml'])

/**
 * A document as Markdown: {@link toMdast} serialised as remark-stringify
 * writes it. Trees of the usual shape are written directly, to the same
 * bytes; the rest goes through remark-stringify. Arguments of the wrong type
 * throw a `TypeError`.
 */
export function toMarkdown(document: Document, options?: MarkdownOptions): string {
  return markdown(checkDocument('toMarkdown', 'document', document), checkMarkdownOptions('toMarkdown', 'options', options))
}

/** {@link toMarkdown} of arguments already checked. */
export function markdown(document: Document, options: MarkdownOptions): string {
  const tree = mdast(document, options)
  return stringifyKnown(tree) ?? processor.stringify(tree)
}
