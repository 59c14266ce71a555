import type { Block, Document } from '@corpus/core'
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
 * block quote, a fragment in strong emphasis within emphasis. Arguments of
 * the wrong type throw a `TypeError`.
 */
export function toMdast(document: Document, options?: MarkdownOptions): Root {
  return mdast(checkDocument('toMdast', 'document', document), checkMarkdownOptions('toMdast', 'options', options))
}

/** {@link toMdast} of arguments already checked. */
export function mdast(document: Document, options: MarkdownOptions): Root {
  const children: RootContent[] = []
  const fields = frontmatterFields(options.frontmatter ?? true)
  if (fields.length > 0) children.push({ type: 'yaml', value: frontmatterYaml(document, fields) })
  const omit = new Set(options.omit ?? [])
  const depth = options.headingDepth ?? 2
  let list: List | null = null
  document.children.forEach((block, index) => {
    if (omit.has(block.type)) return
    const content = inline(document, block, index, options.annotations ?? false)
    if (block.type === 'listItem') {
      if (!list) {
        list = { type: 'list', ordered: false, spread: false, children: [] }
        children.push(list)
      }
      list.children.push({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: content }] })
      return
    }
    list = null
    children.push(blockNode(block, content, depth))
  })
  return { type: 'root', children }
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
    case 'fragment':
      return { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'strong', children: content }] }] }
    default:
      return { type: 'paragraph', children: content }
  }
}

/** A block’s text (without a list item’s bullet, edges trimmed) as phrasing content, with its quotes and dates marked when asked. */
function inline(document: Document, block: Block, index: number, annotations: boolean): PhrasingContent[] {
  const raw = block.type === 'listItem' ? block.value.slice(block.marker.length) : block.value
  // Spaces and tabs only, as `markdownText` trims: no-break spaces are text.
  let from = 0
  let to = raw.length
  while (from < to && isEdgeSpace(raw.charCodeAt(from))) from++
  while (to > from && isEdgeSpace(raw.charCodeAt(to - 1))) to--
  const lead = from
  const value = from === 0 && to === raw.length ? raw : raw.slice(from, to)
  if (!annotations) return value === '' ? [] : [{ type: 'text', value: inlineText(value) }]
  // Offsets of marks, from the block’s value to the trimmed text.
  const origin = block.position.start.offset + (block.value.length - raw.length) + lead
  const marks: Mark[] = [
    ...document.quotes.filter((quote) => quote.block === index && quote.value !== '').map((quote) => ({ start: quote.inner.start.offset - origin, end: quote.inner.end.offset - origin, kind: 'quote' as const, value: quote.value })),
    ...document.dates.filter((date) => date.block === index).map((date) => ({ start: date.position.start.offset - origin, end: date.position.end.offset - origin, kind: 'date' as const, value: date.value }))
  ]
  return phrasing(value, marks, block.type === 'dateline' || block.type === 'byline' || block.type === 'fragment')
}

const isEdgeSpace = (code: number) => code === 0x20 || code === 0x09
