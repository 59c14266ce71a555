/**
 * Wrong arguments are a mistake in the calling code: each public function
 * throws a `TypeError` that names itself, the parameter, what it accepts and
 * what it got, instead of failing somewhere inside.
 */
import { parse } from '@corpus/core'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { corpusParse, corpusToMarkdownBook, corpusToMarkdownFiles, fromMarkdown, markdownText, toMarkdown, toMdast, type MarkdownOptions } from '../src/index.js'

const document = parse('Le marché rouvre le 3 mai.', { file: 'a.txt' })
// Wrong values, typed as what the functions take, as plain JavaScript would pass them.
const wrong = <Type>(value: unknown) => value as Type

describe('wrong arguments', () => {
  it.each([
    ['toMarkdown: `document` must be a document made by parse of @corpus/core, got a number (42)', () => toMarkdown(wrong(42))],
    ['toMarkdown: `document` must be a document made by parse of @corpus/core, got undefined', () => toMarkdown(wrong(undefined))],
    ['toMarkdown: `document` must be a document made by parse of @corpus/core, got an object', () => toMarkdown(wrong({ type: 'root', children: [] }))],
    ['toMdast: `document` must be a document made by parse of @corpus/core, got "Le texte."', () => toMdast(wrong('Le texte.'))],
    ['toMarkdown: `options` must be an object (MarkdownOptions) or undefined, got "annotations"', () => toMarkdown(document, wrong('annotations'))],
    ['toMarkdown: `options.annotations` must be a boolean, got "yes"', () => toMarkdown(document, wrong({ annotations: 'yes' }))],
    ['toMarkdown: `options` has no option "frontMatter"; its options are `frontmatter`, `omit`, `keepFurniture`, `annotations`, `headingDepth`', () => toMarkdown(document, wrong({ frontMatter: false }))],
    ['corpusToMarkdownBook: `options` has no option "heading"; its options are `frontmatter`, `omit`, `keepFurniture`, `annotations`, `headingDepth`, `title`', () => corpusToMarkdownBook([document], wrong({ heading: 'Corpus' }))],
    ['toMarkdown: `options.headingDepth` must be a whole number from 1 to 6, got a number (7)', () => toMarkdown(document, wrong({ headingDepth: 7 }))],
    ['toMarkdown: `options.frontmatter` must be true, false or an array of front matter fields (id, title, title_devised, source_file, ordinal, source_id, sha256, language, date, date_precision, date_source, dateline, byline, people, places, organizations, speakers, counts), got "id"', () => toMarkdown(document, wrong({ frontmatter: 'id' }))],
    ['toMarkdown: `options.omit[1]` must be one of paragraph, heading, listItem, dateline, byline, boilerplate, furniture, fragment, got "quote"', () => toMarkdown(document, wrong({ omit: ['paragraph', 'quote'] }))],
    ['toMarkdown: `options.keepFurniture` must be a boolean, got a number (1)', () => toMarkdown(document, wrong({ keepFurniture: 1 }))],
    ['toMdast: `options.keepFurniture` must be a boolean, got "true"', () => toMdast(document, wrong({ keepFurniture: 'true' }))],
    ['fromMarkdown: `markdown` must be a string of Markdown, got a Uint8Array', () => fromMarkdown(wrong(new Uint8Array(2)))],
    ['fromMarkdown: `markdown` must be a string of Markdown, got undefined', () => fromMarkdown(wrong(undefined))],
    ['markdownText: `block` must be a block of a document made by parse of @corpus/core, got an object', () => markdownText(wrong({ type: 'listItem', value: '- a' }))],
    ['corpusToMarkdownFiles: `documents` must be an iterable of documents made by parse of @corpus/core, got an object', () => corpusToMarkdownFiles(wrong(document))],
    ['corpusToMarkdownFiles: `documents[1]` must be a document made by parse of @corpus/core, got null', () => corpusToMarkdownFiles([document, wrong(null)])],
    ['corpusToMarkdownBook: `options.title` must be a string, got a number (3)', () => corpusToMarkdownBook([document], wrong({ title: 3 }))],
    ['corpusParse: `options.headingDepth` must be a whole number from 1 to 6, got "2"', () => unified().use(corpusParse, wrong<MarkdownOptions>({ headingDepth: '2' })).freeze()]
  ])('%s', (message, call) => {
    expect(call).toThrow(new TypeError(message))
  })

  it('leave right arguments alone', () => {
    const options: MarkdownOptions = { frontmatter: ['id'], omit: ['fragment', 'furniture'], keepFurniture: true, annotations: true, headingDepth: 3 }
    expect(toMarkdown(document, options)).toBe('---\nid: "sha256-29cd6ab7f0d74f48"\n---\n\nLe marché rouvre le 3 mai.\n')
    expect(corpusToMarkdownBook(new Set([document]), { title: 'Revue' })).toContain('# Revue\n')
  })
})
