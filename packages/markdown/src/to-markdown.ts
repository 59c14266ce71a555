import type { Document } from '@corpus/core'
import type { Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import type { Options } from 'remark-stringify'
import { unified } from 'unified'
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

// One processor for every call: `-` bullets, `*` emphasis, ATX headings, the front matter as YAML.
export const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, setext: false, unsafe: LINE_START_MARKERS }).use(remarkFrontmatter, ['yaml'])

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
