import type { Document } from '@corpus/core'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { toMdast } from './to-mdast.js'
import type { MarkdownOptions } from './types.js'

// One processor for every call: `-` bullets, `*` emphasis, ATX headings, the front matter as YAML.
const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, setext: false }).use(remarkFrontmatter, ['yaml'])

/** A document as Markdown: {@link toMdast} serialised by remark-stringify. */
export function toMarkdown(document: Document, options?: MarkdownOptions): string {
  return processor.stringify(toMdast(document, options))
}
