/**
 * Other readers read the text written, as commonmark.js does
 * (escaping.test.ts): pandoc's default `markdown` reader (Debian's pandoc)
 * gives the same blocks and the same characters, with no math, citation,
 * TeX, subscript, list or table made of plain text; cmark, the CommonMark
 * reference, renders the same HTML as commonmark.js. Without the programs
 * these tests are skipped, saying so, unless CORPUS_REQUIRE_PANDOC is set
 * (as in CI).
 */
import { HtmlRenderer, Parser } from 'commonmark'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownText, toMarkdown } from '../src/index.js'
import { inputs } from './support/inputs.js'
import { BLOCK_FORMS, CHARACTERS, documentOf, PANDOC_TRICKY } from './support/blocks.js'
import { available, cmarkHtml, pandocBlocks } from './support/readers.js'

// Pandoc's `smart` extension makes typographic quotes, dashes and ellipses of `'`, `"`, `--`, `---` and `...`; it is read without it (see the README).
const PANDOC = 'markdown-smart'
// Pandoc reads runs of spaces as one, as HTML shows them.
const spaced = (text: string) => text.replace(/[ \t]+/g, ' ')

describe.skipIf(!available('pandoc'))('pandoc', () => {
  it.each(BLOCK_FORMS)('reads syntax-like text in a %s as text', (type) => {
    const markdown = toMarkdown(documentOf(PANDOC_TRICKY, type), { frontmatter: false, keepFurniture: true })
    expect(pandocBlocks(markdown, PANDOC)).toEqual(PANDOC_TRICKY.map((text) => ({ type, text: spaced(text) })))
  })

  it('reads a backslash before letters and spaces as itself', () => {
    const markdown = toMarkdown(documentOf(['C:\\dossier\\fichier.'], 'paragraph'), { frontmatter: false })
    expect(markdown).toBe('C:\\\\dossier\\\\fichier.\n')
    expect(pandocBlocks(markdown)).toEqual([{ type: 'paragraph', text: 'C:\\dossier\\fichier.' }])
  })

  it.each([false, true])('reads every test input into its blocks (annotations: %s)', (annotations) => {
    // One run for all: the blocks of each input, one after the other, page furniture kept.
    const documents = inputs().map((input) => input.document)
    const markdown = documents.map((document) => toMarkdown(document, { annotations, frontmatter: false, keepFurniture: true })).join('\n')
    const expected = documents.flatMap((document) => document.children.map((block) => ({ type: block.type, text: spaced(markdownText(block)) })))
    expect(pandocBlocks(markdown, PANDOC)).toEqual(expected)
  })

  it('reads random texts as themselves', () => {
    const text = fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 24 }).map((parts) => parts.join('').trim())
    const texts = fc.sample(text.filter((value) => value !== ''), { numRuns: 400, seed: 7 })
    const markdown = toMarkdown(documentOf(texts, 'paragraph'), { frontmatter: false })
    expect(pandocBlocks(markdown, PANDOC)).toEqual(texts.map((value) => ({ type: 'paragraph', text: spaced(value) })))
  })

  it('with its default `smart` extension, changes only quotes, dashes and ellipses', () => {
    const markdown = toMarkdown(documentOf(["l'homme a dit \"oui\" -- puis --- enfin..."], 'paragraph'), { frontmatter: false })
    expect(pandocBlocks(markdown)).toEqual([{ type: 'paragraph', text: 'l’homme a dit <Quoted> – puis — enfin…' }])
  })
})

describe.skipIf(!available('cmark'))('cmark', () => {
  const commonmarkJs = (markdown: string) => new HtmlRenderer().render(new Parser().parse(markdown))

  it('renders every test input and syntax-like text as commonmark.js does', () => {
    const documents = [...inputs().map((input) => input.document), ...BLOCK_FORMS.map((type) => documentOf(PANDOC_TRICKY, type))]
    const markdown = documents.map((document) => toMarkdown(document, { annotations: true, frontmatter: false, keepFurniture: true })).join('\n')
    expect(cmarkHtml(markdown)).toBe(commonmarkJs(markdown))
  })
})
