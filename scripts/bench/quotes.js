/**
 * Quotation styles. The sample's quotations are stored between two neutral
 * marks; each generated file renders them in one style.
 */
export const OPEN = '\u0001'
export const CLOSE = '\u0002'

/** The styles, with their weight among the generated files. */
export const STYLES = {
  guillemetsNbsp: { weight: 30, open: '«\u00a0', close: '\u00a0»' },
  guillemetsSpace: { weight: 20, open: '« ', close: ' »' },
  guillemetsTight: { weight: 15, open: '«', close: '»' },
  curly: { weight: 20, open: '“', close: '”' },
  straight: { weight: 15, open: '"', close: '"' }
}

/** Renders the neutral marks of `text` in `style`. */
export function renderQuotes(text, style) {
  const { open, close } = STYLES[style]
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 1 && code !== 2) continue
    out += text.slice(from, i) + (code === 1 ? open : close)
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/** Quotes a few words of a sentence that has no quotation (neutral marks). */
export function addQuote(sentence, random) {
  if (sentence.includes(OPEN)) return sentence
  const words = sentence.split(' ')
  if (words.length < 8) return sentence
  const length = random.int(2, Math.min(8, words.length - 3))
  const start = random.int(1, words.length - length - 1)
  const inner = words.slice(start, start + length).join(' ').replace(/[,;:.!?]+$/u, '')
  if (inner.length < 4) return sentence
  const tail = words.slice(start, start + length).join(' ').slice(inner.length)
  return [...words.slice(0, start), `${OPEN}${inner}${CLOSE}${tail}`, ...words.slice(start + length)].join(' ')
}
