/** (d) `new ParseLatin().parse(text)`: a natural-language (nlcst) tokenizer, as a yardstick. */
import { TextDecoder } from 'node:util'

export const label = 'parse-latin'
export const unit = 'sentences'

export async function load() {
  const { ParseLatin } = await import('parse-latin')
  const decoder = new TextDecoder('utf-8')
  return {
    run: (bytes) => new ParseLatin().parse(decoder.decode(bytes)),
    count(tree) {
      let sentences = 0
      for (const paragraph of tree.children) {
        if (paragraph.type !== 'ParagraphNode') continue
        for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences++
      }
      return sentences
    }
  }
}
