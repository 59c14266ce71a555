/**
 * Round trip: `fromMarkdown(toMarkdown(document))`, read back with
 * remark-parse and remark-frontmatter, gives the same metadata and the same
 * blocks (type and text) for every seed, sample file and core fixture, with
 * and without annotations.
 */
import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { fromMarkdown, markdownText, toMarkdown } from '../src/index.js'
import { metadata } from '../src/frontmatter.js'
import { inputs } from './support/inputs.js'

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, document) => {
  it.each([false, true])('reads back its metadata and blocks (annotations: %s)', (annotations) => {
    const markdown = toMarkdown(document, { annotations })
    const read = fromMarkdown(markdown)
    expect(read.frontmatter).toEqual(JSON.parse(JSON.stringify(metadata(document))))
    expect(read.blocks).toEqual(document.children.map((block) => ({ type: block.type, text: markdownText(block) })))
  })
})

describe('U+0000', () => {
  it('is written as U+FFFD, as Markdown readers read it', () => {
    const document = parse('Un octet\0 nul.\n\n- et\0 un autre', { detectLanguage: false })
    for (const annotations of [false, true]) {
      const markdown = toMarkdown(document, { frontmatter: false, annotations })
      expect(markdown).toBe('Un octet\uFFFD nul.\n\n- et\uFFFD un autre\n')
      expect(fromMarkdown(markdown).blocks).toEqual(document.children.map((block) => ({ type: block.type, text: markdownText(block) })))
    }
    expect(document.children.map(markdownText)).toEqual(['Un octet\uFFFD nul.', 'et\uFFFD un autre'])
  })
})
