/** The character tests answer ranges by hand: they must agree with Unicode's own classes on every UTF-16 unit. */
import { describe, expect, it } from 'vitest'
import { LATIN_LETTER, isAlphanumeric, isAlphanumericAt, isAlphanumericBefore, isDigit, isLatinLetter, isLetter, isLower, isUpper } from '../src/characters.js'
import { parse } from '../src/index.js'

const classes = [
  { name: 'isUpper', test: isUpper, pattern: /^\p{Lu}$/u },
  { name: 'isLower', test: isLower, pattern: /^\p{Ll}$/u },
  { name: 'isLetter', test: isLetter, pattern: /^[\p{L}\p{M}]$/u },
  { name: 'isDigit', test: isDigit, pattern: /^[0-9]$/ },
  { name: 'isAlphanumeric', test: isAlphanumeric, pattern: /^[\p{L}\p{M}\p{N}]$/u },
  { name: 'isLatinLetter', test: isLatinLetter, pattern: new RegExp(`^[${LATIN_LETTER}]$`, 'u') }
]

describe.each(classes)('$name', ({ test, pattern }) => {
  it('agrees with its Unicode class on every UTF-16 unit', () => {
    const disagreeing: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (test(code) !== pattern.test(String.fromCharCode(code))) disagreeing.push(code.toString(16))
    }
    expect(disagreeing).toEqual([])
  })

  it('is false past the end of a text (NaN)', () => {
    expect(test(''.charCodeAt(0))).toBe(false)
  })
})

describe('isAlphanumericAt and isAlphanumericBefore', () => {
  it('judge a surrogate pair as one character, and a lone surrogate or the text edge as none', () => {
    // 𝐀 (U+1D400) is a letter, 𝟐 (U+1D7D0) a digit, 😀 (U+1F600) neither.
    expect([isAlphanumericAt('a𝐀', 1), isAlphanumericAt('a😀', 1), isAlphanumericAt('\ud835', 0), isAlphanumericAt('a', 1)]).toEqual([true, false, false, false])
    expect([isAlphanumericBefore('𝟐x', 2), isAlphanumericBefore('😀x', 2), isAlphanumericBefore('\udc00x', 1), isAlphanumericBefore('x', 0)]).toEqual([true, false, false, false])
  })

  it('keep a name or a month glued to a letter or digit beyond the Basic Multilingual Plane out of dates', () => {
    expect(parse('Le 3 mai𝟐 il pleut.').dates).toEqual([])
    expect(parse('Le 𝐀lundi 3 mai 2023 il pleut.').dates.map((date) => [date.text, date.weekday])).toEqual([['3 mai 2023', null]])
    expect(parse('Le lundi 3 mai😀 il pleut.').dates.map((date) => date.text)).toEqual(['lundi 3 mai'])
  })
})
