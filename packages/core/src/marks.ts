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

// `indexOf` finds a Latin-1 character far faster than a pattern scans for a
// class of them (the text is mostly stored two bytes a character); only the
// rarer marks beyond Latin-1, and numbers, are left to one pattern.
const RARE_MARKS = /[…“”‹›\ufeff\u200b\u200c\u2060]|\u200d|\d+/g

function indexesOf(text: string, char: string, into: number[] = []): number[] {
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) into.push(i)
  return into
}

const ascending = (a: number, b: number) => a - b

export function findMarks(text: string): Marks {
  const periods = indexesOf(text, '.')
  const terminals = indexesOf(text, '?', indexesOf(text, '!', periods.slice()))
  const quotes = indexesOf(text, '"', indexesOf(text, '»', indexesOf(text, '«')))
  const glitches = indexesOf(text, '-', indexesOf(text, ',', periods.slice()))
  const numbers: number[] = []
  RARE_MARKS.lastIndex = 0
  for (let match = RARE_MARKS.exec(text); match !== null; match = RARE_MARKS.exec(text)) {
    const index = match.index
    const code = text.charCodeAt(index)
    if (code <= 0x39) numbers.push(index)
    else if (code === 0x2026) terminals.push(index)
    else if (code === 0x201c || code === 0x201d || code === 0x2039 || code === 0x203a) quotes.push(index)
    else glitches.push(index)
  }
  return { terminals: terminals.sort(ascending), quotes: quotes.sort(ascending), numbers, glitches: glitches.sort(ascending) }
}

/**
 * Hands out the marks of a text block by block: blocks come in text order, so
 * each list is walked once. Offsets are made relative to the block's start.
 */
export function marksByBlock(marks: Marks): (start: number, end: number) => Marks {
  const cursors = { terminals: 0, quotes: 0, numbers: 0, glitches: 0 }
  const take = (key: keyof Marks, start: number, end: number): number[] => {
    const list = marks[key]
    let i = cursors[key]
    while (i < list.length && (list[i] ?? 0) < start) i++
    const taken: number[] = []
    while (i < list.length && (list[i] ?? 0) < end) taken.push((list[i++] ?? 0) - start)
    cursors[key] = i
    return taken
  }
  return (start, end) => ({
    terminals: take('terminals', start, end),
    quotes: take('quotes', start, end),
    numbers: take('numbers', start, end),
    glitches: take('glitches', start, end)
  })
}
