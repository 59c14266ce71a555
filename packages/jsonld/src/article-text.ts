import { countWords, offsetConverter, type Document, type Position } from '@corpus/core'

/**
 * The words of the article: those of its blocks, from the first to the end of
 * the last (the header prefix is metadata, not text).
 */
export function articleWords(document: Document): number {
  const first = document.children[0]
  const last = document.children.at(-1)
  return first && last ? countWords(document.text, first.position.start.offset, last.position.end.offset) : 0
}

// Characters of context on each side of a TextQuoteSelector, as annotation tools take them.
const CONTEXT = 32

/** A text selection in code points (`start`, `end`) with its exact text and context. */
export interface Selection {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/**
 * Selections of the document's text (`articleBody`, the decoded source) for
 * positions in it, offsets in code points as W3C selectors count them.
 * Positions in ascending order of start cost linear time.
 */
export function selector(document: Document): (position: Position) => Selection {
  const text = document.text
  const starts = offsetConverter(text, 'code-point')
  const ends = offsetConverter(text, 'code-point')
  return (position) => {
    const from = position.start.offset
    const to = position.end.offset
    // Twice the context in UTF-16 units holds at least its code points, and is cut whole below.
    const prefix = Array.from(text.slice(Math.max(0, from - CONTEXT * 2), from))
    const suffix = Array.from(text.slice(to, to + CONTEXT * 2))
    return {
      start: starts(from),
      end: ends(to),
      exact: text.slice(from, to),
      prefix: prefix.slice(-CONTEXT).join(''),
      suffix: suffix.slice(0, CONTEXT).join('')
    }
  }
}
