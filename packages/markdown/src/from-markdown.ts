import type { BlockType } from '@corpus/core'
import type { Nodes, Root, RootContent } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { CORE_SCHEMA, load } from 'js-yaml'
import { checkString } from './arguments.js'
import type { Frontmatter, MarkdownBlock } from './types.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** What {@link fromMarkdown} reads back: the front matter’s metadata and the blocks, as `children` (the model’s name). */
export interface ReadDocument {
  /** The front matter, or `null` when there is none. */
  frontmatter: Frontmatter | null
  /** The blocks, in order. */
  children: MarkdownBlock[]
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
  const children: MarkdownBlock[] = []
  for (const node of tree.children) {
    // The core schema: no timestamps, no other types a front matter should not hold.
    if (node.type === 'yaml') frontmatter = (load(node.value, { schema: CORE_SCHEMA }) as Frontmatter | null) ?? {}
    // Item by item: a list may hold more items than a call takes arguments.
    else if (node.type === 'list') for (const item of node.children) children.push(block('listItem', item))
    else children.push(block(blockType(node), node))
  }
  return { frontmatter, children }
}

/** The block type a node other than a list stands for: see `toMdast`. */
function blockType(node: RootContent): BlockType {
  if (node.type === 'heading') return 'heading'
  if (node.type === 'blockquote') return isEmphasisOnly(single(node.children)) ? 'furniture' : 'boilerplate'
  const only = node.type === 'paragraph' ? single(node.children) : undefined
  if (only?.type === 'strong') return 'byline'
  if (only?.type !== 'emphasis') return 'paragraph'
  return single(only.children)?.type === 'strong' ? 'fragment' : 'dateline'
}

/** Whether a node is a paragraph of one emphasis: in a block quote, page furniture; a credit line is plain text. */
function isEmphasisOnly(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && single(node.children)?.type === 'emphasis'
}

function single<Node>(children: readonly Node[]): Node | undefined {
  return children.length === 1 ? children[0] : undefined
}

function block(type: BlockType, node: Nodes): MarkdownBlock {
  return { type, text: text(node) }
}

/**
 * The text of a node: its text, a hard break as a line break, the blocks of
 * a block quote or a list item one a line. Walked with a stack of its own:
 * Markdown may nest blocks deeper than the call stack goes (10,000 `>`).
 */
function text(node: Nodes): string {
  let result = ''
  const stack: Array<Nodes | string> = [node]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item === 'string') result += item
    else if (item.type === 'text' || item.type === 'inlineCode') result += item.value
    else if (item.type === 'break') result += '\n'
    else if ('children' in item) {
      // Pushed last first, so that they come out in order, with the separator between.
      const children = item.children as Nodes[]
      const separator = item.type === 'blockquote' || item.type === 'listItem' ? '\n' : ''
      for (let index = children.length - 1; index >= 0; index--) {
        stack.push(children[index] as Nodes)
        if (index > 0 && separator !== '') stack.push(separator)
      }
    } else if ('value' in item) result += String(item.value)
  }
  return result
}
