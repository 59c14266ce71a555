import fc from 'fast-check'
import { expect, it } from 'vitest'
import { countWords } from '../src/index.js'
import { isAlphanumericAt, isSpaceCode } from '../src/characters.js'
// The definition, written plainly: runs of non-space characters holding a letter or digit.
function reference(text: string): number {
  let count = 0
  let i = 0
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
    let word = false
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) { if (isAlphanumericAt(text, i)) word = true; i++ }
    if (word) count++
  }
  return count
}
it('agrees with the plain definition', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'Z', '9', ' ', '\t', '\n', '\u00a0', 'é', '«', '—', '-', '𝐀', '\u000b', '\u000c', '_', '@'), { maxLength: 40 }).map((p) => p.join('')), (text) => {
    expect(countWords(text)).toBe(reference(text))
  }), { numRuns: 2000 })
})
