import type { Block, BlockType, Document, Quote } from '@corpus/core'
import type { BlockContent, List, PhrasingContent, Root, RootContent } from 'mdast'
import { checkDocument, checkMarkdownOptions } from './arguments.js'
import { FRONTMATTER_FIELDS, frontmatterYaml } from './frontmatter.js'
import { inlineText, phrasing, type Mark } from './inline.js'
import type { FrontmatterField, MarkdownOptions } from './types.js'

/**
 * A document as an mdast tree: its front matter (a `yaml` node), then its
 * blocks. Paragraphs, headings and list items are themselves; the other
 * blocks keep their own line in a form the reader recognises: a dateline in
 * emphasis, a byline in strong emphasis, a source or copyright line as a
 * block quote, a fragment in strong emphasis within emphasis. Page furniture
 * is left out unless `keepFurniture` asks for it: then it is a line in
 * emphasis in a block quote. Arguments of the wrong type throw a `TypeError`.
 */
export function toMdast(document: Document, options?: MarkdownOptions): Root {
  return mdast(checkDocument('toMdast', 'document', document), checkMarkdownOptions('toMdast', 'options', options))
}

/** {@link toMdast} of arguments already checked. */
export function mdast(document: Document, options: MarkdownOptions): Root {
  return { type: 'root', children: [...flowNodes(document, options)] }
}

/**
 * The children of {@link toMdast}'s tree, one at a time: the front matter,
 * then each block, consecutive list items as one list. A writer can write
 * each as it comes and never hold the whole tree.
 */
export function* flowNodes(document: Document, options: MarkdownOptions): Generator<RootContent> {
  const fields = frontmatterFields(options.frontmatter ?? true)
  if (fields.length > 0) yield { type: 'yaml', value: frontmatterYaml(document, fields) }
  const omit = omittedTypes(options)
  const depth = options.headingDepth ?? 2
  const marks = options.annotations === true ? marksByBlock(document) : null
  let list: List | null = null
  for (const [index, block] of document.children.entries()) {
    if (omit.has(block.type)) continue
    const content = inline(block, marks && (marks.get(index) ?? []))
    if (block.type === 'listItem') {
      list ??= { type: 'list', ordered: false, spread: false, children: [] }
      list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: content }] })
      continue
    }
    if (list) yield list
    list = null
    yield blockNode(block, content, depth)
  }
  if (list) yield list
}

/**
 * The quotes of each block, by block index, in one pass (a filter per block
 * is quadratic). Dates are not marked: a link needs a target in the file, and
 * CommonMark has no anchor but raw HTML, which the writer never writes.
 */
function marksByBlock(document: Document): Map<number, Quote[]> {
  const byBlock = new Map<number, Quote[]>()
  for (const quote of document.quotes) {
    if (quote.value === '') continue
    const list = byBlock.get(quote.block)
    if (list) list.push(quote)
    else byBlock.set(quote.block, [quote])
  }
  return byBlock
}

/** The block types left out: those of `omit`, and page furniture unless kept (it is not article text). */
function omittedTypes(options: MarkdownOptions): Set<BlockType> {
  const omit = new Set(options.omit ?? [])
  if (options.keepFurniture !== true) omit.add('furniture')
  return omit
}

function frontmatterFields(choice: boolean | FrontmatterField[]): readonly FrontmatterField[] {
  if (choice === true) return FRONTMATTER_FIELDS
  if (choice === false) return []
  return FRONTMATTER_FIELDS.filter((field) => choice.includes(field))
}

function blockNode(block: Block, content: PhrasingContent[], depth: MarkdownOptions['headingDepth'] & number): BlockContent {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', depth, children: content }
    case 'dateline':
      return { type: 'paragraph', children: [{ type: 'emphasis', children: content }] }
    case 'byline':
      return { type: 'paragraph', children: [{ type: 'strong', children: content }] }
    case 'boilerplate':
      return { type: 'blockquote', children: [{ type: 'paragraph', children: content }] }
    // Set apart like a credit line, and in emphasis so that the reader tells it from one.
    case 'furniture':
      return { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: content }] }] }
    case 'fragment':
      return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'strong', children: content }] }] }
    default:
      return { type: 'paragraph', children: content }
  }
}

/** A block’s text (without a list item’s bullet, edges trimmed) as phrasing content, with the inside of its quotes marked when asked (`quotes` not `null`). */
function inline(block: Block, quotes: readonly Quote[] | null): PhrasingContent[] {
  const raw = block.type === 'listItem' ? block.value.slice(block.marker.length) : block.value
  // Spaces and tabs only, as `markdownText` trims: no-break spaces are text.
  let from = 0
  let to = raw.length
  while (from < to && isEdgeSpace(raw.charCodeAt(from))) from++
  while (to > from && isEdgeSpace(raw.charCodeAt(to - 1))) to--
  const lead = from
  const value = from === 0 && to === raw.length ? raw : raw.slice(from, to)
  if (!quotes) return value === '' ? [] : [{ type: 'text', value: inlineText(value) }]
  // Offsets of marks, from the block’s value to the trimmed text.
  const origin = block.position.start.offset + (block.value.length - raw.length) + lead
  const marks = quotes.map(({ inner: { start, end } }): Mark => ({ start: start.offset - origin, end: end.offset - origin }))
  return phrasing(value, marks, isEmphasised(block.type))
}

/** Whether a block of this type is written in emphasis, so that a quote inside it is emphasis within emphasis. */
const isEmphasised = (type: BlockType) => type === 'dateline' || type === 'byline' || type === 'fragment' || type === 'furniture'

const isEdgeSpace = (code: number) => code === 0x20 || code === 0x09
