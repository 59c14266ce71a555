import { parse, type ParseOptions } from '@corpus/core'
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { checkMarkdownOptions } from './arguments.js'
import { mdast } from './to-mdast.js'
import type { MarkdownOptions } from './types.js'

/**
 * A unified parser plugin: raw article text in, mdast out (through `parse` of
 * @corpus/core and {@link toMdast}), so that remark plugins and
 * remark-stringify can follow: `unified().use(corpusParse).use(remarkFrontmatter).use(remarkStringify)`.
 * The file’s base name, when it has one, fills the document’s source.
 * Options of the wrong type throw a `TypeError` when the plugin is used.
 */
export const corpusParse: Plugin<[MarkdownOptions?], string, Root> = function (options) {
  const checked = checkMarkdownOptions('corpusParse', 'options', options)
  this.parser = (text, file) => {
    const parseOptions: ParseOptions = file.basename ? { file: file.basename } : {}
    return mdast(parse(text, parseOptions), checked)
  }
}
