/**
 * The direct writer against remark-stringify: wherever it writes a tree, it
 * writes remark-stringify's bytes, so `toMarkdown` is the same function with
 * or without it. Checked over the whole generated benchmark corpus, every
 * test input in every option, and random texts.
 */
import { parse, type Document } from '@corpus/core'
import fc from 'fast-check'
import type { Root, RootContent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { generateArticles } from '../../../scripts/bench/generate.js'
import { stringifyKnown } from '../src/stringify.js'
import { processor } from '../src/to-markdown.js'
import { toMdast } from '../src/to-mdast.js'
import { toMarkdown, type MarkdownOptions } from '../src/index.js'
import { inputs } from './support/inputs.js'

/** Compares the two writers on one document; says which one `toMarkdown` used. */
function writer(document: Document, options?: MarkdownOptions): 'direct' | 'remark' {
  const tree = toMdast(document, options)
  const expected = processor.stringify(tree)
  const direct = stringifyKnown(tree)
  if (direct !== undefined) expect(direct).toBe(expected)
  expect(toMarkdown(document, options)).toBe(expected)
  return direct === undefined ? 'remark' : 'direct'
}

describe('the generated benchmark corpus', () => {
  it('is written to the same bytes, nearly all of it directly', () => {
    const used = { direct: 0, remark: 0 }
    for (const { name, data } of generateArticles()) used[writer(parse(data, { file: name, detectLanguage: false }))]++
    expect(used.direct + used.remark).toBe(20_000)
    expect(used.direct).toBeGreaterThan(19_000)
  }, 120_000)
})

const OPTIONS: MarkdownOptions[] = [{}, { frontmatter: false }, { headingDepth: 1 }, { headingDepth: 6 }, { omit: ['fragment', 'boilerplate'] }, { annotations: true }]

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, document) => {
  it.each(OPTIONS.map((options) => [JSON.stringify(options), options] as const))('is written to the same bytes with %s', (_label, options) => {
    writer(document, options)
  })
})

describe('random texts', () => {
  // Characters remark-stringify treats specially, at line starts, edges and inside, with letters, digits, no-break spaces and line breaks.
  const special = fc.constantFrom(...'#*_[]()<>`\\!&|+-=~:.;?«» \u00a0\u202f\t\r\n\u0001'.split(''))
  const character = fc.oneof({ arbitrary: special, weight: 1 }, { arbitrary: fc.constantFrom(...'aAé1 '.split('')), weight: 6 })
  const text = fc.array(character, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''))
  const article = fc.array(text, { minLength: 1, maxLength: 6 }).map((paragraphs) => `PARIS, 3 mars 2024 (AFP) -\n\n${paragraphs.join('\n\n')}\n`)

  it('are written to the same bytes in every block form', () => {
    fc.assert(
      fc.property(article, fc.constantFrom<MarkdownOptions>(...OPTIONS), (raw, options) => {
        writer(parse(raw, { detectLanguage: false }), options)
      }),
      { numRuns: 3000 }
    )
  }, 60_000)

  // Every shape `toMdast` makes, with any text in it (edges and all), and a list of two.
  const shapes: ((value: string) => RootContent)[] = [
    (value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }),
    (value) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }] }),
    (value) => ({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value }] }] }),
    (value) => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }),
    (value) => ({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }] }),
    (value) => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }),
    (value) => ({ type: 'list', ordered: false, spread: false, children: [value, value].map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] })) })
  ]

  it('are written to the same bytes in every shape of tree', () => {
    const used = { direct: 0, remark: 0 }
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom(...shapes)), { minLength: 1, maxLength: 3 }), (blocks) => {
        const tree: Root = { type: 'root', children: blocks.map(([value, shape]) => shape(value)) }
        const direct = stringifyKnown(tree)
        if (direct !== undefined) expect(direct).toBe(processor.stringify(tree))
        used[direct === undefined ? 'remark' : 'direct']++
      }),
      { numRuns: 5000 }
    )
    expect(used.direct).toBeGreaterThan(1000)
  }, 60_000)

  // Lines that open with numbers and markers, one after another: the patterns remark-stringify runs across line breaks.
  const opening = fc.constantFrom('1.', '1)', '12.', '3)', '1. ', '1.\t', '2.x', '#', '=', '>', '+', '+a', '-', '-a', '--', '[a](b)', '![a]', 'a', 'a.', '1', '](x)')
  const lines = fc.array(fc.tuple(opening, fc.constantFrom('', ' b', 'b', '.')), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([start, rest]) => start + rest).join('\n'))

  it('are written to the same bytes when lines open with numbers and markers', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom(...shapes), (value, shape) => {
        const tree: Root = { type: 'root', children: [shape(value)] }
        const direct = stringifyKnown(tree)
        if (direct !== undefined) expect(direct).toBe(processor.stringify(tree))
      }),
      { numRuns: 5000 }
    )
  }, 60_000)

  it.each([
    ['1.\n2. b\n3.', '1\\.\n2. b\n3\\.\n'],
    ['1. a\n2) b', '1\\. a\n2\\) b\n'],
    ['1.\tx\n#a\n=b\n>c', '1\\.\tx\n\\#a\n\\=b\n\\>c\n'],
    ['a ![b](c) d', 'a !\\[b]\\(c) d\n']
  ])('writes %j as %j', (value, expected) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }
    expect([stringifyKnown(tree), processor.stringify(tree)]).toEqual([expected, expected])
  })

  it('leaves trees of other shapes to remark-stringify', () => {
    const item = (value: string) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] })
    const trees: Root[] = [
      { type: 'root', children: [{ type: 'list', ordered: false, children: [item('a'), item('b')] }] },
      { type: 'root', spread: false, children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'a' }] }] } as Root,
      { type: 'root', children: [{ type: 'list', ordered: false, spread: false, children: [item('a')] }, { type: 'list', ordered: false, spread: false, children: [item('b')] }] }
    ]
    for (const tree of trees) expect(stringifyKnown(tree)).toBeUndefined()
  })

  it('keeps a heading’s depth between 1 and 6, as remark-stringify does', () => {
    for (const depth of [0, 7]) {
      const tree = { type: 'root', children: [{ type: 'heading', depth, children: [{ type: 'text', value: 'a' }] }] } as Root
      expect(stringifyKnown(tree)).toBe(processor.stringify(tree))
    }
  })

  it('are sometimes written directly, so the comparison means something', () => {
    const used = { direct: 0, remark: 0 }
    fc.assert(
      fc.property(article, (raw) => {
        used[writer(parse(raw, { detectLanguage: false }))]++
      }),
      { numRuns: 500, seed: 1 }
    )
    expect(used.direct).toBeGreaterThan(50)
    expect(used.remark).toBeGreaterThan(50)
  })
})
