/** The character tests answer ranges by hand: they must agree with Unicode's own classes on every UTF-16 unit. */
import { describe, expect, it } from 'vitest'
import { LATIN_LETTER, isAlphanumeric, isDigit, isLatinLetter, isLetter, isLower, isUpper } from '../src/characters.js'

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
