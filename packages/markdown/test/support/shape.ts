// Trees compared by what they say: node types, texts (adjacent ones joined), link targets and heading depths, not positions or layout.
import type { Nodes, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** The tree remark-parse reads from Markdown. */
export const readTree = (markdown: string): Root => reader.parse(markdown)

/** What a node says. */
export type Shape = string | { type: string; depth?: number; url?: string; children: Shape[] }

export function shape(node: Nodes): Shape {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return { type: node.type, children: 'value' in node ? [String(node.value)] : [] }
  const children: Shape[] = []
  for (const child of node.children as Nodes[]) {
    const value = shape(child)
    const last = children.at(-1)
    if (typeof value === 'string' && typeof last === 'string') children[children.length - 1] = last + value
    else children.push(value)
  }
  return { type: node.type, ...(node.type === 'heading' ? { depth: node.depth } : {}), ...(node.type === 'link' ? { url: node.url } : {}), children }
}
