import type { BlockType } from '@corpus/core'
import type { Nodes, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CORE_SCHEMA, load } from 'js-yaml'
import type { Frontmatter, MarkdownBlock } from './types.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** What {@link fromMarkdown} reads back: the front matter’s metadata and the blocks. */
export interface ReadDocument {
  /** The front matter, or `null` when there is none. */
  frontmatter: Frontmatter | null
  /** The blocks, in order. */
  blocks: MarkdownBlock[]
}

/**
 * Reads Markdown that {@link toMarkdown} wrote back into metadata and blocks
 * (type and text), with remark-parse and remark-frontmatter. Other Markdown is
 * read as well as it maps: other blocks are paragraphs.
 */
export function fromMarkdown(markdown: string): ReadDocument {
  const tree = processor.parse(markdown) as Root
  let frontmatter: Frontmatter | null = null
  const blocks: MarkdownBlock[] = []
  for (const node of tree.children) {
    // The core schema: no timestamps, no other types a front matter should not hold.
    if (node.type === 'yaml') frontmatter = (load(node.value, { schema: CORE_SCHEMA }) as Frontmatter | null) ?? {}
    else blocks.push(...read(node))
  }
  return { frontmatter, blocks }
}

function read(node: RootContent): MarkdownBlock[] {
  switch (node.type) {
    case 'heading':
      return [block('heading', node)]
    case 'list':
      return node.children.map((item) => block('listItem', item))
    case 'blockquote':
      return [block('boilerplate', node)]
    case 'paragraph': {
      const [only, ...rest] = node.children
      if (only && rest.length === 0 && only.type === 'emphasis') {
        const [inner, ...more] = only.children
        return [block(inner && more.length === 0 && inner.type === 'strong' ? 'fragment' : 'dateline', node)]
      }
      if (only && rest.length === 0 && only.type === 'strong') return [block('byline', node)]
      return [block('paragraph', node)]
    }
    default:
      return [block('paragraph', node)]
  }
}

function block(type: BlockType, node: Nodes): MarkdownBlock {
  return { type, text: text(node) }
}

/** The text of a node: its text, a hard break as a line break. */
function text(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'break') return '\n'
  if ('children' in node) return (node.children as Nodes[]).map(text).join(node.type === 'blockquote' || node.type === 'listItem' ? '\n' : '')
  return 'value' in node ? String(node.value) : ''
}
