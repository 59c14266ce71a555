/**
 * Round trip: `fromMarkdown(toMarkdown(document))`, read back with
 * remark-parse and remark-frontmatter, gives the same metadata and the same
 * blocks (type and text) for every seed, sample file and core fixture, and
 * for generated articles full of quotes, dates, names, punctuation and page
 * furniture, with and without annotations, furniture kept or left out; the generated ones also read back into the tree
 * written, marks and all. The slow suite (round-trip.slow.test.ts) runs
 * 25,000 generated articles.
 */
import { parse } from '@corpus/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromMarkdown, markdownText, toMarkdown } from '../src/index.js'
import { metadata } from '../src/frontmatter.js'
import { articles } from './support/articles.js'
import { inputs } from './support/inputs.js'
import { checkRoundTrip, expectedBlocks } from './support/round-trip.js'

const EVERY_CHOICE = [false, true].flatMap((annotations) => [false, true].map((keepFurniture) => ({ annotations, keepFurniture })))

describe.each(inputs().map((input) => [input.name, input.document] as const))('%s', (_name, document) => {
  it.each(EVERY_CHOICE)('reads back its metadata and blocks (annotations: $annotations, keepFurniture: $keepFurniture)', (options) => {
    const markdown = toMarkdown(document, options)
    const read = fromMarkdown(markdown)
    expect(read.frontmatter).toEqual(JSON.parse(JSON.stringify(metadata(document))))
    expect(read.children).toEqual(expectedBlocks(document, options.keepFurniture))
  })
})

describe('annotations', () => {
  it('write no link: a date is text, as a link to it would have no target in the file', () => {
    const document = parse('Le 3 mai 1991, il a dit : « Le pont rouvrira lundi 28 septembre 2020. »', { detectLanguage: false })
    expect(document.dates.map((date) => date.date)).toEqual(['1991-05-03', '2020-09-28'])
    expect(toMarkdown(document, { annotations: true, frontmatter: false })).toBe('Le 3 mai 1991, il a dit : « *Le pont rouvrira lundi 28 septembre 2020.* »\n')
  })
})

describe('page furniture', () => {
  const raw = 'Le pont rouvre\nPublié le 30/10/2023 à 14h24\nPartager\nLe maire a dit : « Le pont rouvrira lundi. »\nLire aussi : « Le marché rouvre »\n© exemple.fr 2023\n'
  const document = parse(raw, { detectLanguage: false })

  it('is left out of the body by default, and dates the article', () => {
    expect(document.children.map((block) => block.type)).toEqual(['heading', 'furniture', 'furniture', 'paragraph', 'furniture', 'boilerplate'])
    const markdown = toMarkdown(document, { frontmatter: ['date', 'date_source'] })
    expect(markdown).toBe('---\ndate: "2023-10-30"\ndate_source: "publication"\n---\n\n## Le pont rouvre\n\nLe maire a dit : « Le pont rouvrira lundi. »\n\n> © exemple.fr 2023\n')
    expect(fromMarkdown(markdown).children).toEqual(expectedBlocks(document, false))
  })

  it('is written as a line in emphasis in a block quote when kept, and read back as furniture, apart from a credit line', () => {
    const markdown = toMarkdown(document, { frontmatter: false, keepFurniture: true })
    expect(markdown).toBe(
      '## Le pont rouvre\n\n> *Publié le 30/10/2023 à 14h24*\n\n> *Partager*\n\nLe maire a dit : « Le pont rouvrira lundi. »\n\n> *Lire aussi : « Le marché rouvre »*\n\n> © exemple.fr 2023\n'
    )
    expect(fromMarkdown(markdown).children).toEqual([
      { type: 'heading', text: 'Le pont rouvre' },
      { type: 'furniture', text: 'Publié le 30/10/2023 à 14h24' },
      { type: 'furniture', text: 'Partager' },
      { type: 'paragraph', text: 'Le maire a dit : « Le pont rouvrira lundi. »' },
      { type: 'furniture', text: 'Lire aussi : « Le marché rouvre »' },
      { type: 'boilerplate', text: '© exemple.fr 2023' }
    ])
    // With annotations, a quote in furniture is emphasis within its emphasis.
    expect(toMarkdown(document, { frontmatter: false, keepFurniture: true, annotations: true })).toContain('> *Lire aussi : « *Le marché rouvre* »*\n')
    checkRoundTrip(raw)
  })
})

describe('U+0000', () => {
  it('is written as U+FFFD, as Markdown readers read it', () => {
    const document = parse('Un octet\0 nul.\n\n- et\0 un autre', { detectLanguage: false })
    for (const annotations of [false, true]) {
      const markdown = toMarkdown(document, { frontmatter: false, annotations })
      expect(markdown).toBe('Un octet\uFFFD nul.\n\n- et\uFFFD un autre\n')
      expect(fromMarkdown(markdown).children).toEqual(document.children.map((block) => ({ type: block.type, text: markdownText(block) })))
    }
    expect(document.children.map(markdownText)).toEqual(['Un octet\uFFFD nul.', 'et\uFFFD un autre'])
  })
})

describe('generated articles', () => {
  it('read back into the same blocks and the tree written, with and without annotations', () => {
    fc.assert(fc.property(articles, checkRoundTrip), { numRuns: 200 })
  })

  it.each([
    // Quotes in emphasis (a fragment) whose `*` would stand between two punctuation marks: CommonMark could pair it with the fragment's own, and `"«{»"` came back as a byline.
    ['"«{»"', '***"«{»"***\n'],
    ['le\n««lundi 28 septembre 2020»»', '***le\n««*lundi 28 septembre 2020*»»***\n'],
    // The same within a quote: the outer quote keeps its emphasis, the one opening right after it cannot, the innermost (before a letter) can.
    ['Il dit «««le»»» le jour.', 'Il dit «*««*le*»»*» le jour.\n'],
    // Where the `*` can only open, the quote keeps its emphasis, in a fragment too.
    ['par « "oui" » dit-il', '***par « *"*oui*"* » dit-il***\n'],
    // A line that opens with a marker after a line holding only one: remark-stringify's pattern took the break into its match and left the second unescaped (a list item).
    ['-\n- le\n\nle', '\\-\n\\- le\n\n***le***\n']
  ])('%j reads back, written %j with annotations', (raw, expected) => {
    expect(toMarkdown(parse(raw, { detectLanguage: false }), { annotations: true, frontmatter: false })).toBe(expected)
    checkRoundTrip(raw)
  })
})
