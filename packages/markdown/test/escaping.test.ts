/**
 * Text that looks like Markdown syntax comes out as literal text: rendered by
 * commonmark.js, the HTML holds the same characters, and no raw HTML gets
 * through. Checked in every block form the writer uses, and read back; the
 * same texts through pandoc and cmark are in readers.test.ts.
 */
import { HtmlRenderer, Parser } from 'commonmark'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromMarkdown, toMarkdown } from '../src/index.js'
import { BLOCK_FORMS, CHARACTERS, documentOf, PANDOC_TRICKY } from './support/blocks.js'

const TRICKY = [
  '# pas un titre',
  '1991. Une année charnière',
  '- pas une liste',
  '> pas une citation',
  '+ plus',
  '| a | b |',
  'des *étoiles* et des _soulignés_',
  'des [crochets] et [un lien](http://exemple.fr)',
  '<script>alert(1)</script> et <b>gras</b>',
  'des `accents graves` et ``doubles``',
  'une barre \\ oblique et \\* échappée',
  '***',
  '    quatre espaces',
  '&amp; et &#38; et &copy;',
  '1) non plus',
  '![image](x.png)',
  '<!-- commentaire -->',
  '---',
  '=====',
  'fin avec deux espaces  ',
  '~~~',
  ...PANDOC_TRICKY
]

const render = (markdown: string) => new HtmlRenderer().render(new Parser().parse(markdown))
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
/** The text of rendered HTML: tags out, entities decoded, one line per block. */
const textOf = (html: string) =>
  html
    .split('\n')
    .map((line) => decode(line.replace(/<[^>]+>/g, '')))
    .filter((line) => line !== '')

describe.each(BLOCK_FORMS)('in a %s', (type) => {
  const trimmed = TRICKY.map((value) => value.trim())
  const document = documentOf(trimmed, type)
  const markdown = toMarkdown(document, { frontmatter: false, keepFurniture: true })
  const html = render(markdown)

  it('renders every character as text', () => {
    expect(textOf(html)).toEqual(trimmed)
  })

  it('lets no raw HTML through', () => {
    expect(html).not.toMatch(/<(?:script|b>|!--)/)
    expect(html).toContain('&lt;script&gt;')
  })

  it('reads back the same blocks', () => {
    expect(fromMarkdown(markdown).children).toEqual(trimmed.map((text) => ({ type, text })))
  })
})

describe('any text', () => {
  it('renders as itself in a paragraph', () => {
    const character = fc.constantFrom(...CHARACTERS)
    fc.assert(
      fc.property(fc.array(character, { minLength: 1, maxLength: 24 }).map((parts) => parts.join('').trim()).filter((text) => text !== ''), (text) => {
        const markdown = toMarkdown(documentOf([text], 'paragraph'), { frontmatter: false })
        expect(textOf(render(markdown))).toEqual([text])
        expect(fromMarkdown(markdown).children).toEqual([{ type: 'paragraph', text }])
      }),
      { numRuns: 500 }
    )
  })
})
