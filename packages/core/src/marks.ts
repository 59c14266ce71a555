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

export function findMarks(text: string): Marks {
  const marks: Marks = { terminals: [], quotes: [], numbers: [], glitches: [] }
  let inNumber = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const digit = code >= 0x30 && code <= 0x39
    if (digit && !inNumber) marks.numbers.push(i)
    inNumber = digit
    // Letters and most punctuation: nothing to note.
    if (digit || (code > 0x3f && code < 0xab) || (code > 0xbb && code < 0x200b)) continue
    switch (code) {
      case 0x2e: // .
        marks.terminals.push(i)
        marks.glitches.push(i)
        break
      case 0x21: // !
      case 0x3f: // ?
      case 0x2026: // …
        marks.terminals.push(i)
        break
      case 0x2c: // ,
      case 0x2d: // -
      case 0xfeff:
      case 0x200b:
      case 0x200c:
      case 0x200d:
      case 0x2060:
        marks.glitches.push(i)
        break
      case 0xab: // «
      case 0xbb: // »
      case 0x201c: // “
      case 0x201d: // ”
      case 0x2039: // ‹
      case 0x203a: // ›
      case 0x22: // "
        marks.quotes.push(i)
        break
    }
  }
  return marks
}
