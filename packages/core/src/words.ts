import { checkOffset, checkString } from './arguments.js'
import { isAlphanumericAt, isSpaceCode } from './characters.js'

/**
 * The number of words in `text` between `start` and `end` (UTF-16 offsets):
 * runs of non-space characters that hold at least one letter or digit, as
 * word processors count them. `l’armée`, `cessez-le-feu` and `1er` are one
 * word each; a lone `«`, `—` or `:` is none. `end` is the text's end when not given.
 */
export function countWords(text: string, start = 0, end?: number): number {
  checkString('countWords', 'text', text)
  checkOffset('countWords', 'start', start)
  if (end !== undefined) checkOffset('countWords', 'end', end)
  let count = 0
  const stop = Math.min(end ?? text.length, text.length)
  let i = Math.max(0, start)
  while (i < stop) {
    // Find a letter or digit before the run of non-space characters ends…
    let word = false
    for (; i < stop; i++) {
      const code = text.charCodeAt(i)
      if (isSpace(code)) break
      if (isWordCode(code) || (code >= 0x80 && isAlphanumericAt(text, i))) {
        word = true
        break
      }
    }
    if (word) count++
    // …then skip the rest of the run, and the spaces after it.
    while (i < stop && !isSpace(text.charCodeAt(i))) i++
    while (i < stop && isSpace(text.charCodeAt(i))) i++
  }
  return count
}

// ASCII answered inline, the rest by the character tables.
const isSpace = (code: number) => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : isSpaceCode(code))
const isWordCode = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
