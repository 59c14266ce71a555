/**
 * The Markdown floor: remark-stringify (with remark-frontmatter, as
 * `toMarkdown` configures it) of the mdast tree of each document, the tree
 * built untimed (see export.js): the cost of the serializer alone.
 */
import { timeExport } from './export.js'

export const label = 'remark-stringify of the mdast tree (Markdown floor)'
export const unit = 'characters'

export async function load() {
  const { unified } = await import('unified')
  const { default: remarkStringify } = await import('remark-stringify')
  const { default: remarkFrontmatter } = await import('remark-frontmatter')
  const { toMdast } = await import('@corpus/markdown')
  const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, setext: false }).use(remarkFrontmatter, ['yaml'])
  return { runAll: (dir, names) => timeExport(dir, names, (tree) => processor.stringify(tree), (document) => toMdast(document)) }
}
