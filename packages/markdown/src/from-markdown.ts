import type { BlockType } from '@corpus/core'
import type { Nodes, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CORE_SCHEMA, load } from 'js-yaml'
import { checkString } from './arguments.js'
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
 * read as well as it maps: other blocks are paragraphs. An argument that is
 * not a string throws a `TypeError`.
 */
export function fromMarkdown(markdown: string): ReadDocument {
  const tree = processor.parse(checkString('fromMarkdown', 'markdown', markdown, 'a string of Markdown')) as Root
  let frontmatter: Frontmatter | null = null
  const blocks: MarkdownBlock[] = []
  for (const node of tree.children) {
    // The core schema: no timestamps, no other types a front matter should not hold.
    if (node.type === 'yaml') frontmatter = (load(node.value, { schema: CORE_SCHEMA }) as Frontmatter | null) ?? {}
    // Item by item: a list may hold more items than a call takes arguments.
    else if (node.type === 'list') for (const item of node.children) blocks.push(block('listItem', item))
    else blocks.push(block(blockType(node), node))
  }
  return { frontmatter, blocks }
}

/** The block type a node other than a list stands for: see `toMdast`. */
function blockType(node: RootContent): BlockType {
  if (node.type === 'heading') return 'heading'
  if (node.type === 'blockquote') return 'boilerplate'
  const only = node.type === 'paragraph' ? single(node.children) : undefined
  if (only?.type === 'strong') return 'byline'
  if (only?.type !== 'emphasis') return 'paragraph'
  return single(only.children)?.type === 'strong' ? 'fragment' : 'dateline'
}

function single<Node>(children: readonly Node[]): Node | undefined {
  return children.length === 1 ? children[0] : undefined
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
