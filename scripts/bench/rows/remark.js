/** (c) `unified().use(remarkParse).parse(text)`: a Markdown parser, as a yardstick. */
import { TextDecoder } from 'node:util'

export const label = 'unified + remark-parse'
export const unit = 'blocks'

export async function load() {
  const { unified } = await import('unified')
  const { default: remarkParse } = await import('remark-parse')
  const processor = unified().use(remarkParse)
  const decoder = new TextDecoder('utf-8')
  return {
    run: (bytes) => processor.parse(decoder.decode(bytes)),
    count: (tree) => tree.children.length
  }
}
