import { offsetConverter, type Document, type Position } from '@corpus/core'

/**
 * The article’s text as the output states it (`articleBody`): the source from
 * the first block to the end of the last, exactly as written. The header
 * prefix and the blank lines around the body are left out; everything
 * between the blocks is kept. Web Annotation selectors count in this text.
 */
export function articleText(document: Document): { text: string; start: number } {
  const first = document.children[0]
  const last = document.children[document.children.length - 1]
  if (!first || !last) return { text: '', start: 0 }
  const start = first.position.start.offset
  return { text: document.text.slice(start, last.position.end.offset), start }
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
 * Selections of the article text for positions in the document: offsets in
 * code points, as W3C selectors count them. Positions must come in ascending
 * order of start for linear cost.
 */
export function selector(document: Document): (position: Position) => Selection {
  const { text, start: origin } = articleText(document)
  const points = offsetConverter(text, 'code-point')
  const characters = (from: number, to: number) => Array.from(text.slice(from, to))
  return (position) => {
    const from = position.start.offset - origin
    const to = position.end.offset - origin
    const prefix = characters(Math.max(0, from - CONTEXT * 2), from)
    const suffix = characters(to, to + CONTEXT * 2)
    return {
      start: points(from),
      end: points(to),
      exact: text.slice(from, to),
      prefix: prefix.slice(-CONTEXT).join(''),
      suffix: suffix.slice(0, CONTEXT).join('')
    }
  }
}
