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
    expect(document.quotes.map((quote) => quote.sentences)).toEqual([3])
    expect(document.sentences).toHaveLength(4)
  })
})

describe('offsetConverter', () => {
  it('agrees with the direct conversions between the halves of a surrogate pair', () => {
    const convert = offsetConverter('a😀b', 'utf-8')
    expect([1, 2, 3, 4].map(convert)).toEqual([1, 4, 5, 6])
  })
})
