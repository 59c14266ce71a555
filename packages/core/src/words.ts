import { isAlphanumericAt, isSpaceCode } from './characters.js'

/**
 * The number of words in `text` between `start` and `end` (UTF-16 offsets):
 * runs of non-space characters that hold at least one letter or digit, as
 * word processors count them. `l’armée`, `cessez-le-feu` and `1er` are one
 * word each; a lone `«`, `—` or `:` is none.
 */
export function countWords(text: string, start = 0, end = text.length): number {
  let count = 0
  let inWord = false
  let counted = false
  for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      inWord = false
      continue
    }
    if (!inWord) counted = false
    inWord = true
    if (!counted && isAlphanumericAt(text, i)) {
      count++
      counted = true
    }
  }
  return count
}
