// The direct writer against remark-stringify: shared by the unit suite (small runs) and the slow suite (large ones).
import { parse, type Document } from '@corpus/core'
import fc from 'fast-check'
import type { Root, RootContent } from 'mdast'
import { expect, it } from 'vitest'
import { generateArticles } from '../../../../scripts/bench/generate.js'
import { stringifyKnown } from '../../src/stringify.js'
import { processor } from '../../src/to-markdown.js'
import { toMdast } from '../../src/to-mdast.js'
import { toMarkdown, type MarkdownOptions } from '../../src/index.js'

/** Compares the two writers on one document; says which one `toMarkdown` used. */
export function writer(document: Document, options?: MarkdownOptions): 'direct' | 'remark' {
  const tree = toMdast(document, options)
  const expected = processor.stringify(tree)
  const direct = stringifyKnown(tree)
  if (direct !== undefined) expect(direct).toBe(expected)
  expect(toMarkdown(document, options)).toBe(expected)
  return direct === undefined ? 'remark' : 'direct'
}

/** Compares the two writers on one tree, where the direct one writes it; says which one wrote it. */
function treeWriter(tree: Root): 'direct' | 'remark' {
  const direct = stringifyKnown(tree)
  if (direct !== undefined) expect(direct).toBe(processor.stringify(tree))
  return direct === undefined ? 'remark' : 'direct'
}

export const OPTIONS: MarkdownOptions[] = [{}, { frontmatter: false }, { headingDepth: 1 }, { headingDepth: 6 }, { omit: ['fragment', 'boilerplate'] }, { annotations: true }, { keepFurniture: true }, { keepFurniture: true, annotations: true }]

// Characters remark-stringify treats specially, at line starts, edges and inside, with letters, digits, no-break spaces and line breaks.
const special = fc.constantFrom(...'#*_[]()<>`\\!&|+-=~:.;?«» \u00a0\u202f\t\r\n\u0001'.split(''))
const character = fc.oneof({ arbitrary: special, weight: 1 }, { arbitrary: fc.constantFrom(...'aAé1 '.split('')), weight: 6 })
const text = fc.array(character, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''))

/** Raw articles: a dateline, then paragraphs of random texts. */
export const article = fc.array(text, { minLength: 1, maxLength: 6 }).map((paragraphs) => `PARIS, 3 mars 2024 (AFP) -\n\n${paragraphs.join('\n\n')}\n`)

// Every shape `toMdast` makes, with any text in it (edges and all), and a list of two.
const shapes: ((value: string) => RootContent)[] = [
  (value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }),
  (value) => ({ type: 'heading', depth: 2, children: [{ type: 'text', value }] }),
  (value) => ({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value }] }] }),
  (value) => ({ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }),
  (value) => ({ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }] }),
  (value) => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }),
  (value) => ({ type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value }] }] }] }),
  (value) => ({ type: 'list', ordered: false, spread: false, children: [value, value].map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] })) })
]

/** Trees of one to three blocks, each in a shape `toMdast` makes, holding random texts. */
const trees = fc.array(fc.tuple(text, fc.constantFrom(...shapes)), { minLength: 1, maxLength: 3 }).map((blocks): Root => ({ type: 'root', children: blocks.map(([value, shape]) => shape(value)) }))

// Lines that open with numbers and markers, one after another: the patterns remark-stringify runs across line breaks.
const opening = fc.constantFrom('1.', '1)', '12.', '3)', '1. ', '1.\t', '2.x', '#', '#)', '=', '>', '+', '+a', '-', '-a', '--', '[a](b)', '![a]', 'a', 'a.', 'ab.', 'iv.', 'XII.', 'IIx.', 'B.', 'B.\t', 'B.  ', 'M. ', 'Mme.', '1', '](x)')
const lines = fc.array(fc.tuple(opening, fc.constantFrom('', ' b', 'b', '.', '\tb', '  b')), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([start, rest]) => start + rest).join('\n'))

/** Trees of one block, in any shape, whose lines open with numbers and markers. */
const lineTrees = fc.tuple(lines, fc.constantFrom(...shapes)).map(([value, shape]): Root => ({ type: 'root', children: [shape(value)] }))

/** Checks the writers on `files` generated benchmark articles (`bytes` in all): the same bytes, nearly all of them written directly. */
export function checkGeneratedCorpus(files: number, bytes: number): void {
  const used = { direct: 0, remark: 0 }
  for (const { name, data } of generateArticles({ files, bytes })) used[writer(parse(data, { file: name, detectLanguage: false }))]++
  expect(used.direct + used.remark).toBe(files)
  expect(used.direct).toBeGreaterThan(files * 0.95)
}

/** The random-text checks, with `runs` cases each (the unit suite runs a few, the slow suite many). */
export function randomTextChecks(runs: number): void {
  it('are written to the same bytes in every block form', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(...OPTIONS), (raw, options) => {
        writer(parse(raw, { detectLanguage: false }), options)
      }),
      { numRuns: runs }
    )
  })

  it('are written to the same bytes in every shape of tree', () => {
    const used = { direct: 0, remark: 0 }
    fc.assert(
      fc.property(trees, (tree) => {
        used[treeWriter(tree)]++
      }),
      { numRuns: runs }
    )
    expect(used.direct).toBeGreaterThan(runs / 5)
  })

  it('are written to the same bytes when lines open with numbers and markers', () => {
    fc.assert(fc.property(lineTrees, (tree) => void treeWriter(tree)), { numRuns: runs })
  })
}
