/**
 * Where a block's text holds the characters the annotation layers start from,
 * found in one pass: each layer then looks only at its own places instead of
 * scanning the text again.
 */
export interface Marks {
  /** Sentence-ending punctuation: `.`, `!`, `?`, `…`. */
  terminals: number[]
  /** Quotation marks: `«`, `»`, `“`, `”`, `‹`, `›`, `"`. */
  quotes: number[]
  /** The first digit of each run of digits. */
  numbers: number[]
  /** Characters typographic glitches stand on: `,`, `.`, `-` and zero-width marks. */
  glitches: number[]
}

// One pattern for every mark: the engine's scan is faster than a character loop.
const MARKS = /[.!?…«»“”‹›",\-\ufeff\u200b\u200c\u2060]|\u200d|\d+/g

export function findMarks(text: string): Marks {
  const terminals: number[] = []
  const quotes: number[] = []
  const numbers: number[] = []
  const glitches: number[] = []
  MARKS.lastIndex = 0
  for (let match = MARKS.exec(text); match !== null; match = MARKS.exec(text)) {
    const index = match.index
    const code = text.charCodeAt(index)
    if (code >= 0x30 && code <= 0x39) numbers.push(index)
    else if (code === 0x2e) {
      terminals.push(index)
      glitches.push(index)
    } else if (code === 0x21 || code === 0x3f || code === 0x2026) terminals.push(index)
    else if (code === 0x2c || code === 0x2d || code === 0xfeff || (code >= 0x200b && code <= 0x200d) || code === 0x2060) glitches.push(index)
    else quotes.push(index)
  }
  return { terminals, quotes, numbers, glitches }
}
