import { isLetter, isLower, isSpaceCode, isUpper, skipSpace } from './characters.js'

/**
 * Small judgements about the shape of a line or block of text, shared by the
 * line joiner and the block classifier.
 */

/** `.`, `!`, `?`, `…`, `;`, `:`: what ends a sentence or a clause. */
export const isTerminalCode = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x3b || code === 0x3a

/** `.`, `!`, `?`, `…`: what ends a sentence (not a clause). */
const endsSentenceCode = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026

/** `»`, `”`, `›`, `"`, `'`, `)`, `]`, `’`: closing marks that may follow a sentence's final punctuation. */
const isCloserCode = (code: number) =>
  code === 0xbb || code === 0x201d || code === 0x203a || code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x2019

/** The UTF-16 unit of the last character of `text` that is neither white space nor a closing mark (`NaN` when none). */
export function lastSignificantCode(text: string): number {
  let i = text.length - 1
  while (i >= 0 && (isSpaceCode(text.charCodeAt(i)) || isCloserCode(text.charCodeAt(i)))) i--
  return i >= 0 ? text.charCodeAt(i) : Number.NaN
}

/** Whether `text` ends as a sentence or clause ends (`.`, `!`, `?`, `…`, `;`, `:`), closing marks aside. */
export function endsTerminal(text: string): boolean {
  return isTerminalCode(lastSignificantCode(text))
}

/** Number of white-space separated words, counted up to `max + 1` at most (enough to tell it is over `max`). */
export function wordCount(text: string, max = Infinity): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length && count <= max; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inWord) count++
    inWord = !space
  }
  return count
}

// Words after which a line cannot end a heading or a paragraph: the text goes on.
// Not the words that also stand alone at the end of a title
// (`Un an après`, `Vivre avec`, `Tous contre`, `Et si`).
const FUNCTION_WORDS = new Set(
  (
    'de du des la le les un une et ou à au aux en dans par pour sur sous sans que qui dont où ' +
    'mais ne se son sa ses leur leurs ce cet cette ces est a ont sont entre vers chez selon ' +
    'depuis pendant avant lors plus très il elle ils elles on nous vous y'
  ).split(' ')
)

/** Whether `text` ends in a way that only a continuation can follow (`,`, `-`, `l'`, `de`…). */
export function endsOpen(text: string): boolean {
  const last = text.charAt(text.length - 1)
  if (',-‐–\'’«“('.includes(last)) return true
  let start = text.length
  while (start > 0 && text.length - start < 8 && isLetter(text.charCodeAt(start - 1))) start--
  return start < text.length && FUNCTION_WORDS.has(text.slice(start).toLowerCase())
}

/**
 * Whether `text` starts as a continuation: a lower-case letter or `,;:.)»”`.
 * Not a digit: `150 personnes…` may well open a paragraph after a heading.
 */
export function startsContinuation(text: string): boolean {
  const first = text.charAt(0)
  return isLower(text.charCodeAt(0)) || (first !== '' && ',;:.)»”…'.includes(first))
}

/** A dash, bullet or asterisk list marker at the start of `text`, or `null`. */
export function listMarker(text: string): string | null {
  const first = text.charCodeAt(0)
  // `-`, `–`, `—`, `•`, `*`
  if (first !== 0x2d && first !== 0x2013 && first !== 0x2014 && first !== 0x2022 && first !== 0x2a) return null
  const match = /^([-–—•*])[ \t\u00a0\u202f]+\S/u.exec(text)
  const marker = match?.[1] ?? null
  // `— Pourquoi revenir sur 1871 ?`: an em dash before a capitalised sentence is a turn of dialogue, not an item.
  if (marker === '—' && isUpper(text.charCodeAt(skipSpace(text, 1, text.length))) && endsSentenceCode(lastSignificantCode(text))) return null
  return marker
}

/** The number of a numbered subheading (`1- Face aux défis`, `2. Les réactions`, `II. La réponse`), or `null`. */
export function headingNumber(text: string): number | null {
  const first = text.charAt(0)
  const roman = first === 'I' || first === 'V' || first === 'X'
  if (!roman && (first < '0' || first > '9' || first === '')) return null
  const match = /^(\d{1,2}|[IVX]{1,6})[ \t\u00a0]*([-–.)])[ \t\u00a0\u202f]+([\p{Lu}«“"][\p{L}'’]*)/u.exec(text)
  const [, number, separator, word = ''] = match ?? []
  if (number === undefined) return null
  if (!roman) return Number(number)
  // `V. Pécresse`, `X. Niel`: a single letter and a period are an initial, unless an article follows (`I. Le constat`).
  if (number.length === 1 && separator === '.' && !opensWithArticle(word)) return null
  return romanNumber(number)
}

const ARTICLE = /^(?:(?:Le|La|Les|Un|Une|Des|Du|De|Au|Aux|En|Pour|Quel|Quelle|Quels|Quelles|Comment|Pourquoi|Ce|Cette|Ces)(?!\p{L})|[LD]['’])/u

/** Whether `text` opens with an article or a question word (`Le`, `L’`, `Des`, `Pourquoi`), as a title or a sentence does and a name does not. */
export function opensWithArticle(text: string): boolean {
  return ARTICLE.test(text)
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/

/** The value of a Roman numeral from I to XXXIX (`II`, `XIV`), or `null`. */
export function romanNumber(word: string): number | null {
  const match = word === '' ? null : ROMAN.exec(word)
  if (!match) return null
  const [, tens = '', units = ''] = match
  const unit = units === 'IX' ? 9 : units === 'IV' ? 4 : (units.startsWith('V') ? 5 : 0) + units.replace('V', '').length
  return tens.length * 10 + unit
}
