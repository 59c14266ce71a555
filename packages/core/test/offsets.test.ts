import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { location, offsetConverter, toCodePointOffset, toCodePointOffsets, toUtf8Offset } from '../src/index.js'

describe('offsets', () => {
  const text = 'a😀é«b'
  it('counts code points and UTF-8 bytes up to a UTF-16 offset', () => {
    expect([0, 1, 3, 4, 5, 6].map((offset) => toCodePointOffset(text, offset))).toEqual([0, 1, 2, 3, 4, 5])
    expect([0, 1, 3, 4, 5, 6].map((offset) => toUtf8Offset(text, offset))).toEqual([0, 1, 5, 7, 9, 10])
  })

  it('converts ascending offsets incrementally, and restarts when asked backwards', () => {
    const convert = offsetConverter(text, 'code-point')
    expect([1, 3, 6, 0, 4].map(convert)).toEqual([1, 2, 5, 0, 3])
  })

  it('maps offsets to 1-based lines and columns for LF, CRLF and CR', () => {
    const where = location('ab\ncd\r\nef\rg')
    expect([0, 3, 5, 7, 10, 11].map((offset) => where.toPoint(offset))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 3 },
      { line: 2, column: 3, offset: 5 },
      { line: 3, column: 1, offset: 7 },
      { line: 4, column: 1, offset: 10 },
      { line: 4, column: 2, offset: 11 }
    ])
  })
})

describe('toCodePointOffsets', () => {
  it('converts many offsets in any order, as toCodePointOffset does one', () => {
    const text = 'a𝐀b😀c\u00e9𝐁'
    const offsets = [9, 0, 3, 1, 6, 9, 4, 7, 2]
    expect(toCodePointOffsets(text, offsets)).toEqual(offsets.map((offset) => toCodePointOffset(text, offset)))
    expect(toCodePointOffsets(text, [])).toEqual([])
  })
})

describe('toCodePointOffsets, on any text and offsets', () => {
  it('agrees with toCodePointOffset', () => {
    const unit = fc.constantFrom('a', 'é', '\ud835', '\udc00', '😀', '\n')
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')), fc.array(fc.nat(70)), (text, offsets) => {
        expect(toCodePointOffsets(text, offsets)).toEqual(offsets.map((offset) => toCodePointOffset(text, offset)))
      })
    )
  })

  it('agrees with toCodePointOffset on offsets in order, which it reads without sorting', () => {
    const unit = fc.constantFrom('a', 'é', '\ud835', '\udc00', '😀', '\n')
    const ascending = fc.array(fc.nat(70), { minLength: 1 }).map((offsets) => offsets.sort((a, b) => a - b))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')), ascending, (text, offsets) => {
        expect(toCodePointOffsets(text, offsets)).toEqual(offsets.map((offset) => toCodePointOffset(text, offset)))
      })
    )
  })
})
