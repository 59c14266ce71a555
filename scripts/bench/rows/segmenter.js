/**
 * (e) `Intl.Segmenter('fr', { granularity: 'sentence' })` over each line. The
 * text is split on line breaks first: the segmenter is quadratic on long
 * strings in Node 20, so it never gets a whole text.
 */
import { TextDecoder } from 'node:util'

export const label = "Intl.Segmenter('fr', sentence) per line"
export const unit = 'sentences'

export async function load() {
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' })
  const decoder = new TextDecoder('utf-8')
  return {
    run(bytes) {
      const text = decoder.decode(bytes)
      let sentences = 0
      for (const line of text.split(/\r\n|\r|\n/)) {
        if (line.trim() === '') continue
        for (const segment of segmenter.segment(line)) if (segment.segment.trim() !== '') sentences++
      }
      return sentences
    },
    count: (sentences) => sentences
  }
}
