// The round trip of one raw article, with and without annotations and page furniture: shared by the unit suite (a few hundred articles) and the slow suite (tens of thousands).
import { parse, type Document } from '@corpus/core'
import { expect } from 'vitest'
import { fromMarkdown, markdownText, toMarkdown, toMdast, type MarkdownBlock } from '../../src/index.js'
import { readTree, shape } from './shape.js'

/** The blocks `fromMarkdown` should read back: every block, or every block but page furniture. */
export function expectedBlocks(document: Document, keepFurniture: boolean): MarkdownBlock[] {
  return document.children.filter((block) => keepFurniture || block.type !== 'furniture').map((block) => ({ type: block.type, text: markdownText(block) }))
}

/**
 * Checks that the Markdown of `raw` reads back into the same blocks (type and
 * text), page furniture kept or left out, and into the very tree `toMdast`
 * built: every mark written (a quote's emphasis) is read back as one, where
 * it was.
 */
export function checkRoundTrip(raw: string): void {
  const document = parse(raw, { detectLanguage: false })
  for (const keepFurniture of [false, true]) {
    for (const annotations of [false, true]) {
      const markdown = toMarkdown(document, { annotations, keepFurniture })
      expect(fromMarkdown(markdown).children).toEqual(expectedBlocks(document, keepFurniture))
      expect(shape(readTree(markdown))).toEqual(shape(toMdast(document, { annotations, keepFurniture })))
    }
  }
}
