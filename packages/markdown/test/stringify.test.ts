/**
 * The direct writer against remark-stringify: wherever it writes a tree, it
 * writes remark-stringify's bytes, so `toMarkdown` is the same function with
 * or without it. Checked over 400 generated benchmark articles, every test
 * input in every option, and random texts; the slow suite
 * (stringify.slow.test.ts) runs the same checks on the whole 20,000-article
 * corpus and many more random texts.
 */
import { parse } from '@corpus/core'
import fc from 'fast-check'
import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { fromMarkdown } from '../src/index.js'
import { stringifyKnown } from '../src/stringify.js'
import { processor } from '../src/to-markdown.js'
import { inputs } from './support/inputs.js'
import { article, checkGeneratedCorpus, OPTIONS, randomTextChecks, writer } from './support/writers.js'

describe('a generated benchmark corpus', () => {
  it('is written to the same bytes, nearly all of it directly', () => {
    checkGeneratedCorpus(400, 1_000_000)
  })
})

describe('a document of more blocks than a batch', () => {
  // Written 1,000 blocks at a time: the batches, some direct and some through remark-stringify, join to the whole tree's bytes.
  const paragraphs = Array.from({ length: 2600 }, (_, index) => (index % 7 === 0 ? `- point *${index}*` : index % 500 === 0 ? `Texte _${index}_ « cité » le 3 mai.` : `Texte ${index}, « cité » le 3 mai.`))
  const document = parse(`RENNES, 14 MARS (AFP) -\n\n${paragraphs.join('\n\n')}\n`, { detectLanguage: false })

  it.each(OPTIONS.map((options) => [JSON.stringify(options), options] as const))('is written to the same bytes with %s', (_label, options) => {
    expect(document.children.length).toBeGreaterThan(2000)
    writer(document, options)
  })
})

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, document) => {
  it.each(OPTIONS.map((options) => [JSON.stringify(options), options] as const))('is written to the same bytes with %s', (_label, options) => {
    writer(document, options)
  })
})

describe('random texts', () => {
  randomTextChecks(1000)

  it.each([
    ['1.\n2. b\n3.', '1\\.\n2\\. b\n3\\.\n'],
    ['1. a\n2) b', '1\\. a\n2\\) b\n'],
    ['1.\tx\n#a\n=b\n>c', '1\\.\tx\n\\#a\n\\=b\n\\>c\n'],
    ['a ![b](c) d', 'a !\\[b]\\(c) d\n'],
    ['a.\nb. c\niv.\nXII. x\nab. c\nB.\tx\nI. Le constat\nM.', 'a\\.\nb\\. c\niv\\.\nXII\\. x\nab. c\nB\\.\tx\nI. Le constat\nM\\.\n']
  ])('writes %j as %j', (value, expected) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }
    expect([stringifyKnown(tree), processor.stringify(tree)]).toEqual([expected, expected])
  })

  it('leaves a line opening with `#)` (an auto-numbered list item in pandoc) to remark-stringify', () => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a\n#)' }] }] }
    expect([stringifyKnown(tree), processor.stringify(tree)]).toEqual([undefined, 'a\n\\#\\)\n'])
  })

  it.each([
    ['-\n- a', '\\-\n\\- a\n'],
    ['+\n+ a', '\\+\n\\+ a\n'],
    ['1.\n1. a', '1\\.\n1\\. a\n']
  ])('escapes the marker opening each line of %j, so that it stays one paragraph', (value, expected) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }
    expect(processor.stringify(tree)).toBe(expected)
    expect(stringifyKnown(tree) ?? expected).toBe(expected)
    expect(fromMarkdown(expected).children).toEqual([{ type: 'paragraph', text: value }])
  })

  it('leaves trees of other shapes to remark-stringify', () => {
    const item = (value: string) => ({ type: 'listItem' as const, spread: false, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] })
    const others: Root[] = [
      { type: 'root', children: [{ type: 'list', ordered: false, children: [item('a'), item('b')] }] },
      { type: 'root', spread: false, children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'a' }] }] } as Root,
      { type: 'root', children: [{ type: 'list', ordered: false, spread: false, children: [item('a')] }, { type: 'list', ordered: false, spread: false, children: [item('b')] }] }
    ]
    for (const tree of others) expect(stringifyKnown(tree)).toBeUndefined()
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
