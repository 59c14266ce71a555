// The round trip of one raw article, with and without annotations: shared by the unit suite (a few hundred articles) and the slow suite (tens of thousands).
import { parse } from '@corpus/core'
import { expect } from 'vitest'
import { fromMarkdown, markdownText, toMarkdown, toMdast } from '../../src/index.js'
import { readTree, shape } from './shape.js'

/**
 * Checks that the Markdown of `raw` reads back into the same blocks (type and
 * text), and into the very tree `toMdast` built: every mark written (a
 * quote's emphasis) is read back as one, where it was.
 */
export function checkRoundTrip(raw: string): void {
  const document = parse(raw, { detectLanguage: false })
  const expected = document.children.map((block) => ({ type: block.type, text: markdownText(block) }))
  for (const annotations of [false, true]) {
    const markdown = toMarkdown(document, { annotations })
    expect(fromMarkdown(markdown).blocks).toEqual(expected)
    expect(shape(readTree(markdown))).toEqual(shape(toMdast(document, { annotations })))
  }
}
