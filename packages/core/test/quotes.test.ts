import { describe, expect, it } from 'vitest'
import { offsetConverter, parse } from '../src/index.js'

describe('quotes under pressure', () => {
  it('nests at most 32 deep, reporting the marks it cannot pair', () => {
    const document = parse(`${'« '.repeat(40)}Il part. ${'» '.repeat(40)}`)
    expect(document.quotes).toHaveLength(32)
    expect(Math.max(...document.quotes.map((quote) => quote.depth))).toBe(31)
    expect(document.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(Array(8).fill('unopened-quote'))
  })

  it('points an unclosed mark at the mark alone, however long the paragraph', () => {
    const document = parse(`${'Il dit « oui, '.repeat(3)}fin.`)
    expect(document.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.actual])).toEqual([
      ['unclosed-quote', '«'],
      ['unclosed-quote', '«'],
      ['unclosed-quote', '«']
    ])
  })

  it('counts the sentences a quote overlaps', () => {
    const document = parse('Il a dit : « Nous partons. Nous reviendrons. Peut-être. » Puis il est parti.')
    expect(document.quotes.map((quote) => quote.sentenceCount)).toEqual([3])
    expect(document.sentences).toHaveLength(4)
  })
})

/** Each quote as its marks and inside, and each diagnostic as rule, offset and text. */
const quotesOf = (text: string) => parse(text, { entities: false }).quotes.map((quote) => `${quote.open}${quote.value}${quote.close}`)
const rulesOf = (text: string) => parse(text, { entities: false }).diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.position?.start.offset, diagnostic.actual, diagnostic.expected])

describe('mixed quotation marks', () => {
  it('pairs « with ” and “ with », and reports the closing mark', () => {
    const text = 'Il dit « oui ” et elle “ non ».'
    expect(quotesOf(text)).toEqual(['«oui”', '“non»'])
    expect(rulesOf(text)).toEqual([
      ['mixed-quote-marks', 13, '”', '»'],
      ['mixed-quote-marks', 29, '»', '”']
    ])
  })

  it('keeps the mark of the right kind when one is still to come', () => {
    const text = '« Un écran de 55” tout neuf », dit-il.'
    expect(quotesOf(text)).toEqual(['«Un écran de 55” tout neuf»'])
    expect(rulesOf(text)).toEqual([['unopened-quote', 16, '”', null]])
  })

  it('pairs mixed marks when the later mark of the right kind has its own opening mark', () => {
    expect(quotesOf('« a ” puis « b ».')).toEqual(['«a”', '«b»'])
  })

  it('leaves nested quotes of both kinds as they were', () => {
    const document = parse('« Il a crié “non” hier », dit-elle.', { entities: false })
    expect(document.quotes.map((quote) => [quote.open, quote.close, quote.depth])).toEqual([
      ['«', '»', 0],
      ['“', '”', 1]
    ])
    expect(document.diagnostics).toEqual([])
  })
})

describe('quotations over paragraphs without reopening marks', () => {
  it('reports neither mark when a later paragraph closes the quotation', () => {
    expect(rulesOf('« Un.\n\nDeux.\n\nTrois », dit-elle.')).toEqual([])
  })

  it('closes with a mark of the other kind, reported as mixed', () => {
    expect(rulesOf('« Un.\n\nDeux ”, dit-elle.')).toEqual([['mixed-quote-marks', 12, '”', '»']])
  })

  it('goes at most three paragraphs on', () => {
    expect(rulesOf('« Un.\n\nDeux.\n\nTrois.\n\nQuatre. »')).toEqual([])
    expect(rulesOf('« Un.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq. »')).toEqual([
      ['unclosed-quote', 0, '«', null],
      ['unopened-quote', 37, '»', null]
    ])
  })

  it('stops at a new opening mark or a heading', () => {
    expect(rulesOf('Il dit « un.\n\nElle dit « deux » puis trois ».')).toEqual([
      ['unclosed-quote', 7, '«', null],
      ['unopened-quote', 43, '»', null]
    ])
    expect(rulesOf('Il dit « un.\n\nLa suite\n\nDeux ».').map((rule) => rule[0])).toEqual(['unclosed-quote', 'unopened-quote'])
  })

  it('carries straight quotes too, not an inch mark', () => {
    expect(rulesOf('Il dit "un.\n\nDeux" et part.')).toEqual([])
    expect(rulesOf('Il dit "un.\n\nUn écran de 55" et deux".')).toEqual([])
  })
})

describe('offsetConverter', () => {
  it('agrees with the direct conversions between the halves of a surrogate pair', () => {
    const convert = offsetConverter('a😀b', 'utf-8')
    expect([1, 2, 3, 4].map(convert)).toEqual([1, 4, 5, 6])
  })
})
