/** A typographic glitch found in a block, before positions are attached. */
export interface RawGlitch {
  start: number
  end: number
  ruleId: 'broken-hyphenation' | 'space-before-punctuation' | 'space-before-hyphen' | 'invisible-character'
  expected: string
}

const S = '[ \\t\\u00a0\\u202f]'
// `cessez-le- feu`: a hyphen, then a space, inside a compound. Not `pré- et post-`.
const BROKEN_HYPHEN = new RegExp(`(?<![\\p{L}'’\\-])[\\p{L}'’\\-]*\\p{L}-${S}+(?!(?:et|ou|à)${S})\\p{Ll}[\\p{L}\\-]*`, 'gu')
// `1992 ,` and `échelle ,`: a space before a comma or a period.
const SPACE_PUNCTUATION = new RegExp(`(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]+${S}+[,.](?=\\s|$)`, 'gu')
// `Haut -Karabakh`: a space before the hyphen of a compound.
const SPACE_HYPHEN = new RegExp(`(?<![\\p{L}'’\\-])[\\p{L}'’\\-]*\\p{L}${S}+-\\p{L}[\\p{L}\\-]*`, 'gu')
// Each pattern starts at a word's start only, so a long run of letters is scanned once.
// Zero-width characters inside the text: invisible, and they break searches.
const INVISIBLE = /[\ufeff\u200b\u200c\u200d\u2060]/g

/** Finds stray spaces, broken hyphenation and invisible characters in `[start, end)`. */
export function glitches(text: string, start: number, end: number): RawGlitch[] {
  const slice = text.slice(start, end)
  const found: RawGlitch[] = []
  const collect = (regex: RegExp, ruleId: RawGlitch['ruleId'], fix: (actual: string) => string) => {
    regex.lastIndex = 0
    for (let match = regex.exec(slice); match !== null; match = regex.exec(slice)) {
      found.push({ start: start + match.index, end: start + match.index + match[0].length, ruleId, expected: fix(match[0]) })
    }
  }
  const squeeze = (actual: string) => actual.replace(/[ \t\u00a0\u202f]+/gu, '')
  collect(BROKEN_HYPHEN, 'broken-hyphenation', squeeze)
  collect(SPACE_PUNCTUATION, 'space-before-punctuation', squeeze)
  collect(SPACE_HYPHEN, 'space-before-hyphen', squeeze)
  collect(INVISIBLE, 'invisible-character', () => '')
  return found.sort((a, b) => a.start - b.start)
}
