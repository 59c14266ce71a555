/** A hyphen followed by a space: a broken compound, or the dash of an aside with its space before missing. */
import { describe, expect, it } from 'vitest'
import { parse } from '../src/index.js'

const hyphenation = (text: string) =>
  parse(text)
    .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'broken-hyphenation')
    .map((diagnostic) => [diagnostic.actual, diagnostic.expected])

describe('broken-hyphenation', () => {
  it('fixes a compound cut by a hyphen and a space', () => {
    expect(hyphenation('Les sapeurs- pompiers et le cessez-le- feu, dit- il, en Île- de-France.')).toEqual([
      ['sapeurs- pompiers', 'sapeurs-pompiers'],
      ['cessez-le- feu', 'cessez-le-feu'],
      ['dit- il', 'dit-il'],
      ['Île- de-France', 'Île-de-France']
    ])
  })

  it('is not reported on the dash that closes an aside opened earlier in the sentence', () => {
    expect(hyphenation('La visite - très attendue à Chypre- a suscité des réactions.')).toEqual([])
    expect(hyphenation('La visite – très attendue à Chypre- a suscité des réactions.')).toEqual([])
  })

  it('is reported after an aside already closed, or one of an earlier sentence', () => {
    expect(hyphenation('La visite - très attendue - des sapeurs- pompiers a eu lieu.')).toEqual([['sapeurs- pompiers', 'sapeurs-pompiers']])
    expect(hyphenation('Il est venu - enfin. Les sapeurs- pompiers aussi.')).toEqual([['sapeurs- pompiers', 'sapeurs-pompiers']])
  })

  it('suggests no fix before a function word alone, or after a name before a lower-case word', () => {
    expect(hyphenation('La visite à Chypre- a suscité des réactions.')).toEqual([['Chypre- a', null]])
    expect(hyphenation('Le voyage à Chypre- très attendu, a eu lieu.')).toEqual([['Chypre- très', null]])
    expect(parse('La visite à Chypre- a suscité des réactions.').diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'Space after a hyphen in `Chypre- a`: a broken compound, or a dash missing its space before; no fix suggested'
    ])
  })

  it('still fixes a capitalised word that opens the sentence, or a name before a capital', () => {
    expect(hyphenation('Franco- allemande, la brigade défile à Saint- Malo.')).toEqual([
      ['Franco- allemande', 'Franco-allemande'],
      ['Saint- Malo', 'Saint-Malo']
    ])
  })
})
