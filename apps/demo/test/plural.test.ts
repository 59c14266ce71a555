import { describe, expect, it } from 'vitest'
import { plural } from '../src/plural.js'

describe('plural', () => {
  it('says one thing in the singular, and none or many in the plural', () => {
    expect([0, 1, 2].map((count) => plural(count, 'quote'))).toEqual(['0 quotes', '1 quote', '2 quotes'])
  })

  it('takes an irregular plural', () => {
    expect([0, 1, 2].map((count) => plural(count, 'entity', 'entities'))).toEqual(['0 entities', '1 entity', '2 entities'])
  })

  it('writes large counts with thousands separators', () => {
    expect(plural(12_345, 'block')).toBe('12,345 blocks')
    expect(plural(1_000_000, 'character')).toBe('1,000,000 characters')
  })
})
